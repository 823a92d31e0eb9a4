using System.Globalization;
using EmhRt.Doses;
using EmhRt.Scheduling;
using EmhRt.Text;

namespace EmhRt.Reirradiation;

/// <summary>
/// A prior course as typed by a user: <c>30Gy/15@2023-01-10</c>, optionally followed by <c>:T3-T8</c>. The span
/// text after the colon is returned raw (not interpreted here).
/// </summary>
/// <param name="Fractionation">The parsed fractionation.</param>
/// <param name="Date">The course date.</param>
/// <param name="SpanText">The raw, trimmed text after ':' (e.g. "T3-T8"), or null when absent.</param>
internal sealed record PriorCourseText(Fractionation Fractionation, DateOnly Date, string? SpanText)
{
    /// <summary>Parses <c>FRACTIONATION@YYYY-MM-DD[:SPAN]</c>, e.g. <c>30Gy/15@2023-01-10:T3-T8</c>. Never throws.</summary>
    /// <param name="text">The text.</param>
    public static ParseResult<PriorCourseText> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<PriorCourseText>.ForError("no prior course given: expected e.g. '30Gy/15@2023-01-10' or '30Gy/15@2023-01-10:T3-T8'", 0);
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return ParseResult<PriorCourseText>.ForError(
                "has no date: expected FRACTIONATION@YYYY-MM-DD[:LEVELS]", text.Length);
        }

        var fractionation = Fractionation.Parse(text[..at]);
        if (!fractionation.Success)
        {
            return ParseResult<PriorCourseText>.ForError(fractionation.Error, fractionation.Position);
        }

        var rest = text[(at + 1)..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var dateText = colon < 0 ? rest : rest[..colon];
        var date = IsoDate.Parse(dateText);
        if (!date.Success)
        {
            return ParseResult<PriorCourseText>.ForError(date.Error, at + 1 + date.Position);
        }

        string? span = null;
        if (colon >= 0)
        {
            span = rest[(colon + 1)..].Trim();
            if (span.Length == 0)
            {
                return ParseResult<PriorCourseText>.ForError("nothing after ':': expected the treated levels, e.g. ':T3-T8'", at + 1 + colon + 1);
            }
        }

        return ParseResult<PriorCourseText>.ForValue(new PriorCourseText(fractionation.Value, date.Value, span));
    }

    /// <summary>Turns the parsed text into a <see cref="PriorCourse"/> with the level indices resolved by the caller from <see cref="SpanText"/>.</summary>
    /// <param name="levelIndices">Level indices (0 = C1), or null when unknown.</param>
    public PriorCourse ToPriorCourse(IEnumerable<int>? levelIndices = null) => new(Fractionation, Date, levelIndices);

    /// <summary>Invariant text that <see cref="Parse"/> reads back, e.g. "30 Gy/15@2023-01-10:T3-T8".</summary>
    public override string ToString() =>
        Fractionation.ToShortString() + "@" + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (SpanText is null ? string.Empty : ":" + SpanText);
}
