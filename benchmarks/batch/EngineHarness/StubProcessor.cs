using System.Globalization;

namespace EmhRt.Cli.Batch;

/// <summary>A cheap stand-in for the plan assessment: parses dose and fractions, formats a few numbers.</summary>
internal sealed class StubProcessor : IBatchRowProcessor
{
    public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format)
    {
        var doseText = row[BatchColumn.Dose];
        if (!double.TryParse(doseText, NumberStyles.Float, CultureInfo.InvariantCulture, out var dose))
        {
            return BatchOutputRow.Invalid("column dose: '" + doseText + "' is not a number");
        }

        if (!int.TryParse(row[BatchColumn.Fractions], NumberStyles.None, CultureInfo.InvariantCulture, out var fractions) || fractions < 1)
        {
            return BatchOutputRow.Invalid("column fractions: '" + row[BatchColumn.Fractions] + "' is not a positive whole number");
        }

        var perFraction = dose / fractions;
        var bed = dose * (1 + (perFraction / 10));
        var findings = perFraction > 4;
        return new BatchOutputRow
        {
            Status = findings ? BatchRowStatus.Findings : BatchRowStatus.Pass,
            HighestSeverityRank = findings ? 1 : -1,
            HighestSeverity = findings ? "caution" : null,
            FindingCodes = findings ? "DOSE_PER_FRACTION_HIGH" : null,
            Ctv = row[BatchColumn.Lesion],
            PtvLengthMm = "120",
            TotalDoseGy = dose.ToString("0.##", CultureInfo.InvariantCulture),
            Fractions = fractions.ToString(CultureInfo.InvariantCulture),
            DosePerFractionGy = perFraction.ToString("0.##", CultureInfo.InvariantCulture),
            BedEmhGy = bed.ToString("0.##", CultureInfo.InvariantCulture),
            Eqd2EmhGy = (bed / 1.2).ToString("0.##", CultureInfo.InvariantCulture),
            EndDate = row[BatchColumn.Start],
        };
    }
}
