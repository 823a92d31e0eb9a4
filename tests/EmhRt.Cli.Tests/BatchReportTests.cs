namespace EmhRt.Cli.Tests;

/// <summary><c>emhrt batch … --report summary.html</c>.</summary>
public class BatchReportTests
{
    [Fact]
    public void Report_writes_a_summary_page_next_to_the_data()
    {
        using var dir = new EmhRt.Cli.Tests.EndToEnd.TempDirectory();
        var input = Path.Combine(dir.Path, "plans.csv");
        File.WriteAllText(input, "id,lesion,dose,fractions,margin,age,sex\np1,T5-T8,20,10,10,19,male\np2,T4-T8,9,3,,68,male\np3,T5-T8,\"2,5\",5,10,50,female\n");
        var report = Path.Combine(dir.Path, "summary.html");
        var run = CliHarness.Run("batch", input, "--output", Path.Combine(dir.Path, "results.csv"), "--report", report, "--quiet");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode); // an invalid row: exit 2, the pages are still written
        Assert.True(File.Exists(Path.Combine(dir.Path, "results.csv")));
        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"verdict-title\" class=\"words\" style=\"border:0;margin:0\">3 rows: 1 passed, 1 with findings, 1 invalid</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">3</th><td>p2</td>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"hist-eqd2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_to_standard_output_is_refused()
    {
        using var dir = new EmhRt.Cli.Tests.EndToEnd.TempDirectory();
        var input = Path.Combine(dir.Path, "plans.csv");
        File.WriteAllText(input, "id,lesion,dose,fractions\np1,T5-T8,20,10\n");
        var run = CliHarness.Run("batch", input, "--report", "-");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal("error: --report: give a file name (the summary page is not written to standard output)", run.ErrorLines[0]);
    }
}
