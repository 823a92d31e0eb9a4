using System.CommandLine;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reporting;
using EmhRt.Reporting.Html;

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
            "emhrt plan --lesion T8-T11 --dose-per-fraction 2 --fractions 10 --start 2026-03-02 --prior 30Gy/15@2023-01-10:T3-T8 --format json --output plan.json",
            "emhrt plan --lesion T5-T9 --dose 20 --fractions 10 --fail-on caution");
    }

    /// <summary>The options of this command and their binding to <see cref="PlanOptions"/>.</summary>
    public PlanOptionsBinder Binder { get; } = new();

    /// <summary>The tool's identity as written into reports.</summary>
    public static ToolIdentity Tool { get; } = new("emhrt", VersionAction.Version);

    /// <summary>
    /// Maps the options to the library's plan input, assesses it, writes the report in the chosen format and
    /// returns 0 (passes), 1 (a finding at or above <c>--fail-on</c>) or 2 (invalid input, every problem listed).
    /// </summary>
    internal static int Execute(PlanOptions options, CommandIO io)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(io);
        if (!PlanCommandInput.TryLoad(options, out var input, out var assessor, out var fileErrors))
        {
            foreach (var error in fileErrors)
            {
                io.Error.WriteLine("error: " + TextEscaping.Escape(error));
            }

            return ExitCodes.InvalidInput;
        }

        var request = input.ToRequest();
        if (!request.Success)
        {
            foreach (var error in request.Errors)
            {
                io.Error.WriteLine($"error: {PlanFieldNames.Option(error.Field)}: {TextEscaping.Escape(error.Message)}");
            }

            return ExitCodes.InvalidInput;
        }

        if (!assessor.TryAssess(request.Request, out var assessment, out var assessError))
        {
            return io.InputError(PlanFieldNames.ForAssessmentError(assessError) is { } field ? $"{PlanFieldNames.Option(field)}: {assessError}" : assessError);
        }

        var failOn = PlanCommandInput.ToSeverity(options.FailOn);
        var useColor = io.UseColor && IsStdout(options.OutputFile);
        var text = new TextReportOptions
        {
            Width = options.Width ?? (IsStdout(options.OutputFile) ? io.TerminalWidth : null) ?? TextReportOptions.DefaultWidth,
            Brief = options.Brief,
            UseColor = useColor,
        };
        var html = new HtmlReportOptions { Label = options.Label, AssessedAt = options.AssessedAt ?? TruncateToSeconds(DateTimeOffset.UtcNow) };
        io.WriteReport(options.OutputFile, writer => Render(writer, assessment, options.Format, failOn, text, html));
        return assessment.Passes(failOn) ? ExitCodes.Success : ExitCodes.FindingsAtOrAboveThreshold;
    }

    private static bool IsStdout(string? path) => path is null || path == "-";

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);

    private static void Render(TextWriter writer, PlanAssessment assessment, OutputFormat format, Severity? failOn, TextReportOptions text, HtmlReportOptions html)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.Write(PlanJsonReport.ToJson(assessment, Tool, indented: true));
                writer.Write('\n');
                break;
            case OutputFormat.Csv:
                PlanCsvReport.WriteSingle(writer, assessment, failOn);
                break;
            case OutputFormat.Html:
                PlanHtmlReport.Write(writer, assessment, Tool, html);
                break;
            default:
                // Input text (a protocol id, a description) may hold control characters: escape them for the terminal.
                using (var report = new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
                {
                    PlanTextReport.Write(report, assessment, Tool, text);
                    writer.Write(TextEscaping.EscapeReport(report.ToString(), text.UseColor));
                }

                break;
        }
    }
}
