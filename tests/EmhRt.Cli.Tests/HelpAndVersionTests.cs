using System.Reflection;
using EmhRt.Cli;

namespace EmhRt.Cli.Tests;

public class HelpAndVersionTests
{
    public static TheoryData<string[]> Commands => new()
    {
        Array.Empty<string>(),
        new[] { "plan" },
        new[] { "eqd2" },
        new[] { "schedule" },
        new[] { "ctv" },
        new[] { "cases" },
        new[] { "protocol" },
        new[] { "protocol", "show" },
        new[] { "protocol", "check" },
        new[] { "batch" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_on_every_command_shows_examples_and_exit_codes(string[] command)
    {
        var run = CliHarness.Run([.. command, "--help"]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  emhrt " + string.Join(' ', command), run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Exit codes:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2  invalid usage or input", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("3  unexpected internal error", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_wins_over_parse_errors()
    {
        var run = CliHarness.Run("plan", "--dose", "2,5", "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--dose <GY>", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_help_lists_the_whole_option_contract()
    {
        string help = CliHarness.Run("plan", "--help").Stdout;
        string[] contract =
        [
            "--lesion <SPANS>", "--dose <GY>", "--fractions <N>", "--dose-per-fraction <GY>", "--treated <SPANS>",
            "--margin <MM>", "--margin-superior <MM>", "--margin-inferior <MM>", "--margin-radial <MM>",
            "--ctv-levels <N>", "--ctv-levels-above <N>", "--ctv-levels-below <N>", "--start <DATE>",
            "--holiday <DATE>", "--holidays-file <FILE>", "--treatment-days <LIST>", "--prior <COURSE>",
            "--age <YEARS>", "--sex <female|male>", "--thoracic-vertebrae <N>", "--lumbar-vertebrae <N>",
            "--spine-geometry <FILE>", "--alpha-beta-emh <GY>", "--alpha-beta-cord <GY>", "--protocol <FILE>",
            "--format <text|json|csv|html>", "--output <FILE>", "--fail-on <info|caution|warning|never>",
        ];
        foreach (string option in contract)
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_prints_the_package_version_and_the_commit_it_was_built_from()
    {
        var run = CliHarness.Run("--version");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        string informational = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        string[] parts = informational.Split('+');
        string commit = parts.Length > 1 ? parts[1] : "unknown";
        Assert.Equal($"{parts[0]} (commit {commit}){Environment.NewLine}", run.Stdout);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)? \(commit ([0-9a-f]{7,64}|unknown)\)\r?\n$", run.Stdout);
    }

    [Theory]
    [InlineData("0.1.0+0e704fa3c1d2e8f1a9b0c4d5e6f708192a3b4c5d", "0.1.0", "0e704fa3c1d2e8f1a9b0c4d5e6f708192a3b4c5d")]
    [InlineData("0.2.0-beta.1+ABCDEF1", "0.2.0-beta.1", "abcdef1")]
    [InlineData("0.1.0", "0.1.0", null)]
    [InlineData("0.1.0+local.build", "0.1.0", null)]
    public void Version_splits_the_commit_from_the_informational_version(string informational, string version, string? commit)
    {
        Assert.Equal((version, commit), VersionAction.Split(informational));
    }
}
