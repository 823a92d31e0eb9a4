using EmhRt.Cli;

namespace EmhRt.Cli.Tests;

public class ParseErrorTests
{
    private static void AssertUsageError(CliRun run, string expectedMessage)
    {
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("error: " + expectedMessage, run.ErrorLines);
        Assert.DoesNotContain("Usage:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Options:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_exits_2_with_a_message_and_no_help_dump()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T9", "--bogus");
        AssertUsageError(run, "Unrecognized command or argument '--bogus'.");
        Assert.Equal("Run 'emhrt plan --help' for usage and examples.", run.ErrorLines[^1]);
    }

    [Fact]
    public void Decimal_comma_exits_2_naming_the_option()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T9", "--dose", "2,5");
        AssertUsageError(run, "--dose: '2,5' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)");
    }

    [Theory]
    [InlineData("-1", "--dose: '-1' is negative: a dose must not be negative")]
    [InlineData("0", "--dose: '0' is not allowed: a dose must be greater than 0 Gy")]
    [InlineData("0cGy", "--dose: '0cGy' is not allowed: a dose must be greater than 0 Gy")]
    [InlineData("NaN", "--dose: 'NaN' is not a number: expected a dose such as '20 Gy'")]
    [InlineData("Infinity", "--dose: 'Infinity' is not a number: expected a dose such as '20 Gy'")]
    [InlineData("20mGy", "--dose: unknown unit 'mGy': expected Gy or cGy")]
    public void Invalid_dose_exits_2(string value, string message) =>
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5-T9", "--dose", value), message);

    [Fact]
    public void Zero_fractions_exits_2() =>
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5-T9", "--fractions", "0"), "--fractions: '0' is not allowed: a course has at least 1 fraction");

    [Fact]
    public void Fractional_fraction_count_exits_2() =>
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5-T9", "--fractions", "2.0"), "--fractions: '2.0' is not a whole number: expected a number of fractions such as '1' or '10'");

    [Fact]
    public void Missing_required_lesion_exits_2() =>
        AssertUsageError(CliHarness.Run("plan", "--dose", "20"), "Option '--lesion' is required.");

    [Fact]
    public void Html_format_is_refused_clearly_by_commands_without_a_page() =>
        AssertUsageError(CliHarness.Run("ctv", "--lesion", "T5-T9", "--format", "html"), "--format html is not available yet: use text, json or csv");

    [Fact]
    public void Unknown_choice_lists_the_allowed_values()
    {
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5-T9", "--fail-on", "error"), "--fail-on: 'error' is not allowed: use info, caution, warning or never");
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5-T9", "--sex", "w"), "--sex: 'w' is not allowed: use female or male");
    }

    [Fact]
    public void Non_iso_date_shows_the_expected_form() =>
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5-T9", "--start", "02.03.2026"), "--start: '02.03.2026' is not a date: expected YYYY-MM-DD, e.g. 2026-12-01");

    [Fact]
    public void Invalid_repeated_holiday_is_reported() =>
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5-T9", "--holiday", "2026-04-06", "--holiday", "2026-13-01"), "--holiday: '2026-13-01' is not a date: the month must be 01–12 and the year 0001–9999");

    [Fact]
    public void Every_problem_gets_its_own_line()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T9", "--dose", "-1", "--fractions", "0", "--margin", "-2");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: --dose: '-1' is negative: a dose must not be negative", run.ErrorLines);
        Assert.Contains("error: --fractions: '0' is not allowed: a course has at least 1 fraction", run.ErrorLines);
        Assert.Contains("error: --margin: '-2' is negative: a length must not be negative", run.ErrorLines);
        Assert.Equal(4, run.ErrorLines.Length);
    }

    [Fact]
    public void Missing_input_file_exits_2_naming_it()
    {
        string missing = Path.Combine(Path.GetTempPath(), "emhrt-missing-" + Guid.NewGuid().ToString("N") + ".json");
        AssertUsageError(CliHarness.Run("protocol", "check", missing), $"FILE: file '{missing}' does not exist");
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5", "--protocol", missing), $"--protocol: file '{missing}' does not exist");
    }

    [Fact]
    public void Output_that_is_a_directory_exits_2() =>
        AssertUsageError(CliHarness.Run("plan", "--lesion", "T5", "--output", Path.GetTempPath()), $"--output: '{Path.GetTempPath()}' is a directory: give a file name");

    [Fact]
    public void No_command_exits_2_without_help_dump()
    {
        var run = CliHarness.Run();
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }
}
