using System.Text.Json.Nodes;
using EmhRt.Doses;
using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Reporting;
using EmhRt.Reporting.Html;
using EmhRt.Spine;

namespace EmhRt.Tests.Reporting;

/// <summary>
/// Issue 18 leftovers: every BED is labelled with its α/β (text, JSON field names, HTML), and the per-level re-irradiation
/// output names the tissue (spinal cord or cauda equina) in text, JSON and HTML.
/// </summary>
public class BedAndTissueLabelTests
{
    /// <summary>Issue 18's example: L3, 15 Gy x 1 after 20 Gy/10 to L2-L4; every level lies below the conus (L1).</summary>
    private static PlanAssessment CaudaEquinaReirradiation()
    {
        return PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with
        {
            Lesions = ReportingCases.Spans("L3"),
            Regimen = Fractionation.Parse("15 Gy/1").Value,
            PtvMargin = null,
            PriorCourses = [new PriorCourse(Fractionation.Parse("20 Gy/10").Value, new DateOnly(2025, 1, 10), [VertebralSpan.Create(VertebralLevel.Lumbar(2), VertebralLevel.Lumbar(4))], SpineAnatomy.Standard)],
        });
    }

    [Theory]
    [InlineData(2, "Gy₂")]
    [InlineData(4, "Gy₄")]
    [InlineData(10, "Gy₁₀")]
    [InlineData(12, "Gy₁₂")]
    [InlineData(2.5, "Gy (α/β 2.5 Gy)")]
    [InlineData(0.87, "Gy (α/β 0.87 Gy)")]
    [InlineData(100, "Gy (α/β 100 Gy)")]
    public void A_bed_unit_carries_its_alpha_beta(double alphaBeta, string unit) => Assert.Equal(unit, BedUnitText.Format(alphaBeta));

    [Fact]
    public void The_text_table_labels_each_bed_with_its_alpha_beta()
    {
        var text = PlanTextReport.ToText(ReportingCases.Seed003(), ReportingCases.Tool, useColor: false);
        Assert.Contains("24.0 Gy₁₀", text, StringComparison.Ordinal);
        Assert.Contains("40.0 Gy₂", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_radiobiology_gives_the_bed_under_a_name_that_says_its_alpha_beta()
    {
        var json = JsonNode.Parse(PlanJsonReport.ToJson(ReportingCases.Seed003(), ReportingCases.Tool, indented: false))!;
        foreach (var tissue in json["radiobiology"]!.AsArray())
        {
            Assert.Equal((double)tissue!["bedGy"]!, (double)tissue["bedAtAlphaBetaGy"]!);
        }

        Assert.Equal(24, (double)json["radiobiology"]![0]!["bedAtAlphaBetaGy"]!);
    }

    [Fact]
    public void Cauda_equina_levels_are_named_so_in_json_text_and_html()
    {
        var a = CaudaEquinaReirradiation();
        var json = JsonNode.Parse(PlanJsonReport.ToJson(a, ReportingCases.Tool, indented: false))!;
        var levels = json["reirradiation"]!["levels"]!.AsArray();
        Assert.Equal(["L2", "L3", "L4"], levels.Select(l => (string?)l!["level"]));
        Assert.All(levels, l => Assert.Equal("cauda equina", (string?)l!["tissue"]));
        Assert.Equal(167.5, (double)levels[1]!["cumulativeBedGy2"]!);

        var text = PlanTextReport.ToText(a, ReportingCases.Tool, useColor: false);
        Assert.Contains("cumulative cord BED max 167.5 Gy₂ at L2 in the cauda equina", text, StringComparison.Ordinal);
        var flat = string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("101.3 Gy₄ at the cauda equina α/β 4 Gy used above, not compared with these limits", flat, StringComparison.Ordinal);

        var html = PlanHtmlReport.ToHtml(a, ReportingCases.Tool, new HtmlReportOptions { AssessedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero) });
        Assert.Contains("<th scope=\"row\">L3</th><td>cauda equina</td><td class=\"num\">167.5 Gy₂</td>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>167.5 Gy₂</strong>", html, StringComparison.Ordinal);
        Assert.Contains(" at L2 in the cauda equina", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Thoracic_levels_are_the_spinal_cord()
    {
        var json = JsonNode.Parse(PlanJsonReport.ToJson(ReportingCases.Seed003WithPriorCourse(), ReportingCases.Tool, indented: false))!;
        Assert.All(json["reirradiation"]!["levels"]!.AsArray(), l => Assert.Equal("spinal cord", (string?)l!["tissue"]));
    }
}
