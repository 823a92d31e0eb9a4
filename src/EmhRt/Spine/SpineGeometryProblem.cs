using System.Globalization;

namespace EmhRt.Spine;

/// <summary>One problem found in a patient geometry file, with where it was found (ordered by it, then reported as a <see cref="LoadError"/>).</summary>
/// <param name="Line">1-based CSV line number, when the problem is on a CSV line (or the JSON line of a syntax error).</param>
/// <param name="Index">0-based JSON array index, when the problem is in a JSON item.</param>
/// <param name="Message">What is wrong and what was expected.</param>
internal sealed record SpineGeometryProblem(int? Line, int? Index, string Message)
{
    /// <summary>Where the problem is: "line 4", "item [2]" or "file".</summary>
    public string Location =>
        Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}")
        : Index is { } index ? string.Create(CultureInfo.InvariantCulture, $"item [{index}]")
        : "file";

    /// <summary>"line 4: message".</summary>
    public override string ToString() => Location + ": " + Message;
}
