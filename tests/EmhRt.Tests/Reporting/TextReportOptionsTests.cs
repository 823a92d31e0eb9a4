using EmhRt.Reporting;

namespace EmhRt.Tests.Reporting;

public class TextReportOptionsTests
{
    [Fact]
    public void Default_width_is_80_and_narrower_than_40_is_refused()
    {
        Assert.Equal(80, new TextReportOptions().Width);
        Assert.Equal(40, new TextReportOptions { Width = 40 }.Width);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextReportOptions { Width = 39 });
    }

    [Fact]
    public void Verdict_is_the_first_line_at_every_width_and_in_brief()
    {
        foreach (var options in new[] { new TextReportOptions(), new TextReportOptions { Width = 120 }, new TextReportOptions { Brief = true } })
        {
            var text = PlanTextReport.ToText(ReportingCases.SingleFraction(), ReportingCases.Tool, options);
            Assert.StartsWith("Verdict: Warning: review before treating (", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Brief_report_lists_every_finding_code_on_one_line_without_references()
    {
        var a = ReportingCases.SingleFraction();
        var lines = PlanTextReport.ToText(a, ReportingCases.Tool, new TextReportOptions { Brief = true }).Split('\n');
        foreach (var code in a.Findings.Select(f => f.Code).Distinct())
        {
            Assert.Equal(a.Findings.Count(f => f.Code == code), lines.Count(l => l.Contains(" " + code + "  ", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain("References", lines);
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
    }

    [Theory]
    [InlineData("Short. Second sentence.", 40, "Short.")]
    [InlineData("A long first sentence that does not fit at all", 20, "A long first senten…")]
    [InlineData("No full stop", 40, "No full stop")]
    public void One_line_message_is_the_first_sentence_cut_to_the_width(string message, int width, string expected) =>
        Assert.Equal(expected, TextReportWriter.OneLine(message, width));
}
