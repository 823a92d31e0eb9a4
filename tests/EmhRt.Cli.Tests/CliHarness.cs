using System.CommandLine;
using System.Globalization;
using EmhRt.Cli;

namespace EmhRt.Cli.Tests;

/// <summary>Runs the real command tree with StringWriters.</summary>
internal static class CliHarness
{
    public static CliRun Run(params string[] args) => Run(CliApp.Build(CliEnvironment.Redirected), args);

    public static CliRun Run(RootCommand root, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int exit = CliApp.Run(root, args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>plan</c> with its real options but an action that captures the bound options.</summary>
    public static (CliRun Run, PlanOptions? Options) BindPlan(params string[] planArgs)
    {
        var root = CliApp.Build(CliEnvironment.Redirected);
        var plan = root.Subcommands.OfType<PlanCommand>().Single();
        PlanOptions? captured = null;
        plan.SetAction(parseResult =>
        {
            captured = plan.Binder.Bind(parseResult);
            return ExitCodes.Success;
        });
        var run = Run(root, ["plan", .. planArgs]);
        return (run, captured);
    }

    public static void UnderCulture(string name, Action action)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(name);
            CultureInfo.CurrentUICulture = new CultureInfo(name);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}

internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
