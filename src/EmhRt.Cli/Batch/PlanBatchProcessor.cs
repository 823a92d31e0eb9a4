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

        var request = input.ToRequest();
        if (!request.Success)
        {
            return BatchOutputRow.Invalid(string.Join("; ", request.Errors.Select(e => $"{PlanFieldNames.Column(e.Field)}: {e.Message}")));
        }

        if (format == BatchOutputFormat.JsonLines)
        {
            if (!_assessor.TryAssess(request.Request, out var assessment, out var error))
            {
                return BatchOutputRow.Invalid(error);
            }

            return Row(PlanCsvReport.Values(assessment, _failOn), assessment.HighestSeverity, PlanJsonReport.ToJson(assessment, _tool, indented: false, includeLiterature: true, writeSchemaVersion: false));
        }

        // CSV shows only the summary: the same assessment steps without the parts the columns do not show.
        if (!_assessor.TrySummarize(request.Request, out var summary, out var summaryError))
        {
            return BatchOutputRow.Invalid(summaryError);
        }

        return Row(PlanCsvReport.Values(summary, _failOn), summary.Findings.Highest, null);
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
