using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Planning.Input;
using EmhRt.Reporting;

namespace EmhRt.Cli.Batch;

/// <summary>
/// The clinical step of <c>emhrt batch</c>: one row → <see cref="PlanInput"/> → <see cref="PlanAssessor"/> →
/// one output row. The same library calls as <c>emhrt plan</c>, so both give the same figures. Thread-safe.
/// </summary>
internal sealed class PlanBatchProcessor : IBatchRowProcessor
{
    private readonly PlanAssessor _assessor;
    private readonly ToolIdentity _tool;
    private readonly Severity? _failOn;
    private readonly string? _treatmentDays;
    private readonly BatchInputParsers _parsers = new();
    private readonly BatchCsvTexts _texts = new();

    public PlanBatchProcessor(PlanAssessor assessor, ToolIdentity tool, Severity? failOn, string? treatmentDays)
    {
        _assessor = assessor;
        _tool = tool;
        _failOn = failOn;
        _treatmentDays = treatmentDays;
    }

    public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format)
    {
        if (!BatchPlanInput.TryParse(row, _treatmentDays, out var input, out var cellError))
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
            ? PlanJsonReport.ToJson(assessment, _tool, indented: false, includeLiterature: true, writeSchemaVersion: false)
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
        HighestSeverity = values.HighestSeverity,
        FindingCodes = values.FindingCodes,
        Ctv = values.Ctv,
        PtvLengthMm = values.PtvLengthMm,
        TotalDoseGy = values.TotalDoseGy,
        Fractions = values.Fractions,
        DosePerFractionGy = values.DosePerFractionGy,
        BedEmhGy = values.BedEmhGy,
        Eqd2EmhGy = values.Eqd2EmhGy,
        BedCordGy = values.BedCordGy,
        Eqd2CordGy = values.Eqd2CordGy,
        EndDate = values.EndDate,
        Json = json,
    };
}
