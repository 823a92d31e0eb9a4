using EmhRt.Text;

namespace EmhRt.Findings;

/// <summary>Formats and parses the lowercase text forms of <see cref="Severity"/>: <c>info</c>, <c>caution</c>, <c>warning</c>.</summary>
public static class SeverityText
{
    /// <summary>The text form of <paramref name="severity"/>: <c>info</c>, <c>caution</c> or <c>warning</c>.</summary>
    /// <param name="severity">A defined severity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public static string Format(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Caution => "caution",
        Severity.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined severity."),
    };

    /// <summary>
    /// Parses <c>info</c>, <c>caution</c> or <c>warning</c> (exact lowercase, no surrounding spaces). Never throws.
    /// </summary>
    /// <param name="text">The text to parse; <see langword="null"/> is reported as an error.</param>
    /// <returns>The severity, or an error at position 0 naming the accepted forms.</returns>
    public static ParseResult<Severity> Parse(string? text) => text switch
    {
        "info" => ParseResult<Severity>.ForValue(Severity.Info),
        "caution" => ParseResult<Severity>.ForValue(Severity.Caution),
        "warning" => ParseResult<Severity>.ForValue(Severity.Warning),
        null => ParseResult<Severity>.ForError("no severity given; expected 'info', 'caution' or 'warning'", 0),
        _ => ParseResult<Severity>.ForError($"unknown severity '{text}'; expected 'info', 'caution' or 'warning'", 0),
    };
}
