using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Scheduling;
using EmhRt.Volumes;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.SayItRight;

/// <summary>Issue 18, item 5 (missed warnings) and item 8 (wording): delayed start, children, default sex, literature.</summary>
public class PatientAndScheduleTests
{
    private static PlanRequest Plan() => Bare("T5-T8", 20, 10) with { PtvMargin = PtvMargin.Isotropic(10) };

    public static TheoryData<string, string[], bool> Starts => new()
    {
        // Friday 25 December is a holiday: the first fraction moves to Monday 28, 3 days later (> 2): cord compression is urgent.
        { "2026-12-25", ["2026-12-25"], true },
        // A Saturday start moves to Monday: 2 days, the protocol's limit: not reported.
        { "2026-12-05", [], false },
        // A treatment day: not moved.
        { "2026-12-01", [], false },
    };

    [Theory]
    [MemberData(nameof(Starts))]
    public void A_start_moved_by_more_than_the_protocol_days_is_reported_because_cord_compression_is_urgent(string start, string[] holidays, bool reported)
    {
        var request = Plan() with { StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Holidays = HolidayList.From(holidays.Select(h => DateOnly.Parse(h, System.Globalization.CultureInfo.InvariantCulture))) };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal(reported, SortedCodes(assessment).Contains(FindingCodes.StartDelayed));
    }

    public static TheoryData<double, double, string> Children => new()
    {
        { 1.5, 16, "is at or above 15 Gy in a child under 2: inside PENTEC's risk band" },
        { 4, 20, "is not above 20 Gy in a child aged 2-6" },
        { 4, 25, "is above 20 Gy in a child aged 2-6: inside PENTEC's risk band" },
        // A teenager at EMH doses: PENTEC flags no risk (it said "EMH doses of 16-20 Gy fall in that band" for every child).
        { 15, 20, "Over age 6, PENTEC flags no risk at this plan's 20 Gy" },
    };

    [Theory]
    [MemberData(nameof(Children))]
    public void Children_get_their_own_PENTEC_age_band_adult_length_caveat_and_fertility_advice(double age, double total, string band)
    {
        var assessment = PlanAssessor.Default.Assess(Bare("T5-T8", total, 10) with
        {
            PtvMargin = PtvMargin.Isotropic(10),
            Patient = new PatientDetails { AgeYears = age, Sex = Sex.Female },
        });

        var message = Single(assessment, FindingCodes.PediatricPatient);
        Assert.Contains(band, message.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("EMH doses of 16-20 Gy fall in that band", message.Message, StringComparison.Ordinal);
        Assert.Contains("adult population values", message.Message, StringComparison.Ordinal);
        Assert.Contains("fertility preservation", message.Message, StringComparison.Ordinal);
        Assert.Contains(Bibliography.Loren2013, message.Citations);
    }

    [Fact]
    public void Without_a_sex_the_report_says_that_male_lengths_were_used()
    {
        var unknown = PlanAssessor.Default.Assess(Plan());
        var female = PlanAssessor.Default.Assess(Plan() with { Patient = new PatientDetails { Sex = Sex.Female } });

        Assert.Contains("No sex was given, so the male values were used", Single(unknown, FindingCodes.GeometryEstimated).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("No sex was given", Single(female, FindingCodes.GeometryEstimated).Message, StringComparison.Ordinal);
        var text = EmhRt.Reporting.PlanTextReport.ToText(unknown, EmhRt.Tests.Reporting.ReportingCases.Tool, useColor: false);
        Assert.Contains("male values because no sex was given", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_weeks_are_called_calendar_weeks_for_a_14_day_course()
    {
        var assessment = PlanAssessor.Default.Assess(Plan() with { StartDate = new DateOnly(2026, 12, 1) });

        var text = EmhRt.Reporting.PlanTextReport.ToText(assessment, EmhRt.Tests.Reporting.ReportingCases.Tool, useColor: false);
        Assert.Contains("14 days overall (over 3 calendar weeks)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(", 3 weeks,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dose_below_range_for_a_single_fraction_gives_its_EQD2_so_it_is_not_read_as_2_Gy_fractions()
    {
        var message = Single(PlanAssessor.Default.Assess(Bare("T6", 15, 1)), FindingCodes.DoseBelowRange).Message;

        Assert.Contains("its EQD2 is 31.25 Gy at α/β 10 Gy", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interval_message_says_which_day_of_the_earlier_course_the_date_means()
    {
        var request = Plan() with
        {
            StartDate = new DateOnly(2026, 12, 1),
            PriorCourses = [new EmhRt.Reirradiation.PriorCourse(Regimen(20, 10), new DateOnly(2026, 10, 1))],
        };

        var message = Single(PlanAssessor.Default.Assess(request), FindingCodes.ReirradiationIntervalShort).Message;

        Assert.StartsWith("Only 2 months from the last course on shared levels (its given date) to the first fraction of this course", message, StringComparison.Ordinal);
    }
}
