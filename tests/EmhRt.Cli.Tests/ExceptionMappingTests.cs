using System.CommandLine;
using EmhRt.Cli;

namespace EmhRt.Cli.Tests;

public class ExceptionMappingTests
{
    private static RootCommand TreeWith(string name, Func<ParseResult, int> action)
    {
        var root = CliApp.Build(CliEnvironment.Redirected);
        var command = new Command(name, "test command");
        command.SetAction(action);
        root.Add(command);
        return root;
    }

    private static int Boom() => throw new InvalidOperationException("boom");

    [Fact]
    public void Unhandled_exception_exits_3_with_one_line_and_no_stack_trace()
    {
        var run = CliHarness.Run(TreeWith("throw", _ => Boom()), "throw");
        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal(
            ["error: unexpected internal error (InvalidOperationException: boom); run again with --verbose for details"],
            run.ErrorLines);
        Assert.DoesNotContain(nameof(Boom), run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unhandled_exception_under_verbose_shows_the_stack_trace()
    {
        var run = CliHarness.Run(TreeWith("throw", _ => Boom()), "throw", "--verbose");
        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal("error: unexpected internal error (InvalidOperationException: boom)", run.ErrorLines[0]);
        Assert.Contains(nameof(Boom), run.Stderr, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_before_the_command_name_also_counts()
    {
        var run = CliHarness.Run(TreeWith("throw", _ => Boom()), "--verbose", "throw");
        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Contains(nameof(Boom), run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_exception_exits_2_with_its_message_only()
    {
        var run = CliHarness.Run(TreeWith("bad", _ => throw new CliInputException("--lesion: 'T13' is not a vertebra")), "bad");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(["error: --lesion: 'T13' is not a vertebra"], run.ErrorLines);
    }

    [Fact]
    public void InputError_helper_writes_to_the_invocation_error_writer_and_returns_2()
    {
        var run = CliHarness.Run(TreeWith("bad", pr => CliApp.GetIO(pr).InputError("nothing to do")), "bad");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(["error: nothing to do"], run.ErrorLines);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Action_output_goes_to_the_given_writer_and_its_exit_code_is_kept()
    {
        var run = CliHarness.Run(TreeWith("ok", pr =>
        {
            CliApp.GetIO(pr).Output.Write("report");
            return ExitCodes.FindingsAtOrAboveThreshold;
        }), "ok");
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, run.ExitCode);
        Assert.Equal("report", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Unwritable_output_through_an_action_exits_2_naming_the_path()
    {
        string file = Path.GetTempFileName();
        try
        {
            string target = Path.Combine(file, "report.txt");
            var run = CliHarness.Run(TreeWith("write", pr =>
            {
                CliApp.GetIO(pr).WriteReport(target, "content");
                return ExitCodes.Success;
            }), "write");
            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Single(run.ErrorLines);
            Assert.StartsWith($"error: cannot write '{target}'", run.ErrorLines[0], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
