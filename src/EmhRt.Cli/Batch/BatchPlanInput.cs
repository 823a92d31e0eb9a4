using System.Collections.Immutable;
using System.Text;
using EmhRt.Planning.Input;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Reads one batch row into the library's <see cref="PlanInput"/> with the library's parsers, the same as the
/// <c>plan</c> options call (<see cref="OptionParsers"/>), so a row and the equivalent <c>emhrt plan</c> command give the same result. Every
/// problem in the row is reported, each naming its column. Cell texts are parsed through the run's <see cref="BatchCellCache"/>.
/// </summary>
internal static class BatchPlanInput
{
    /// <summary>Parses the row; on failure <paramref name="error"/> lists every problem ("column dose: ...; column age: ...").</summary>
    /// <param name="cells">The row.</param>
    /// <param name="cache">The run's memo of cell parses (one per run: <see cref="PlanBatchProcessor"/>).</param>
    /// <param name="treatmentDays">The <c>--treatment-days</c> text for every row, or null.</param>
    /// <param name="input">The plan's fields.</param>
    /// <param name="error">Every problem, each naming its column; null on success.</param>
    public static bool TryParse(in BatchInputRow cells, BatchCellCache cache, string? treatmentDays, out PlanInput input, out string? error)
    {
        var row = cells;
        StringBuilder? errors = null;
        void Fail(BatchColumn column, string? message) =>
            (errors is null ? errors = new StringBuilder() : errors.Append("; ")).Append(row.Source(column)).Append(": ").Append(BatchMessages.Shorten(message));

        double? Quantity(BatchColumn column, Func<BatchCellCache, string, BatchCellCache.Parsed<double>> parse)
        {
            if (row[column] is not { } text)
            {
                return null;
            }

            var parsed = parse(cache, text);
            if (parsed.Error is null)
            {
                return parsed.Value;
            }

            Fail(column, parsed.Error);
            return null;
        }

        int? Integer(BatchColumn column, Func<BatchCellCache, string, BatchCellCache.Parsed<int>> parse)
        {
            if (row[column] is not { } text)
            {
                return null;
            }

            var parsed = parse(cache, text);
            if (parsed.Error is null)
            {
                return parsed.Value;
            }

            Fail(column, parsed.Error);
            return null;
        }

        var dose = Quantity(BatchColumn.Dose, static (c, t) => c.DoseGy(t));
        var fractions = Integer(BatchColumn.Fractions, static (c, t) => c.Fractions(t));
        var dosePerFraction = Quantity(BatchColumn.DosePerFraction, static (c, t) => c.DoseGy(t));
        var margin = Quantity(BatchColumn.Margin, static (c, t) => c.LengthMm(t));
        var marginSuperior = Quantity(BatchColumn.MarginSuperior, static (c, t) => c.LengthMm(t));
        var marginInferior = Quantity(BatchColumn.MarginInferior, static (c, t) => c.LengthMm(t));
        var marginRadial = Quantity(BatchColumn.MarginRadial, static (c, t) => c.LengthMm(t));
        var ctvLevels = Integer(BatchColumn.CtvLevels, static (c, t) => c.CtvLevels(t));
        var age = Quantity(BatchColumn.Age, static (c, t) => c.AgeYears(t));
        var thoracic = Integer(BatchColumn.ThoracicVertebrae, static (c, t) => c.ThoracicCount(t));
        var lumbar = Integer(BatchColumn.LumbarVertebrae, static (c, t) => c.LumbarCount(t));
        var alphaBetaEmh = Quantity(BatchColumn.AlphaBetaEmh, static (c, t) => c.AlphaBetaGy(t));
        var alphaBetaCord = Quantity(BatchColumn.AlphaBetaCord, static (c, t) => c.AlphaBetaGy(t));
        var cordMaxDose = Quantity(BatchColumn.CordMaxDose, static (c, t) => c.DoseGy(t));

        DateOnly? start = null;
        if (row[BatchColumn.Start] is { } startText)
        {
            var parsed = cache.Date(startText);
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
            var parsed = cache.Holidays(holidayText);
            holidays = parsed.Value;
            if (parsed.Error is not null)
            {
                Fail(BatchColumn.Holidays, parsed.Error);
            }
        }

        Sex? sex = null;
        if (row[BatchColumn.Sex] is { } sexText)
        {
            var parsed = cache.Sex(sexText);
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

        var priors = row[BatchColumn.Prior] is { } priorText ? cache.Priors(priorText) : ImmutableArray<string>.Empty;

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
