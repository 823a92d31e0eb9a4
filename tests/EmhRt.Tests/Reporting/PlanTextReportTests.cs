using EmhRt.Planning;
using EmhRt.Reporting;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Reporting;

public class PlanTextReportTests
{
    private static string Text(PlanAssessment a, bool color = false) => PlanTextReport.ToText(a, ReportingCases.Tool, color);

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void Seed003_report_has_the_key_lines()
    {
        var lines = Lines(Text(ReportingCases.Seed003()));
        // Issue 20: the verdict comes first, before the identity and the details.
        Assert.Equal("Verdict: No warning or caution (0 warnings, 0 cautions, 3 info)", lines[0]);
        Assert.Equal("emhrt 1.2.3-test · protocol emh-default 1.3.0 · sha256 f2565fe05d71", lines[1]);
        Assert.Equal("Decision support only — does not replace clinical judgement.", lines[2]);
        Assert.Contains("Lesion     T5-T8", lines);
        Assert.Contains("CTV        T4-T9: 6 levels, margin 1 level above, 1 level below (cailleteau2023), length 140.0 mm", lines);
        Assert.Contains("           lengths: population estimate (gray1918); measure on the planning CT", lines);
        Assert.Contains("PTV        margin superior 10 mm, inferior 10 mm, radial 10 mm; length 160.0 mm", lines);
        Assert.Contains("           borders: superior in T3, 13.3 mm below its top; inferior in T10, 10.0 mm below its top", lines);
        Assert.Contains("           fits a single 40 cm field with 7 mm field margin at each end (assumption): yes", lines);
        Assert.Contains("Regimen    20 Gy in 10 fractions of 2 Gy", lines);
        Assert.Contains("   EMH              10 Gy   24.0 Gy₁₀   20.0 Gy  assumption (no published α/β for EMH tissue)", lines);
        Assert.Contains("   spinal cord       2 Gy   40.0 Gy₂    20.0 Gy  nieder2006", lines);
        Assert.Contains("   EQD2 20.0 Gy (α/β 2 Gy) against the QUANTEC points for conventional 1.8-2 Gy fractions, full", lines);
        Assert.Contains("     cross-section: below the first QUANTEC point, 50 Gy: 0.2 % (marks2010)", lines);
        Assert.Contains("   2026-12-01 (Tue) to 2026-12-14 (Mon): 10 fractions, 14 days overall (over 3 calendar weeks), no", lines);
        Assert.Contains("Findings: 0 warnings, 0 cautions, 3 info", lines);
        Assert.Contains("   INFO    FOLLOW_UP", lines);
        Assert.Contains(lines, l => l.StartsWith("   [cailleteau2023] Cailleteau A, Agbetsivi K", StringComparison.Ordinal));
        Assert.Contains("   [gray1918] Gray H. Anatomy of the Human Body, 1918 (vertebral column lengths)", lines);
        Assert.True(lines.Length < 170, "report too long: " + lines.Length); // 100 before issue 21 added the organs section, ORGAN_NEAR_FIELD and its references (158 lines)
    }

    [Fact]
    public void Seed003_spine_diagram_is_exact()
    {
        var lines = Lines(Text(ReportingCases.Seed003()));
        var start = Array.IndexOf(lines, "Spine");
        string[] expected =
        [
            "Spine",
            "   level  top mm  lesion  CTV  PTV",
            "   T1      125.0",
            "   T2      148.3",
            "   T3      171.7               ░░░  ← PTV superior border 13.3 mm below top of T3",
            "   T4      195.0          ▓▓▓  ░░░",
            "   T5      218.3   ████   ▓▓▓  ░░░",
            "   T6      241.7   ████   ▓▓▓  ░░░",
            "   T7      265.0   ████   ▓▓▓  ░░░",
            "   T8      288.3   ████   ▓▓▓  ░░░",
            "   T9      311.7          ▓▓▓  ░░░",
            "   T10     335.0               ░░░  ← PTV inferior border 10.0 mm below top of T10",
            "   T11     358.3",
            "   T12     381.7",
            "   █ lesion  ▓ CTV  ░ PTV; top mm: level top below the top of C1, population estimate",
        ];
        Assert.Equal(expected, lines[start..(start + expected.Length)]);
    }

    [Fact]
    public void Seed003_calendar_has_one_line_per_week()
    {
        var lines = Lines(Text(ReportingCases.Seed003()));
        var start = Array.FindIndex(lines, l => l.StartsWith("   week of", StringComparison.Ordinal));
        Assert.Equal(
            [
                "   week of      Mo Tu We Th Fr Sa Su   fractions  cumulative",
                "   2026-11-30        ■  ■  ■  ■  ·  ·   1–4             8 Gy",
                "   2026-12-07     ■  ■  ■  ■  ■  ·  ·   5–9            18 Gy",
                "   2026-12-14     ■                     10             20 Gy",
            ],
            lines[start..(start + 4)]);
    }

    [Fact]
    public void Seed002_diagram_collapses_the_long_run_and_shows_the_treated_span()
    {
        var lines = Lines(Text(ReportingCases.Seed002()));
        Assert.Contains("   level  top mm  lesion  CTV  PTV  treated", lines);
        Assert.Contains("   ⋮               ████   ▓▓▓  ░░░     │     (13 levels)", lines);
        Assert.Contains("   C6       89.3               ░░░           ← PTV superior border 15.7 mm below top of C6", lines);
        Assert.Contains("   S2      605.8          ▓▓▓  ░░░     │", lines);
        Assert.Contains("           fits a single 40 cm field with 7 mm field margin at each end (assumption): no", lines);
        Assert.Contains("Treated    T1-S2", lines);
        Assert.Contains("   CAUTION PTV_EXCEEDS_SINGLE_FIELD", lines);
    }

    [Fact]
    public void Without_margin_the_report_asks_for_one()
    {
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { PtvMargin = null, StartDate = null });
        var text = Text(a);
        Assert.Contains("PTV        no PTV margin given (10–20 mm recommended by the protocol, cailleteau2023)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Schedule", text, StringComparison.Ordinal);
        Assert.DoesNotContain("░", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reirradiation_section_lists_the_courses()
    {
        var lines = Lines(Text(ReportingCases.Seed003WithPriorCourse()));
        Assert.Contains("Re-irradiation (nieder2006, cord BED in Gy₂ = at α/β 2 Gy, the unit of its limits)", lines);
        Assert.Contains("   prior course  2025-01-15  20 Gy/10    22 months before, counted 100 %", lines);
        Assert.Contains("   this course   2026-12-01  20 Gy/10", lines);
        Assert.Contains(lines, l => l.StartsWith("   cumulative cord BED max 80.0 Gy₂ at T5 in the spinal cord (≤ 120 Gy₂: no myelopathy reported)", StringComparison.Ordinal));
        // New levels: the CTV's T4 and T9 and the cord the 10 mm PTV margin reaches in T3 and T10.
        Assert.Contains("   re-irradiated levels: T5-T8; new levels: T3-T4, T9-T10", lines);
    }

    [Fact]
    public void No_colour_codes_without_colour()
    {
        Assert.DoesNotContain('\u001b', Text(ReportingCases.SingleFraction(), color: false));
        Assert.DoesNotContain('\u001b', Text(ReportingCases.Seed002(), color: false));
    }

    [Fact]
    public void Colour_marks_headings_and_severities()
    {
        var a = ReportingCases.SingleFraction();
        Assert.Equal(EmhRt.Findings.Severity.Warning, a.HighestSeverity);
        var text = Text(a, color: true);
        Assert.Contains("\u001b[1mFindings\u001b[0m", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[31mWARNING ", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[36mINFO    ", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[1mLesion\u001b[0m     T5-T8", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_come_before_cautions_and_info()
    {
        var lines = Lines(Text(ReportingCases.SingleFraction()));
        var severities = lines.Where(l => l.StartsWith("   WARNING", StringComparison.Ordinal) || l.StartsWith("   CAUTION", StringComparison.Ordinal) || l.StartsWith("   INFO", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')[0]).ToArray();
        Assert.Equal(severities.OrderBy(s => s switch { "WARNING" => 0, "CAUTION" => 1, _ => 2 }).ToArray(), severities);
        Assert.Contains("WARNING", severities);
    }

    [Fact]
    public void Every_cited_key_has_a_reference()
    {
        var a = ReportingCases.Seed002();
        var text = Text(a);
        var references = text[text.IndexOf("\nReferences\n", StringComparison.Ordinal)..];
        foreach (var key in a.Findings.SelectMany(f => f.Citations).Distinct())
        {
            Assert.Contains("   [" + key + "] ", references, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Wrap_breaks_at_spaces_and_splits_overlong_words()
    {
        Assert.Equal(["aaa bbb", "ccc"], TextReportWriter.Wrap("aaa bbb ccc", 7, 7));
        Assert.Equal(["abcde", "fghij", "k"], TextReportWriter.Wrap("abcdefghijk", 5, 5));
        Assert.Equal([""], TextReportWriter.Wrap(string.Empty, 5, 5));
    }

    [Theory]
    [InlineData("check 20 Gy now", 8, new[] { "check", "20 Gy", "now" })]
    [InlineData("EQD2 15.6 Gy₂; kidneys", 10, new[] { "EQD2", "15.6 Gy₂;", "kidneys" })]
    [InlineData("margin 10 mm, V15 120 cc", 9, new[] { "margin", "10 mm,", "V15", "120 cc" })]
    [InlineData("share 17.3 % of marrow", 8, new[] { "share", "17.3 %", "of", "marrow" })]
    [InlineData("200 cGy twice", 7, new[] { "200 cGy", "twice" })]
    [InlineData("dose T Gy", 6, new[] { "dose T", "Gy" })]
    public void Wrap_never_splits_a_number_from_its_unit(string text, int width, string[] expected) =>
        Assert.Equal(expected, TextReportWriter.Wrap(text, width, width));

    [Property(MaxTest = 60, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Lines_never_exceed_100_columns_and_end_with_newline(Sample<(int start, int length, int fractions, double perFraction, double? margin, int day, bool withDate)> sample)
    {
        var c = sample.Value;
        var anatomy = EmhRt.Spine.SpineAnatomy.Standard;
        var last = Math.Min(anatomy.LevelCount - 1, c.start + c.length);
        var regimen = EmhRt.Doses.Fractionation.Create(null, c.fractions, EmhRt.Doses.Dose.FromGy(c.perFraction));
        if (!regimen.Success)
        {
            return true;
        }

        var request = ReportingCases.Seed003Request() with
        {
            Lesions = [EmhRt.Spine.VertebralSpan.Create(anatomy.LevelAt(c.start), anatomy.LevelAt(last))],
            Regimen = regimen.Value,
            PtvMargin = c.margin is { } m ? EmhRt.Volumes.PtvMargin.Isotropic(m) : null,
            StartDate = c.withDate ? new DateOnly(2026, 1, 1).AddDays(c.day) : null,
        };
        if (!PlanAssessor.Default.TryAssess(request, out var a, out _))
        {
            return true;
        }

        var text = Text(a);
        return text.EndsWith('\n') && !text.Contains('\r', StringComparison.Ordinal) && Lines(text).All(l => l.Length <= PlanTextReport.MaxWidth);
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(int start, int length, int fractions, double perFraction, double? margin, int day, bool withDate)>> Plans() =>
            (from start in Draw.Choose(0, 23)
             from length in Draw.Choose(0, 8)
             from fractions in Draw.Choose(1, 30)
             from perFraction in Draw.Elements(1.5, 1.8, 2.0, 2.5, 3.0, 4.0, 8.0)
             from margin in Draw.Elements<double?>(null, 0, 5, 10, 20, 50)
             from day in Draw.Choose(0, 400)
             from withDate in Draw.Elements(true, false)
             select (start, length, fractions, perFraction, margin, day, withDate)).ToArbitrary();
    }
}
