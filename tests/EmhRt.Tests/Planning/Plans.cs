using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Tests.Planning;

/// <summary>Small builders for plan requests in the entry-point tests.</summary>
internal static class Plans
{
    public static ImmutableArray<VertebralSpan> Spans(string text) =>
        SpineNotation.ParseSpans(text, SpineAnatomy.Standard).GetValueOrThrow();

    public static Fractionation Regimen(double totalGy, int fractions) => Fractionation.FromTotalDose(Dose.FromGy(totalGy), fractions);

    /// <summary>Seed 003 (actabiomed2017): lesion T5-T8, 20 Gy/10, treated T3-T9, PTV 10 mm, 19-year-old man.</summary>
    public static PlanRequest Seed003() => new()
    {
        Lesions = Spans("T5-T8"),
        Regimen = Regimen(20, 10),
        TreatedSpans = Spans("T3-T9"),
        PtvMargin = PtvMargin.Isotropic(10),
        Patient = new PatientDetails { AgeYears = 19, Sex = Sex.Male },
    };

    /// <summary>A bare plan: lesion and regimen only.</summary>
    public static PlanRequest Bare(string lesions, double totalGy, int fractions) => new()
    {
        Lesions = Spans(lesions),
        Regimen = Regimen(totalGy, fractions),
    };

    /// <summary>The codes, sorted ordinally (duplicates kept).</summary>
    public static string[] SortedCodes(PlanAssessment assessment)
    {
        var codes = new string[assessment.Findings.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = assessment.Findings[i].Code;
        }

        Array.Sort(codes, StringComparer.Ordinal);
        return codes;
    }

    /// <summary>The codes as <c>CODE:severity</c>, sorted ordinally.</summary>
    public static string[] SortedCodesWithSeverity(PlanAssessment assessment)
    {
        var codes = new string[assessment.Findings.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = assessment.Findings[i].Code + ":" + SeverityText.Format(assessment.Findings[i].Severity);
        }

        Array.Sort(codes, StringComparer.Ordinal);
        return codes;
    }

    public static Finding Single(PlanAssessment assessment, string code)
    {
        Finding? found = null;
        foreach (var finding in assessment.Findings)
        {
            if (finding.Code == code)
            {
                Assert.Null(found);
                found = finding;
            }
        }

        Assert.NotNull(found);
        return found;
    }

    public static string Describe(PlanAssessment assessment) => string.Join("\n", assessment.Findings);
}
