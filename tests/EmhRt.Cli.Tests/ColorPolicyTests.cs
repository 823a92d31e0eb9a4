using EmhRt.Cli;

namespace EmhRt.Cli.Tests;

public class ColorPolicyTests
{
    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "1", false)]
    [InlineData(true, "0", false)]
    [InlineData(false, null, false)]
    [InlineData(false, "", false)]
    public void Colour_only_on_a_terminal_without_a_non_empty_NO_COLOR(bool terminal, string? noColor, bool expected)
    {
        Assert.Equal(expected, ColorPolicy.UseColor(terminal, noColor));
        var environment = new CliEnvironment(terminal, name => name == "NO_COLOR" ? noColor : null);
        Assert.Equal(expected, ColorPolicy.UseColor(environment));
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "yes", false)]
    [InlineData(false, null, false)]
    public void Actions_see_the_injected_environment(bool terminal, string? noColor, bool expected)
    {
        var root = CliApp.Build(new CliEnvironment(terminal, name => name == "NO_COLOR" ? noColor : null));
        bool? seen = null;
        var command = new System.CommandLine.Command("probe");
        command.SetAction(pr =>
        {
            seen = CliApp.GetIO(pr).UseColor;
            return 0;
        });
        root.Add(command);
        Assert.Equal(0, CliHarness.Run(root, "probe").ExitCode);
        Assert.Equal(expected, seen);
    }
}
