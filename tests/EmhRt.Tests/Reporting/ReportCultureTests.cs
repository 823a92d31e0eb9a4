using EmhRt.Findings;
using EmhRt.Reporting;

namespace EmhRt.Tests.Reporting;

public class ReportCultureTests
{
    private static string AllFormats()
    {
        var a = EmhRt.Planning.PlanAssessor.Default.Assess(ReportingCases.Seed002Request() with
        {
            PriorCourses = [new EmhRt.Reirradiation.PriorCourse(EmhRt.Doses.Fractionation.Parse("30 Gy/10").Value, new DateOnly(2024, 3, 1), [EmhRt.Spine.VertebralSpan.Create(EmhRt.Spine.VertebralLevel.Thoracic(8), EmhRt.Spine.VertebralLevel.Thoracic(11))], EmhRt.Spine.SpineAnatomy.Standard)],
            Holidays = EmhRt.Scheduling.HolidayList.From([new DateOnly(2026, 12, 8)]),
        });
        var csv = new StringWriter();
        PlanCsvReport.WriteSingle(csv, a, Severity.Caution, "id");
        return PlanJsonReport.ToJson(a, ReportingCases.Tool, indented: true)
            + csv
            + PlanTextReport.ToText(a, ReportingCases.Tool, useColor: true)
            + PlanJsonReport.ToJson(ReportingCases.Seed003(), ReportingCases.Tool, indented: false)
            + PlanTextReport.ToText(ReportingCases.Seed003(), ReportingCases.Tool, useColor: false)
            + Html.HtmlCases.Html(a)
            + EmhRt.Spine.SpineNotation.Format(ReportingCases.Spans("t5-t11 and l5-s2"))
            + EmhRt.Doses.Fractionation.Parse("18.5 Gy/10").Value
            + EmhRt.Scheduling.IsoDate.Format(new DateOnly(2026, 12, 18))
            + EmhRt.Radiobiology.AlphaBeta.Parse("0.87").Value;
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Reports_are_byte_identical_in_every_culture(string culture)
    {
        var invariant = ReportingCases.InCulture("en-US", AllFormats);
        var local = ReportingCases.InCulture(culture, AllFormats);
        Assert.Equal(invariant, local);
        Assert.Contains("\"eqd2Gy\": 17.7", local, StringComparison.Ordinal);
        Assert.Contains("541.667", local, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Numbers_use_a_decimal_point_in_every_culture(string culture) =>
        Assert.Equal("17.7", ReportingCases.InCulture(culture, () => ReportNumber.Format(17.700000000000003)));
}
