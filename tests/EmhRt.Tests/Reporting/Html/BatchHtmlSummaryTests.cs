using System.Globalization;
using EmhRt.Findings;
using EmhRt.Reporting.Html;

namespace EmhRt.Tests.Reporting.Html;

public class BatchHtmlSummaryTests
{
    private static BatchHtmlSummary Sample(int warnings)
    {
        var summary = new BatchHtmlSummary();
        summary.Add(2, "p1", passes: true, Severity.Info, ["FOLLOW_UP", "GEOMETRY_ESTIMATED"], 20, 160);
        summary.Add(3, "p2", passes: false, Severity.Caution, ["DOSE_ABOVE_RANGE"], 31.25, 455);
        summary.AddInvalid();
        for (var i = 0; i < warnings; i++)
        {
            summary.Add(10 + i, "<w" + i.ToString(CultureInfo.InvariantCulture) + ">", passes: false, Severity.Warning, ["DOSE_BELOW_RANGE", "GEOMETRY_ESTIMATED"], 9.75, null);
        }

        return summary;
    }

    [Fact]
    public void Page_counts_rows_by_status_and_by_finding_code()
    {
        var page = HtmlCases.Parse(Sample(2).ToHtml(ReportingCases.Tool, "plans.csv", HtmlCases.AssessedAt));
        Assert.Equal("EMH radiotherapy batch summary: plans.csv", page.Title);
        Assert.Equal("5 rows: 1 passed, 3 with findings, 1 invalid", page.QuerySelector("#verdict h2")!.TextContent);
        var status = page.QuerySelectorAll("#by-status tbody tr").Select(r => r.TextContent).ToArray();
        Assert.Equal(["pass1", "findings3", "invalid1"], status);
        var codes = page.QuerySelectorAll("#by-code tbody tr").Select(r => r.TextContent).ToArray();
        Assert.Equal(["GEOMETRY_ESTIMATED3", "DOSE_BELOW_RANGE2", "DOSE_ABOVE_RANGE1", "FOLLOW_UP1"], codes);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", page.QuerySelector("meta[http-equiv]")!.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public void Histograms_put_each_value_in_its_bin_with_a_table_as_text_alternative()
    {
        var page = HtmlCases.Parse(Sample(2).ToHtml(ReportingCases.Tool, "plans.csv", null));
        var eqd2 = page.QuerySelectorAll("#hist-eqd2 rect[data-bin]").Select(r => (r.GetAttribute("data-bin"), r.GetAttribute("data-count"))).ToArray();
        Assert.Equal([("8–10", "2"), ("20–22", "1"), ("30–32", "1")], eqd2);
        var ptv = page.QuerySelectorAll("#hist-ptv rect[data-bin]").Select(r => (r.GetAttribute("data-bin"), r.GetAttribute("data-count"))).ToArray();
        Assert.Equal([("150–175", "1"), ("450–475", "1")], ptv);
        Assert.Equal("img", page.QuerySelector("#hist-eqd2 svg")!.GetAttribute("role"));
        Assert.Equal(3, page.QuerySelectorAll("table.histogram")[0].QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void Rows_with_warnings_are_listed_escaped_and_capped()
    {
        var few = HtmlCases.Parse(Sample(2).ToHtml(ReportingCases.Tool, "<plans>.csv", null));
        var rows = few.QuerySelectorAll("#warning-rows tbody tr");
        Assert.Equal(["10", "<w0>", "DOSE_BELOW_RANGE, GEOMETRY_ESTIMATED"], rows[0].Children.Select(c => c.TextContent).ToArray());
        Assert.Contains("<plans>.csv", few.Title, StringComparison.Ordinal);

        var many = Sample(BatchHtmlSummary.MaxListedRows + 50);
        var page = HtmlCases.Parse(many.ToHtml(ReportingCases.Tool, "plans.csv", null));
        Assert.Equal(BatchHtmlSummary.MaxListedRows, page.QuerySelectorAll("#warning-rows tbody tr").Length);
        Assert.StartsWith("The first 100 of 150 listed (at most 100)", page.QuerySelector("#warnings p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_size_does_not_grow_with_the_batch_beyond_the_cap()
    {
        var small = Sample(BatchHtmlSummary.MaxListedRows).ToHtml(ReportingCases.Tool, "plans.csv", null).Length;
        var large = Sample(20 * BatchHtmlSummary.MaxListedRows).ToHtml(ReportingCases.Tool, "plans.csv", null).Length;
        // Only the counts' digits and the warning count grow.
        Assert.InRange(large - small, 0, 200);
    }
}
