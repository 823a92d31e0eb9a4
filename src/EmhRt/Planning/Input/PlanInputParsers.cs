using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Reirradiation;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Text;

namespace EmhRt.Planning.Input;

/// <summary>
/// What <see cref="PlanInput.ToRequest(PlanInputParsers)"/> calls to turn a field into a value: span texts, the regimen,
/// the holiday list and prior-course texts. This one calls the library's parsers every time; the batch engine derives
/// one that memoises them for its run (the inputs repeat across a file and every result is immutable and a pure
/// function of its input). The checks and the messages stay in <see cref="PlanInput"/>.
/// </summary>
internal class PlanInputParsers
{
    /// <summary>Parses every field, caching nothing.</summary>
    public static PlanInputParsers Direct { get; } = new();

    /// <summary><see cref="SpineNotation.ParseSpans(string?, SpineAnatomy)"/>.</summary>
    public virtual ParseResult<ImmutableArray<VertebralSpan>> Spans(string text, SpineAnatomy anatomy) => SpineNotation.ParseSpans(text, anatomy);

    /// <summary>The regimen from any two (or three consistent) of total dose, fractions and dose per fraction.</summary>
    public virtual ParseResult<Fractionation> Regimen(double? totalGy, int? fractions, double? perFractionGy) =>
        PlanInput.CreateRegimen(totalGy, fractions, perFractionGy);

    /// <summary><see cref="HolidayList.From"/>.</summary>
    public virtual HolidayList Holidays(ImmutableArray<DateOnly> dates) => HolidayList.From(dates);

    /// <summary>One prior course: the course, or null and the message.</summary>
    public virtual PriorParse Prior(string text, SpineAnatomy anatomy) =>
        PlanInput.ParsePrior(text, anatomy, out var course, out var error) ? new PriorParse(course, error) : new PriorParse(null, error);

    /// <summary>A parsed prior course: <see cref="Course"/>, or null and <see cref="Error"/>.</summary>
    /// <param name="Course">The course, or null.</param>
    /// <param name="Error">Why not (empty on success).</param>
    internal readonly record struct PriorParse(PriorCourse? Course, string Error);
}
