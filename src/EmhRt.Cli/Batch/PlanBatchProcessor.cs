using EmhRt.Findings;
using EmhRt.Planning;
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
            return BatchOutputRow.Invalid(string.Join("; ", request.Errors.Select(e => $"{PlanFieldNames.Column(e.Field)}: {e.Message}")));
        }

        // One assessment for every output: CSV reads its codes and figures, JSON Lines the whole report.
        if (!_assessor.TryAssess(request.Request, out var assessment, out var error))
        {
            return BatchOutputRow.Invalid(error);
        }

        var json = format == BatchOutputFormat.JsonLines ? PlanJsonReport.ToJson(assessment, _tool, indented: false) : null;
        return Row(PlanCsvReport.Values(assessment, _failOn, _texts), assessment.HighestSeverity, json);
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
