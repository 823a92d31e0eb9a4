using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Radiobiology;
using FsCheck;
using FsCheck.Xunit;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.SayItRight;

/// <summary>
/// Issue 18, item 2: one coherent cord statement that follows the fractionation: 1–5 fractions against the short-course
/// points (sahgal2013, kirkpatrick2010), the conventional QUANTEC curve and the Schultheiss fit only for more fractions.
/// </summary>
public class CordStatementTests
{
    public static TheoryData<double, int, string?, string?> ShortCourses => new()
    {
        // 15 Gy x 1: above Sahgal's 12.4 Gy/1 and QUANTEC's 13 Gy/1 (it said "61 Gy: < 10 %" and then "97 %").
        { 15, 1, "warning", "above Sahgal's 12.4 Gy/1" },
        // 13 Gy x 1: above 12.4 Gy/1, at QUANTEC's 13 Gy/1 (it said "below the first QUANTEC point, 50 Gy: 0.2 %" and "13 %").
        { 13, 1, "warning", "above Sahgal's 12.4 Gy/1" },
        // 8 Gy x 1 is below 12.4 Gy (facts-organs §3).
        { 8, 1, null, "below Sahgal's 12.4 Gy/1" },
        // 25 Gy/5 sits just under 25.3 Gy/5 and a 2 % hot spot crosses it: a caution.
        { 25, 5, "caution", "below Sahgal's 25.3 Gy/5" },
        // 20 Gy/5 is below.
        { 20, 5, null, "below Sahgal's 25.3 Gy/5" },
        // 21 Gy/3 is above 20.3 Gy/3 and above QUANTEC's 20 Gy/3.
        { 21, 3, "warning", "above Sahgal's 20.3 Gy/3" },
    };

    [Theory]
    [MemberData(nameof(ShortCourses))]
    public void One_to_five_fractions_are_judged_by_the_short_course_points_not_the_conventional_curve(
        double total, int fractions, string? severity, string? statement)
    {
        var assessment = PlanAssessor.Default.Assess(Bare("C4", total, fractions));

        Assert.True(assessment.Cord.IsShortCourse);
        Assert.Null(assessment.Cord.ModelDerivedRisk);
        Assert.Null(assessment.Cord.HighestPointReached);
        var cord = assessment.Findings.Where(f => f.Code == FindingCodes.CordEqd2High).ToArray();
        Assert.Equal(severity, cord.Length == 0 ? null : SeverityText.Format(cord.Single().Severity));
        foreach (var finding in cord)
        {
            Assert.Contains("short-course points apply, not the conventional curve", finding.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("conventional 1.8-2 Gy fractions to the full", finding.Message, StringComparison.Ordinal);
            Assert.Contains(Bibliography.Sahgal2013, finding.Citations);
        }

        var text = Flat(assessment);
        Assert.Contains(statement!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("model-derived myelopathy risk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("QUANTEC point", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_fraction_plan_states_the_cord_figures_once_not_in_every_fractionation_finding()
    {
        var assessment = PlanAssessor.Default.Assess(Bare("C4", 15, 1));

        foreach (var code in new[] { FindingCodes.SingleFraction, FindingCodes.Hypofractionation, FindingCodes.FractionSizeOutsideRange })
        {
            Assert.DoesNotContain("Cord EQD2 of this course", Single(assessment, code).Message, StringComparison.OrdinalIgnoreCase);
        }

        var text = Flat(assessment);
        Assert.Equal(1, Count(text, "EQD2 63.8 Gy at α/β 2 Gy"));
    }

    [Theory]
    [InlineData(50, 25, "conventional")]
    [InlineData(20, 10, "conventional")]
    public void More_than_five_fractions_use_the_conventional_curve_and_label_the_Schultheiss_fit(double total, int fractions, string regime)
    {
        var assessment = PlanAssessor.Default.Assess(Bare("C4", total, fractions));

        Assert.Equal(regime, assessment.Cord.IsShortCourse ? "short-course" : "conventional");
        Assert.NotNull(assessment.Cord.ModelDerivedRisk);
        var text = Flat(assessment);
        Assert.Contains("against the QUANTEC points for conventional 1.8-2 Gy fractions", text, StringComparison.Ordinal);
        Assert.Contains("logistic fit of schultheiss2008 to cervical myelopathy after conventional once-daily fractions", text, StringComparison.Ordinal);
    }

    private static int Severity(PlanAssessment a) =>
        a.Findings.Where(f => f.Code == FindingCodes.CordEqd2High).Select(f => (int)f.Severity + 1).DefaultIfEmpty(0).Single();

    /// <summary>Property: for a fixed number of fractions, more dose never gives a milder cord statement.</summary>
    [Property(MaxTest = 300)]
    public bool Cord_statements_are_monotone_in_dose_for_a_fixed_fractionation(PositiveInt fractions, PositiveInt low, PositiveInt extra)
    {
        var n = ((fractions.Get - 1) % 40) + 1;
        var d1 = 0.1 * (((low.Get - 1) % 800) + 1);
        var d2 = d1 + (0.1 * (((extra.Get - 1) % 400) + 1));
        var a1 = PlanAssessor.Default.Assess(Bare("T6", d1, n));
        var a2 = PlanAssessor.Default.Assess(Bare("T6", d2, n));
        var pointIndex = (PlanAssessment a) => a.Cord.HighestPointReached is { } p ? SpinalCordTolerance.QuantecPoints.IndexOf(p) : -1;
        return Severity(a1) <= Severity(a2)
            && pointIndex(a1) <= pointIndex(a2)
            && (a1.Cord.ModelDerivedRisk ?? 0) <= (a2.Cord.ModelDerivedRisk ?? 0)
            && a1.Cord.IsShortCourse == (n <= 5)
            && a2.Cord.IsShortCourse == (n <= 5);
    }

    /// <summary>Property: the short-course statement and the finding agree (a warning exactly when the text says "above").</summary>
    [Property(MaxTest = 300)]
    public bool Short_course_finding_and_statement_agree(PositiveInt fractions, PositiveInt dose)
    {
        var n = ((fractions.Get - 1) % 5) + 1;
        var total = 0.1 * (((dose.Get - 1) % 400) + 1);
        var a = PlanAssessor.Default.Assess(Bare("T6", total, n));
        var sahgal = SpinalCordTolerance.SahgalPoints[n - 1];
        var says = Flat(a).Contains(FormattableString.Invariant($"above Sahgal's {sahgal.MaximumCordDose.Gy:0.0##} Gy/{n}"), StringComparison.Ordinal);
        var warning = Severity(a) == (int)EmhRt.Findings.Severity.Warning + 1;
        return says == warning && a.Cord.ModelDerivedRisk is null;
    }

    private static string Flat(PlanAssessment a) =>
        System.Text.RegularExpressions.Regex.Replace(
            EmhRt.Reporting.PlanTextReport.ToText(a, EmhRt.Tests.Reporting.ReportingCases.Tool, useColor: false), @"\s+", " ");

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
