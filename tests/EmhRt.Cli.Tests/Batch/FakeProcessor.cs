using System.Globalization;
using EmhRt.Cli.Batch;
using EmhRt.Reporting;

namespace EmhRt.Cli.Tests.Batch;

/// <summary>
/// A stand-in for the plan assessment: dose is required and must be an invariant number; dose above 20 Gy is a
/// warning finding (rank 2), above 15 Gy a caution (rank 1); id "boom" throws.
/// </summary>
internal sealed class FakeProcessor : IBatchRowProcessor
{
    public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format)
    {
        if (row.Id == "boom")
        {
            throw new InvalidOperationException("kaboom");
        }

        var doseText = row[BatchColumn.Dose];
        if (doseText is null)
        {
            return BatchOutputRow.Invalid("column dose: not given");
        }

        if (!double.TryParse(doseText, NumberStyles.Float, CultureInfo.InvariantCulture, out var dose))
        {
            return BatchOutputRow.Invalid("column dose: '" + doseText + "' is not a number");
        }

        var rank = dose > 20 ? 2 : dose > 15 ? 1 : -1;
        return new BatchOutputRow
        {
            Status = rank >= 0 ? BatchRowStatus.Findings : BatchRowStatus.Pass,
            HighestSeverityRank = rank,
            Values = new PlanCsvValues
            {
                HighestSeverity = rank switch { 2 => "warning", 1 => "caution", _ => null },
                FindingCodes = rank >= 0 ? "DOSE_HIGH;ZZZ" : null,
                Ctv = row[BatchColumn.Lesion],
                TotalDoseGy = dose.ToString("0.##", CultureInfo.InvariantCulture),
                Fractions = row[BatchColumn.Fractions],
            },
        };
    }
}
