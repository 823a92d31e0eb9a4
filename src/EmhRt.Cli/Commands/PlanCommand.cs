using System.CommandLine;

namespace EmhRt.Cli;

/// <summary><c>emhrt plan</c>: check one proposed plan.</summary>
internal static class PlanCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command(
            "plan",
            "Check one proposed EMH plan: CTV/PTV, regimen, BED/EQD2, treatment calendar and findings with citations.");
        var binder = new PlanOptionsBinder();
        binder.AddTo(command);
        command.SetAction(parseResult => Execute(binder.Bind(parseResult), CliApp.GetIO(parseResult)));
        examples.Set(
            command,
            "emhrt plan --lesion T5-T9 --dose 20 --fractions 10",
            "emhrt plan --lesion T5-T9 --dose 2000cGy --fractions 10 --margin 5mm --start 2026-03-02 --holiday 2026-04-06",
            "emhrt plan --lesion T8-T11 --dose-per-fraction 2 --fractions 10 --prior 30Gy/15@2023-01-10:T3-T8 --format json --output plan.json",
            "emhrt plan --lesion T5-T9 --dose 20 --fractions 10 --fail-on caution");
        return command;
    }

    /// <summary>The lead replaces this body: map <paramref name="options"/> to the library's plan request, write the report, return the exit code.</summary>
    internal static int Execute(PlanOptions options, CommandIO io)
    {
        ArgumentNullException.ThrowIfNull(options);
        return NotWired.Report(io, "plan");
    }
}
