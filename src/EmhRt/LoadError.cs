namespace EmhRt;

/// <summary>One problem found while loading (<see cref="LoadResult{T}"/>): where and what.</summary>
/// <param name="Location">
/// Where the problem is: a JSON path such as <c>$.thresholds.doseRange.minGy</c> (<c>$</c> for the whole document) in a
/// protocol; "line 4", "item [2]" or "file" in a spine geometry.
/// </param>
/// <param name="Message">What is wrong and what is expected, in plain words.</param>
public sealed record LoadError(string Location, string Message)
{
    /// <summary>Where the problem is: a JSON path in a protocol; "line 4", "item [2]" or "file" in a spine geometry.</summary>
    public string Location { get; init; } = Location ?? throw new ArgumentNullException(nameof(Location));

    /// <summary>What is wrong and what is expected, in plain words.</summary>
    public string Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary><c>location: message</c>.</summary>
    public override string ToString() => Location + ": " + Message;
}
