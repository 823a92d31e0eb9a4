namespace EmhRt.Cli.Tests;

public class CommandTreeTests
{
    [Fact]
    public void A_run_of_one_command_builds_only_that_command()
    {
        Assert.Equal(["plan"], CliApp.Build(CliEnvironment.Redirected, "plan").Subcommands.Select(c => c.Name));
        Assert.Equal(8, CliApp.Build(CliEnvironment.Redirected, "--help").Subcommands.Count);
        Assert.Equal(8, CliApp.Build(CliEnvironment.Redirected, "plna").Subcommands.Count);
    }

    [Fact]
    public void Running_through_the_process_entry_gives_the_same_result_as_the_full_tree()
    {
        string[] args = ["plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--format", "csv"];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, CliEnvironment.Redirected);
        var full = CliHarness.Run(args);
        Assert.Equal(full.ExitCode, exit);
        Assert.Equal(full.Stdout, stdout.ToString());
        Assert.Equal(full.Stderr, stderr.ToString());
    }

    [Fact]
    public void A_misspelt_command_is_reported_against_the_full_tree()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(ExitCodes.InvalidInput, CliApp.Run(["plna", "--lesion", "T5"], stdout, stderr, CliEnvironment.Redirected));
        Assert.Contains("plna", stderr.ToString(), StringComparison.Ordinal);
    }
}
