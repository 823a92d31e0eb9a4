using System.CommandLine;

namespace EmhRt.Cli;

/// <summary><c>emhrt plan</c>: check one proposed plan. All options are declared by <see cref="Binder"/>.</summary>
internal sealed class PlanCommand : Command
{
    public PlanCommand(CommandExamples examples)
        : base("plan", "Check one proposed EMH plan: CTV/PTV, regimen, BED/EQD2, treatment calendar and findings with citations.")
    {
        ArgumentNullException.ThrowIfNull(examples);
        Binder.AddTo(this);
        SetAction(parseResult => Execute(Binder.Bind(parseResult), CliApp.GetIO(parseResult)));
        examples.Set(
            this,
            "emhrt plan --lesion T5-T9 --dose 20 --fractions 10",
            "emhrt plan --lesion T5-T9 --dose 2000cGy --fractions 10 --margin 5mm --start 2026-03-02 --holiday 2026-04-06",
            "emhrt plan --lesion T8-T11 --dose-per-fraction 2 --fractions 10 --prior 30Gy/15@2023-01-10:T3-T8 --format json --output plan.json",
            "emhrt plan --lesion T5-T9 --dose 20 --fractions 10 --fail-on caution");
    }

    /// <summary>The options of this command and their binding to <see cref="PlanOptions"/>.</summary>
    public PlanOptionsBinder Binder { get; } = new();

    /// <summary>
    /// The lead replaces this body: map <paramref name="options"/> to the library's plan request, write the
    /// report with <see cref="CommandIO.WriteReport(string?, string)"/>, and return <see cref="ExitCodes.Success"/>
    /// or <see cref="ExitCodes.FindingsAtOrAboveThreshold"/> according to <see cref="PlanOptions.FailOn"/>.
    /// </summary>
    internal static int Execute(PlanOptions options, CommandIO io)
    {
        ArgumentNullException.ThrowIfNull(options);
        return NotWired.Report(io, "plan");
    }
}
