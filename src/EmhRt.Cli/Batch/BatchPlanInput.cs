using System.Collections.Immutable;
using System.Text;
using EmhRt.Planning.Input;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Reads one batch row into the library's <see cref="PlanInput"/> with the same invariant parsers as the
/// <c>plan</c> options, so a row and the equivalent <c>emhrt plan</c> command give the same result. Every
/// problem in the row is reported, each naming its column.
/// </summary>
internal static class BatchPlanInput
{
    /// <summary>Parses the row; on failure <paramref name="error"/> lists every problem ("column dose: ...; column age: ...").</summary>
    public static bool TryParse(in BatchInputRow cells, string? treatmentDays, out PlanInput input, out string? error)
    {
        var row = cells;
        StringBuilder? errors = null;
        void Fail(string column, string? message) =>
            (errors is null ? errors = new StringBuilder() : errors.Append("; ")).Append("column ").Append(column).Append(": ").Append(message);

        double? Quantity(BatchColumn column, string name, OptionParsers.TryParser<double> parse)
        {
            var text = row[column];
            if (text is null)
            {
                return null;
            }

            if (parse(text, out var value, out var message))
            {
                return value;
            }

            Fail(name, message);
            return null;
        }

        int? Integer(BatchColumn column, string name, int minimum)
        {
            var text = row[column];
            if (text is null)
            {
                return null;
            }

            if (OptionParsers.TryParseInteger(text, minimum, out var value, out var message))
            {
                return value;
            }

            Fail(name, message);
            return null;
        }

        var dose = Quantity(BatchColumn.Dose, "dose", OptionParsers.TryParseDoseGy);
        var fractions = Integer(BatchColumn.Fractions, "fractions", 1);
        var dosePerFraction = Quantity(BatchColumn.DosePerFraction, "dose_per_fraction", OptionParsers.TryParseDoseGy);
        var margin = Quantity(BatchColumn.Margin, "margin", OptionParsers.TryParseLengthMm);
        var marginSuperior = Quantity(BatchColumn.MarginSuperior, "margin_superior", OptionParsers.TryParseLengthMm);
        var marginInferior = Quantity(BatchColumn.MarginInferior, "margin_inferior", OptionParsers.TryParseLengthMm);
        var marginRadial = Quantity(BatchColumn.MarginRadial, "margin_radial", OptionParsers.TryParseLengthMm);
        var ctvLevels = Integer(BatchColumn.CtvLevels, "ctv_levels", 0);
        var age = Quantity(BatchColumn.Age, "age", OptionParsers.TryParseAgeYears);
        var thoracic = Integer(BatchColumn.ThoracicVertebrae, "thoracic_vertebrae", 1);
        var lumbar = Integer(BatchColumn.LumbarVertebrae, "lumbar_vertebrae", 1);
        var alphaBetaEmh = Quantity(BatchColumn.AlphaBetaEmh, "alpha_beta_emh", OptionParsers.TryParseAlphaBetaGy);
        var alphaBetaCord = Quantity(BatchColumn.AlphaBetaCord, "alpha_beta_cord", OptionParsers.TryParseAlphaBetaGy);

        DateOnly? start = null;
        if (row[BatchColumn.Start] is { } startText)
        {
            if (OptionParsers.TryParseDate(startText, out var date, out var message))
            {
                start = date;
            }
            else
            {
                Fail("start", message);
            }
        }

        var holidays = ImmutableArray<DateOnly>.Empty;
        if (row[BatchColumn.Holidays] is { } holidayText)
        {
            var builder = ImmutableArray.CreateBuilder<DateOnly>();
            foreach (var part in holidayText.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (OptionParsers.TryParseDate(part, out var date, out var message))
                {
                    builder.Add(date);
                }
                else
                {
                    Fail("holidays", message);
                }
            }

            holidays = builder.ToImmutable();
        }

        Sex? sex = null;
        if (row[BatchColumn.Sex] is { } sexText)
        {
            if (OptionParsers.TryParseChoice(sexText, CliChoices.SexesAndAbbreviations, out var value, out _))
            {
                sex = value;
            }
            else
            {
                OptionParsers.TryParseChoice(sexText, CliChoices.Sexes, out _, out var message);
                Fail("sex", message);
            }
        }

        var priors = row[BatchColumn.Prior] is { } priorText
            ? [.. priorText.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
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
            ThoracicVertebrae = thoracic,
            LumbarVertebrae = lumbar,
            AlphaBetaEmhGy = alphaBetaEmh,
            AlphaBetaCordGy = alphaBetaCord,
        };
        error = errors?.ToString();
        return errors is null;
    }
}
