using System.Collections.Immutable;
using System.Text;
using EmhRt.Planning.Input;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Reads one batch row into the library's <see cref="PlanInput"/> with the library's parsers, the same as the
/// <c>plan</c> options call (<see cref="OptionParsers"/>), so a row and the equivalent <c>emhrt plan</c> command give the same result. Every
/// problem in the row is reported, each naming its column. Cell texts are parsed through <see cref="BatchCellCache"/>.
/// </summary>
internal static class BatchPlanInput
{
    /// <summary>Parses the row; on failure <paramref name="error"/> lists every problem ("column dose: ...; column age: ...").</summary>
    public static bool TryParse(in BatchInputRow cells, string? treatmentDays, out PlanInput input, out string? error)
    {
        var row = cells;
        StringBuilder? errors = null;
        void Fail(BatchColumn column, string? message) =>
            (errors is null ? errors = new StringBuilder() : errors.Append("; ")).Append(row.Source(column)).Append(": ").Append(BatchMessages.Shorten(message));

        double? Quantity(BatchColumn column, Func<string, BatchCellCache.Parsed<double>> parse)
        {
            if (row[column] is not { } text)
            {
                return null;
            }

            var parsed = parse(text);
            if (parsed.Error is null)
            {
                return parsed.Value;
            }

            Fail(column, parsed.Error);
            return null;
        }

        int? Integer(BatchColumn column, Func<string, BatchCellCache.Parsed<int>> parse)
        {
            if (row[column] is not { } text)
            {
                return null;
            }

            var parsed = parse(text);
            if (parsed.Error is null)
            {
                return parsed.Value;
            }

            Fail(column, parsed.Error);
            return null;
        }

        var dose = Quantity(BatchColumn.Dose, BatchCellCache.DoseGy);
        var fractions = Integer(BatchColumn.Fractions, BatchCellCache.Fractions);
        var dosePerFraction = Quantity(BatchColumn.DosePerFraction, BatchCellCache.DoseGy);
        var margin = Quantity(BatchColumn.Margin, BatchCellCache.LengthMm);
        var marginSuperior = Quantity(BatchColumn.MarginSuperior, BatchCellCache.LengthMm);
        var marginInferior = Quantity(BatchColumn.MarginInferior, BatchCellCache.LengthMm);
        var marginRadial = Quantity(BatchColumn.MarginRadial, BatchCellCache.LengthMm);
        var ctvLevels = Integer(BatchColumn.CtvLevels, BatchCellCache.CtvLevels);
        var age = Quantity(BatchColumn.Age, BatchCellCache.AgeYears);
        var thoracic = Integer(BatchColumn.ThoracicVertebrae, BatchCellCache.ThoracicCount);
        var lumbar = Integer(BatchColumn.LumbarVertebrae, BatchCellCache.LumbarCount);
        var alphaBetaEmh = Quantity(BatchColumn.AlphaBetaEmh, BatchCellCache.AlphaBetaGy);
        var alphaBetaCord = Quantity(BatchColumn.AlphaBetaCord, BatchCellCache.AlphaBetaGy);
        var cordMaxDose = Quantity(BatchColumn.CordMaxDose, BatchCellCache.DoseGy);

        DateOnly? start = null;
        if (row[BatchColumn.Start] is { } startText)
        {
            var parsed = BatchCellCache.Date(startText);
            if (parsed.Error is null)
            {
                start = parsed.Value;
            }
            else
            {
                Fail(BatchColumn.Start, parsed.Error);
            }
        }

        var holidays = ImmutableArray<DateOnly>.Empty;
        if (row[BatchColumn.Holidays] is { } holidayText)
        {
            var parsed = BatchCellCache.Holidays(holidayText);
            holidays = parsed.Value;
            if (parsed.Error is not null)
            {
                Fail(BatchColumn.Holidays, parsed.Error);
            }
        }

        Sex? sex = null;
        if (row[BatchColumn.Sex] is { } sexText)
        {
            var parsed = BatchCellCache.Sex(sexText);
            if (parsed.Error is null)
            {
                sex = parsed.Value;
            }
            else
            {
                Fail(BatchColumn.Sex, parsed.Error);
            }
        }

        Planning.PregnancyStatus? pregnancy = null;
        if (row[BatchColumn.PregnancyStatus] is { } pregnancyText)
        {
            var parsed = Planning.PregnancyStatusText.Parse(pregnancyText);
            if (parsed.Success)
            {
                pregnancy = parsed.Value;
            }
            else
            {
                Fail(BatchColumn.PregnancyStatus, parsed.Error!);
            }
        }

        var priors = row[BatchColumn.Prior] is { } priorText ? BatchCellCache.Priors(priorText) : ImmutableArray<string>.Empty;

        // Read by the library's grammar in PlanInput.ToRequest, whose errors name this column (PlanBatchProcessor.Source).
        var organDoses = row[BatchColumn.OrganDoses] is { } organText
            ? [.. organText.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
            : ImmutableArray<string>.Empty;

        input = new PlanInput
        {
            Lesion = row[BatchColumn.Lesion],
            DoseGy = dose,
            Fractions = fractions,
            DosePerFractionGy = dosePerFraction,
            Treated = row[BatchColumn.Treated],
            MarginMm = margin,
            MarginSuperiorMm = marginSuperior,
            MarginInferiorMm = marginInferior,
            MarginRadialMm = marginRadial,
            CtvLevels = ctvLevels,
            Start = start,
            Holidays = holidays,
            TreatmentDays = treatmentDays,
            Priors = priors,
            AgeYears = age,
            Sex = sex,
            PregnancyStatus = pregnancy,
            ThoracicVertebrae = thoracic,
            LumbarVertebrae = lumbar,
            AlphaBetaEmhGy = alphaBetaEmh,
            AlphaBetaCordGy = alphaBetaCord,
            CordMaxDoseGy = cordMaxDose,
            OrganDoses = organDoses,
        };
        error = errors?.ToString();
        return errors is null;
    }
}
