using System.Globalization;
using EmhRt.Doses;
using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Reporting;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Tests.Reporting;

/// <summary>The plans the reporting tests use, from the seed papers.</summary>
internal static class ReportingCases
{
    public static readonly ToolIdentity Tool = new("emhrt", "1.2.3-test");

    /// <summary>Seed 003 (actabiomed2017): T5–T8, 20 Gy/10, PTV margin 10 mm, start 2026-12-01, 19-year-old man.</summary>
    public static PlanRequest Seed003Request() => new()
    {
        Lesions = Spans("T5-T8"),
        Regimen = Fractionation.Parse("20 Gy/10").Value,
        PtvMargin = PtvMargin.Isotropic(10),
        StartDate = new DateOnly(2026, 12, 1),
        Patient = new PatientDetails { AgeYears = 19, Sex = Sex.Male },
    };

    /// <summary>Seed 002 (cailleteau2023): T2–S1, 18 Gy/10, PTV margin 20 mm, treated T1-S2.</summary>
    public static PlanRequest Seed002Request() => new()
    {
        Lesions = Spans("T2-S1"),
        Regimen = Fractionation.Parse("18 Gy/10").Value,
        PtvMargin = PtvMargin.Isotropic(20),
        TreatedSpans = Spans("T1-S2"),
        StartDate = new DateOnly(2026, 12, 1),
        Patient = new PatientDetails { AgeYears = 60, Sex = Sex.Male },
    };

    public static PlanAssessment Seed003() => PlanAssessor.Default.Assess(Seed003Request());

    public static PlanAssessment Seed002() => PlanAssessor.Default.Assess(Seed002Request());

    /// <summary>Seed 003 with an earlier 20 Gy/10 course to T5–T8 on 2025-01-15.</summary>
    public static PlanAssessment Seed003WithPriorCourse()
    {
        var anatomy = SpineAnatomy.Standard;
        VertebralSpan[] levels = [VertebralSpan.Create(VertebralLevel.Thoracic(5), VertebralLevel.Thoracic(8))];
        return PlanAssessor.Default.Assess(Seed003Request() with
        {
            PriorCourses = [new PriorCourse(Fractionation.Parse("20 Gy/10").Value, new DateOnly(2025, 1, 15), levels, anatomy)],
        });
    }

    /// <summary>A single 15 Gy fraction: hypofractionated, the cord EQD2 is high (warnings).</summary>
    public static PlanAssessment SingleFraction() => PlanAssessor.Default.Assess(Seed003Request() with
    {
        Regimen = Fractionation.Parse("15 Gy/1").Value,
    });

    public static System.Collections.Immutable.ImmutableArray<VertebralSpan> Spans(string text) =>
        SpineNotation.ParseSpans(text, default).Value;

    public static T InCulture<T>(string name, Func<T> action)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    internal static string Iso(DateOnly date) => IsoDate.Format(date);
}
