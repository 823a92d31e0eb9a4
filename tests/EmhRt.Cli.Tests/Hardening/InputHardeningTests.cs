using System.Text;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests.Hardening;

/// <summary>Issue 19, input: sizes and numbers bounded where they enter, files bounded while read, text escaped.</summary>
public sealed class InputHardeningTests
{
    private static readonly string[] Plan = ["plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10"];

    [Fact]
    public void Fractions_of_int_max_exit_2_with_the_limit_not_out_of_memory()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "2147483647");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(["error: --dose/--fractions/--dose-per-fraction: 2147483647 fractions is implausible (input-sanity limit 100 fractions)"], run.ErrorLines);
    }

    [Fact]
    public void A_tiny_dose_per_fraction_that_makes_a_million_fractions_is_refused()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "99", "--dose-per-fraction", "0.0001");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("990000 fractions: implausible (input-sanity limit 100 fractions)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dose_below_the_resolution_doses_are_written_at_is_refused_by_the_dose_grammar()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "99", "--dose-per-fraction", "0.0000001");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: --dose-per-fraction: '0.0000001' is not allowed: a dose must be at least 0.0001 Gy (0.01 cGy), the resolution at which EmhRt writes doses", run.ErrorLines);
    }

    [Theory]
    [InlineData("--fractions", "100000000", "--fractions: 100000000 fractions is implausible (input-sanity limit 100 fractions)")]
    [InlineData("--dose-per-fraction", "0.0001", "--dose-per-fraction: the target 50 Gy needs ")]
    public void The_eqd2_inverse_bounds_the_fraction_count_too(string option, string value, string expected)
    {
        var run = CliHarness.Run("eqd2", "--target-eqd2", "50", "--alpha-beta", "2", option, value);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("error: " + expected, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "id,lesion,dose,fractions\np1,T5-T8,20,500000000\np2,T5-T8,20,10\n")]
    [InlineData("jsonl", "{\"id\":\"p1\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":500000000}\n{\"id\":\"p2\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n")]
    public void Batch_rows_with_half_a_billion_fractions_are_invalid_in_every_output_format(string inputFormat, string content)
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans." + inputFormat, content);
        foreach (var format in new[] { "csv", "jsonl" })
        {
            var run = CliHarness.Run("batch", input, "--quiet", "--format", format);
            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => l.Contains("500000000 fractions is implausible (input-sanity limit 100 fractions)", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("p2", StringComparison.Ordinal) && !l.Contains("invalid", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("0.000001")]
    [InlineData("100000")]
    public void Extreme_alpha_beta_values_are_refused_with_the_range(string value)
    {
        var run = CliHarness.Run([.. Plan, "--alpha-beta-cord", value]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("must be from 0.01 to 1000 Gy (input-sanity limit)", line, StringComparison.Ordinal);

        var eqd2 = CliHarness.Run("eqd2", "--dose", "20", "--fractions", "10", "--alpha-beta", value);
        Assert.Equal(ExitCodes.InvalidInput, eqd2.ExitCode);
        Assert.Contains("must be from 0.01 to 1000 Gy", eqd2.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.000001")]
    [InlineData("100000")]
    public void Batch_rows_with_extreme_alpha_beta_are_one_line_invalid_rows(string value)
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", $"id,lesion,dose,fractions,alpha_beta_cord\np1,T5-T8,20,10,{value}\n");
        var run = CliHarness.Run("batch", input, "--quiet");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("column alpha_beta_cord: an α/β of ", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-320")]
    [InlineData("1.797e308")]
    [InlineData("0.001")]
    public void Protocol_check_refuses_extreme_alpha_beta_so_plan_never_crashes_on_it(string value)
    {
        using var dir = new TempDirectory();
        var json = EmhRt.Protocol.EmhProtocol.DefaultJson.Replace("\"cordGy\": 2", "\"cordGy\": " + value, StringComparison.Ordinal);
        Assert.NotEqual(EmhRt.Protocol.EmhProtocol.DefaultJson, json);
        var path = dir.Write("p.json", json);
        var check = CliHarness.Run("protocol", "check", path);
        Assert.Equal(ExitCodes.InvalidInput, check.ExitCode);
        Assert.Contains("$.alphaBeta.cordGy: must be from 0.01 to 1000 (input-sanity limit)", check.Stderr, StringComparison.Ordinal);
        var plan = CliHarness.Run([.. Plan, "--protocol", path]);
        Assert.Equal(ExitCodes.InvalidInput, plan.ExitCode);
        Assert.Contains("$.alphaBeta.cordGy: must be from 0.01 to 1000", plan.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--holidays-file")]
    [InlineData("--spine-geometry")]
    [InlineData("--protocol")]
    public void An_endless_input_file_is_refused_at_1_MiB(string option)
    {
        var run = CliHarness.Run([.. Plan, option, "/dev/zero"]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains(option, line, StringComparison.Ordinal);
        Assert.Contains("1048576 bytes (1 MiB", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_protocol_from_dev_zero_is_refused_at_1_MiB()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\np1,T5-T8,20,10\n");
        var run = CliHarness.Run("batch", input, "--protocol", "/dev/zero");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("1048576 bytes (1 MiB)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holidays_file_with_invalid_utf8_names_the_line_and_byte()
    {
        using var dir = new TempDirectory();
        var path = dir.File("holidays.txt");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("2026-12-25\n2027-01-01 # "), 0xFF, (byte)'\n']);
        var run = CliHarness.Run([.. Plan, "--holidays-file", path]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal([$"error: --holidays-file: {path}: invalid UTF-8 at line 2, byte 14 of the line (byte 25 of the file, 0xFF): save the file as UTF-8"], run.ErrorLines);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'i', (byte)'d', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"', (byte)'}' }, "invalid UTF-8 at line 1, byte 8 of the line")]
    [InlineData(new byte[] { (byte)'{', (byte)'\n', (byte)'"', (byte)'i', (byte)'d', (byte)'"', (byte)':', (byte)'"', (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0', (byte)'"', (byte)'}' }, "invalid JSON at line 2, byte 6 of the line: a string holds a \\u escape that is not valid UTF-16")]
    public void Protocol_with_invalid_utf8_or_an_unpaired_surrogate_exits_2_with_the_position(byte[] content, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.json");
        File.WriteAllBytes(path, content);
        foreach (var args in new[] { new[] { "protocol", "check", path }, [.. Plan, "--protocol", path] })
        {
            var run = CliHarness.Run(args);
            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Geometry_json_with_an_unpaired_surrogate_exits_2_with_the_position()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("g.json", "[{\"level\":\"T5\\ud800\",\"topMm\":1,\"bottomMm\":2}]");
        var run = CliHarness.Run([.. Plan, "--spine-geometry", path]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("invalid JSON at line 1, byte 11 of the line: a string holds a \\u escape", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_value_never_a_response_file()
    {
        using var dir = new TempDirectory();
        var secret = dir.Write("secret.txt", "TOPSECRET\n");
        var run = CliHarness.Run("plan", "--lesion", "@" + secret, "--dose", "20", "--fractions", "10");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.DoesNotContain("TOPSECRET", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--lesion: '@" + secret + "'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_reads_a_file_whose_name_starts_with_at()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("@plans.csv", "id,lesion,dose,fractions\np1,T5-T8,20,10\n");
        var run = CliHarness.Run("batch", input, "--quiet");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("p1,pass", run.Stdout, StringComparison.Ordinal);
        var relative = CliHarness.Run("batch", "@no-such-file.csv", "--quiet");
        Assert.Equal(["error: input: file '@no-such-file.csv' does not exist"], relative.ErrorLines);
    }

    [Fact]
    public void Control_characters_from_input_are_escaped_in_error_messages()
    {
        var run = CliHarness.Run("plan", "--lesion", "\u001b[2JT5", "--dose", "20", "--fractions", "10");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.Contains("'\\u001B[2JT5'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_protocol_id_are_escaped_in_the_text_report()
    {
        using var dir = new TempDirectory();
        var json = EmhRt.Protocol.EmhProtocol.DefaultJson.Replace("\"emh-default\"", "\"evil\\u001b]0;pwned\\u0007\"", StringComparison.Ordinal);
        var path = dir.Write("p.json", json);
        var run = CliHarness.Run([.. Plan, "--protocol", path]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.DoesNotContain('\u0007', run.Stdout);
        Assert.Contains("evil\\u001B]0;pwned\\u0007", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Age_minus_zero_is_refused_as_negative_and_age_zero_is_aged_0_years()
    {
        // One grammar (issue 17): no sign, so "-0" is refused like "-1" and can never be printed "aged -0 years".
        var refused = CliHarness.Run([.. Plan, "--age=-0"]);
        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("error: --age: '-0' is negative: an age must not be negative", refused.ErrorLines);

        var run = CliHarness.Run([.. Plan, "--age", "0"]);
        Assert.DoesNotContain("-0 years", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("aged 0 years", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_outside_the_bmp_is_named_as_one_code_point()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5😀", "--dose", "20", "--fractions", "10");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("'😀' (U+1F600)", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("U+D83D", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ctv-levels-above", "T3-T9", "margin 2 levels above, 1 level below")]
    [InlineData("--ctv-levels-below", "T4-T10", "margin 1 level above, 2 levels below")]
    public void One_directional_ctv_level_margin_alone_takes_the_other_from_the_protocol(string option, string ctv, string margin)
    {
        var run = CliHarness.Run([.. Plan, option, "2", "--format", "text"]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(ctv + ": 7 levels, " + margin, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_option_gets_a_did_you_mean_suggestion()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "20", "--fractoins", "10");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: Unrecognized command or argument '--fractoins'. Did you mean '--fractions'?", run.ErrorLines);
    }

    [Theory]
    [InlineData("eqd2")]
    [InlineData("schedule")]
    [InlineData("ctv")]
    [InlineData("cases")]
    [InlineData("protocol")]
    public void Exit_code_help_of_commands_without_fail_on_does_not_mention_it(string command)
    {
        var run = CliHarness.Run(command, "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("--fail-on", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("batch")]
    public void Exit_code_help_of_commands_with_fail_on_mentions_it(string command)
    {
        var run = CliHarness.Run(command, "--help");
        Assert.Contains("1  findings at or above --fail-on", run.Stdout, StringComparison.Ordinal);
    }
}
