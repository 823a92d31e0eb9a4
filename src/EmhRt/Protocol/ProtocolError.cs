namespace EmhRt.Protocol;

/// <summary>One problem in a protocol file: where (a JSON path such as <c>$.thresholds.doseRange.minGy</c>) and what.</summary>
/// <param name="Path">JSON path of the offending value; <c>$</c> for the whole document.</param>
/// <param name="Message">What is wrong and what is expected, in plain words.</param>
public sealed record ProtocolError(string Path, string Message)
{
    /// <summary><c>path: message</c>.</summary>
    public override string ToString() => Path + ": " + Message;
}
