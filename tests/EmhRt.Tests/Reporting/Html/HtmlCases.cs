using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EmhRt.Doses;
using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Reporting;
using EmhRt.Reporting.Html;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Tests.Reporting.Html;

/// <summary>The plans the HTML tests render, and the parser.</summary>
internal static class HtmlCases
{
    public static readonly DateTimeOffset AssessedAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly HtmlReportOptions Options = new() { Label = "case 003", AssessedAt = AssessedAt };

    /// <summary>Seed 003 with the README's treated span T3-T9.</summary>
    public static PlanAssessment Seed003Treated() => PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { TreatedSpans = ReportingCases.Spans("T3-T9") });

    /// <summary>A re-irradiation: T8-T12, 30 Gy/15, a prior course to T3-T8 and one without levels, starting 2026-12-14 with a holiday on Christmas.</summary>
    public static PlanAssessment Reirradiation()
    {
        var anatomy = SpineAnatomy.Standard;
        VertebralSpan[] levels = [VertebralSpan.Create(VertebralLevel.Thoracic(3), VertebralLevel.Thoracic(8))];
        return PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with
        {
            Lesions = ReportingCases.Spans("T8-T12"),
            Regimen = Fractionation.Parse("30 Gy/15").Value,
            StartDate = new DateOnly(2026, 12, 14),
            Holidays = HolidayList.From([new DateOnly(2026, 12, 25)]),
            PriorCourses =
            [
                new PriorCourse(Fractionation.Parse("30 Gy/15").Value, new DateOnly(2023, 1, 10), levels, anatomy),
                new PriorCourse(Fractionation.Parse("20 Gy/10").Value, new DateOnly(2025, 1, 10)),
            ],
        });
    }

    /// <summary>Two segments (T5-T10 and L3-S1) in a spine with 13 thoracic and 6 lumbar vertebrae.</summary>
    public static PlanAssessment TwoSegmentsVariantAnatomy()
    {
        var anatomy = SpineAnatomy.Create(13, 6);
        return PlanAssessor.Default.Assess(new PlanRequest
        {
            Lesions = SpineNotation.ParseSpans("T5-T10 and L3-S1", anatomy).Value,
            Regimen = Fractionation.Parse("20 Gy/10").Value,
            PtvMargin = PtvMargin.Isotropic(15),
            Patient = new PatientDetails { AgeYears = 50, Sex = Sex.Female, Anatomy = anatomy },
        });
    }

    /// <summary>Seed 003 with the patient's own geometry for T1-L2: 30 mm levels with 6 mm discs, origin at 1000 mm.</summary>
    public static PlanAssessment PatientGeometry()
    {
        var csv = new System.Text.StringBuilder("level,top_mm,bottom_mm\n");
        var anatomy = SpineAnatomy.Standard;
        var first = anatomy.IndexOf(VertebralLevel.Thoracic(1));
        for (var i = 0; i < 14; i++)
        {
            var top = 1000 + (i * 36);
            csv.Append(anatomy.LevelAt(first + i)).Append(',').Append(top.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append((top + 30).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        var geometry = SpineGeometryReader.ReadCsv(csv.ToString(), anatomy, "patient.csv").Value!;
        return PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with
        {
            Patient = new PatientDetails { AgeYears = 19, Sex = Sex.Male, Geometry = geometry },
        });
    }

    /// <summary>The longest page: the whole spine, three prior courses, holidays, 30 fractions.</summary>
    public static PlanAssessment Largest()
    {
        var anatomy = SpineAnatomy.Standard;
        var priors = Enumerable.Range(0, 3).Select(i => new PriorCourse(
            Fractionation.Parse("20 Gy/10").Value, new DateOnly(2020 + i, 3, 1), [VertebralSpan.Create(anatomy.LevelAt(i * 5), anatomy.LevelAt((i * 5) + 7))], anatomy)).ToArray();
        return PlanAssessor.Default.Assess(new PlanRequest
        {
            Lesions = ReportingCases.Spans("C1-Co"),
            Regimen = Fractionation.Parse("54 Gy/30").Value,
            PtvMargin = PtvMargin.Isotropic(20),
            TreatedSpans = ReportingCases.Spans("C1-Co"),
            StartDate = new DateOnly(2026, 12, 1),
            Holidays = HolidayList.From([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1)]),
            PriorCourses = [.. priors],
            Patient = new PatientDetails { AgeYears = 12, Sex = Sex.Female },
        });
    }

    public static string Html(PlanAssessment assessment, HtmlReportOptions? options = null) =>
        PlanHtmlReport.ToHtml(assessment, ReportingCases.Tool, options ?? Options);

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IDocument Page(PlanAssessment assessment, HtmlReportOptions? options = null) => Parse(Html(assessment, options));
}
