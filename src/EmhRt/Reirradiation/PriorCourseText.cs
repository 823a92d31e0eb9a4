using System.Globalization;
using EmhRt.Doses;
using EmhRt.Scheduling;
using EmhRt.Text;

namespace EmhRt.Reirradiation;

/// <summary>
/// A prior course as typed by a user: <c>30Gy/15@2023-01-10</c>, optionally followed by <c>:T3-T8</c> (the treated
/// levels) and <c>:cordmax=32Gy</c> (the cord Dmax of that course measured in the planning system, the dose grammar of
/// <see cref="Dose.Parse"/>), in either order. The span text is returned raw (not interpreted here).
/// </summary>
/// <param name="Fractionation">The parsed fractionation.</param>
/// <param name="Date">The course date.</param>
/// <param name="SpanText">The raw, trimmed span text (e.g. "T3-T8"), or null when absent.</param>
/// <param name="CordMaxDose">The measured cord Dmax of that course, or null when not given.</param>
internal sealed record PriorCourseText(Fractionation Fractionation, DateOnly Date, string? SpanText, Dose? CordMaxDose = null)
{
    private const string CordMaxKey = "cordmax=";

    /// <summary>Parses <c>FRACTIONATION@YYYY-MM-DD[:SPAN][:cordmax=DOSE]</c>, e.g. <c>30Gy/15@2023-01-10:T3-T8:cordmax=32Gy</c>. Never throws.</summary>
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
                "has no date: expected FRACTIONATION@YYYY-MM-DD[:LEVELS][:cordmax=DOSE]", text.Length);
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
        Dose? cordMax = null;
        var partStart = at + 1 + colon + 1;
        while (colon >= 0)
        {
            var next = text.IndexOf(':', partStart);
            var part = next < 0 ? text[partStart..] : text[partStart..next];
            var trimmed = part.Trim();
            var partAt = partStart + (part.Length - part.TrimStart().Length);
            if (trimmed.Length == 0)
            {
                return ParseResult<PriorCourseText>.ForError("nothing after ':': expected the treated levels, e.g. ':T3-T8', or ':cordmax=DOSE'", partAt);
            }

            if (trimmed.StartsWith(CordMaxKey, StringComparison.OrdinalIgnoreCase))
            {
                if (cordMax is not null)
                {
                    return ParseResult<PriorCourseText>.ForError("cordmax is given twice", partAt);
                }

                var doseText = trimmed[CordMaxKey.Length..];
                var dose = Dose.Parse(doseText);
                if (!dose.Success)
                {
                    return ParseResult<PriorCourseText>.ForError("cordmax: " + dose.Error, partAt + CordMaxKey.Length + dose.Position);
                }

                if (InputLimits.CheckCordMaxDose(dose.Value.Gy) is { } problem)
                {
                    return ParseResult<PriorCourseText>.ForError("cordmax: " + problem, partAt + CordMaxKey.Length);
                }

                cordMax = dose.Value;
            }
            else if (span is not null)
            {
                return ParseResult<PriorCourseText>.ForError("two level parts: give the treated levels once (e.g. ':T3-T8 and L1-L2'), then optionally ':cordmax=DOSE'", partAt);
            }
            else
            {
                span = trimmed;
            }

            colon = next;
            partStart = next + 1;
        }

        return ParseResult<PriorCourseText>.ForValue(new PriorCourseText(fractionation.Value, date.Value, span, cordMax));
    }

    /// <summary>Turns the parsed text into a <see cref="PriorCourse"/> whose region is unknown.</summary>
    public PriorCourse ToPriorCourse() => new(Fractionation, Date) { CordMaxDose = CordMaxDose };

    /// <summary>Turns the parsed text into a <see cref="PriorCourse"/> with the spans resolved by the caller from <see cref="SpanText"/>.</summary>
    /// <param name="spans">The treated spans, in <paramref name="anatomy"/>.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    public PriorCourse ToPriorCourse(IEnumerable<Spine.VertebralSpan> spans, Spine.SpineAnatomy anatomy) =>
        new(Fractionation, Date, spans, anatomy) { CordMaxDose = CordMaxDose };

    /// <summary>Invariant text that <see cref="Parse"/> reads back, e.g. "30 Gy/15@2023-01-10:T3-T8:cordmax=32 Gy".</summary>
    public override string ToString() =>
        Fractionation.ToShortString() + "@" + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (SpanText is null ? string.Empty : ":" + SpanText)
        + (CordMaxDose is { } dmax ? ":" + CordMaxKey + dmax : string.Empty);
}
