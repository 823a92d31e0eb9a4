using EmhRt.Text;

namespace EmhRt.Planning;

/// <summary>
/// The one grammar of a <see cref="PregnancyStatus"/>, used by <c>--pregnancy-status</c> and the batch column
/// <c>pregnancy_status</c>: <c>unknown</c>, <c>negative</c> or <c>pregnant</c> (ASCII case-insensitive, surrounding
/// spaces ignored).
/// </summary>
public static class PregnancyStatusText
{
    /// <summary>The accepted words, in the order they are listed in messages.</summary>
    public const string Expected = "expected unknown, negative or pregnant";

    /// <summary>Parses a pregnancy status; never throws.</summary>
    /// <param name="text">The text, e.g. <c>negative</c>.</param>
    /// <returns>The status, or the error with the 0-based position of the offending text.</returns>
    public static ParseResult<PregnancyStatus> Parse(string? text)
    {
        if (text is null)
        {
            return ParseResult<PregnancyStatus>.ForError("no pregnancy status was given; " + Expected, 0);
        }

        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        var word = span.Trim();
        if (word.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<PregnancyStatus>.ForValue(PregnancyStatus.Unknown);
        }

        if (word.Equals("negative", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<PregnancyStatus>.ForValue(PregnancyStatus.Negative);
        }

        if (word.Equals("pregnant", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<PregnancyStatus>.ForValue(PregnancyStatus.Pregnant);
        }

        return word.IsEmpty
            ? ParseResult<PregnancyStatus>.ForError("the pregnancy status is empty; " + Expected, 0)
            : ParseResult<PregnancyStatus>.ForError("'" + word.ToString() + "' is not a pregnancy status; " + Expected, start);
    }

    /// <summary>The status as its grammar word: <c>unknown</c>, <c>negative</c> or <c>pregnant</c>.</summary>
    /// <param name="status">A defined status.</param>
    public static string Format(PregnancyStatus status) => status switch
    {
        PregnancyStatus.Negative => "negative",
        PregnancyStatus.Pregnant => "pregnant",
        _ => "unknown",
    };
}
