using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Planning.Input;
using EmhRt.Reporting;

namespace EmhRt.Cli.Batch;

/// <summary>
/// The clinical step of <c>emhrt batch</c>: one row → <see cref="PlanInput"/> → <see cref="PlanAssessor"/> →
/// one output row. The same library calls as <c>emhrt plan</c>, so both give the same figures. Thread-safe.
/// One instance per batch run (<c>emhrt batch</c> makes one per invocation): it owns the run's memo tables
/// (<see cref="BatchCellCache"/>, <see cref="BatchInputParsers"/>, <see cref="BatchCsvTexts"/>), so two runs in one process share
/// nothing and the memory goes with the run.
/// </summary>
internal sealed class PlanBatchProcessor : IBatchRowProcessor
{
    private readonly PlanAssessor _assessor;
    private readonly ToolIdentity _tool;
    private readonly Severity? _failOn;
    private readonly string? _treatmentDays;
    private readonly PlanJsonSections _sections;
    private readonly BatchCellCache _cells = new();
    private readonly BatchInputParsers _parsers = new();
    private readonly BatchCsvTexts _texts = new();

    /// <param name="assessor">The assessor (one protocol).</param>
    /// <param name="tool">The producing tool, written in JSON Lines rows.</param>
    /// <param name="failOn">The lowest severity that makes a row's status <c>findings</c>; null: never.</param>
    /// <param name="treatmentDays">The <c>--treatment-days</c> text for every row, or null.</param>
    /// <param name="sections">The JSON sections of a JSON Lines row (<c>--sections</c>); <see cref="PlanJsonSections.All"/> by default.</param>
    public PlanBatchProcessor(PlanAssessor assessor, ToolIdentity tool, Severity? failOn, string? treatmentDays, PlanJsonSections sections = PlanJsonSections.All)
    {
        _assessor = assessor;
        _tool = tool;
        _failOn = failOn;
        _treatmentDays = treatmentDays;
        _sections = sections;
    }

    public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format)
    {
        if (!BatchPlanInput.TryParse(row, _cells, _treatmentDays, out var input, out var cellError))
        {
            return BatchOutputRow.Invalid(cellError!);
        }

        var request = input.ToRequest(_parsers);
        if (!request.Success)
        {
            var source = row;
            return BatchOutputRow.Invalid(string.Join("; ", request.Errors.Select(e => $"{Source(e.Field, in source)}: {BatchMessages.Shorten(e.Message)}")));
        }

        // One assessment for every output: CSV reads its codes and figures, JSON Lines the whole report.
        if (!_assessor.TryAssess(request.Request, out var assessment, out var error))
        {
            return Invalid(error, in row);
        }

        var json = format == BatchOutputFormat.JsonLines
            ? PlanJsonReport.ToJson(assessment, _tool, indented: false, _sections, writeSchemaVersion: false, writeSectionList: true)
            : null;
        return Row(PlanCsvReport.Values(assessment, _failOn, _texts), assessment.HighestSeverity, json);
    }

    private static BatchOutputRow Invalid(string assessmentError, in BatchInputRow row) =>
        BatchOutputRow.Invalid(PlanFieldNames.ForAssessmentError(assessmentError) is { } field
            ? $"{Source(field, in row)}: {assessmentError}"
            : assessmentError);

    /// <summary>
    /// Where the values behind <paramref name="field"/> came from: the columns that hold them (<c>columns dose,
    /// fractions</c>), or the options that gave them as defaults (<c>default from --dose</c>); the field's columns when none holds a value.
    /// </summary>
    internal static string Source(PlanField field, in BatchInputRow row)
    {
        BatchColumn[] columns = field switch
        {
            PlanField.Lesion => [BatchColumn.Lesion],
            PlanField.Regimen => [BatchColumn.Dose, BatchColumn.Fractions, BatchColumn.DosePerFraction],
            PlanField.Treated => [BatchColumn.Treated],
            PlanField.Margin => [BatchColumn.Margin, BatchColumn.MarginSuperior, BatchColumn.MarginInferior, BatchColumn.MarginRadial],
            PlanField.CtvLevels => [BatchColumn.CtvLevels],
            PlanField.Start => [BatchColumn.Start],
            PlanField.Holidays => [BatchColumn.Holidays],
            PlanField.Prior => [BatchColumn.Prior],
            PlanField.Age => [BatchColumn.Age],
            PlanField.Anatomy => [BatchColumn.ThoracicVertebrae, BatchColumn.LumbarVertebrae],
            PlanField.AlphaBetaEmh => [BatchColumn.AlphaBetaEmh],
            PlanField.AlphaBetaCord => [BatchColumn.AlphaBetaCord],
            PlanField.CordMaxDose => [BatchColumn.CordMaxDose],
            PlanField.OrganDoses => [BatchColumn.OrganDoses],
            PlanField.PregnancyStatus => [BatchColumn.PregnancyStatus, BatchColumn.Sex],
            PlanField.TreatmentDays => [],
            _ => [],
        };
        if (field == PlanField.TreatmentDays)
        {
            return "--treatment-days";
        }

        var given = new List<BatchColumn>(columns.Length);
        foreach (var column in columns)
        {
            if (row[column] is not null)
            {
                given.Add(column);
            }
        }

        if (given.Count == 0)
        {
            return PlanFieldNames.Column(field);
        }

        var copy = row;
        if (!given.Exists(c => copy.IsDefaulted(c)))
        {
            return (given.Count == 1 ? "column " : "columns ") + string.Join(", ", given.Select(BatchColumns.GetName));
        }

        return string.Join(", ", given.Select(c => copy.Source(c)));
    }

    private BatchOutputRow Row(PlanCsvValues values, Severity? highest, string? json) => new()
    {
        Status = PlanAssessment.Passes(highest, _failOn) ? BatchRowStatus.Pass : BatchRowStatus.Findings,
        HighestSeverityRank = highest is { } severity ? (int)severity : -1,
        Values = values,
        Json = json,
    };
}
