using System.Globalization;
using EmhRt.Doses;
using EmhRt.Text;

namespace EmhRt.Organs;

/// <summary>
/// One organ dose measured in the planning system, as written after <c>--organ-dose</c> (issue 21, doses the planning
/// system measured): <c>ORGAN=METRIC:VALUE[UNIT]</c>, e.g. <c>kidneys=mean:12.5</c>, <c>kidneys=V20:28%</c>,
/// <c>small-bowel=V15:80cc</c>, <c>ovaries=mean:120cGy</c>, <c>testes=max:0.9Gy</c>.
/// </summary>
/// <remarks>
/// Grammar (case-insensitive, invariant culture, white space allowed around <c>=</c> and <c>:</c>):
/// ORGAN is an organ id as in the JSON <c>organsAtRisk</c> section: <c>kidneys</c>, <c>small-bowel</c>, <c>ovaries</c>, <c>testes</c>,
/// <c>uterus</c>, <c>heart</c>, <c>lungs</c>, <c>oesophagus</c>, <c>thyroid</c>, <c>larynx</c>, <c>liver</c>.
/// METRIC is <c>mean</c> or <c>max</c> (VALUE a dose, the grammar of <see cref="Dose.Parse"/> but 0 allowed, since a measured dose can be 0: Gy when no unit, or
/// <c>Gy</c>/<c>cGy</c>), or <c>V</c> followed by a dose level in Gy (<c>V20</c>, <c>V12.5</c>; VALUE a volume with its unit,
/// required: <c>cc</c> or <c>%</c>, a percentage at most 100). Numbers use a point as the decimal separator, no exponent.
/// A mean or max dose is 0 to <see cref="InputLimits.MaxTotalDose"/>, a dose level above 0 up to the same bound, a volume
/// at most 100 000 cc (input-sanity bounds, not clinical thresholds).
/// </remarks>
/// <param name="Organ">The organ.</param>
/// <param name="Metric">What was measured.</param>
/// <param name="Dose">For <see cref="OrganDoseMetric.Mean"/> and <see cref="OrganDoseMetric.Max"/>: the dose; otherwise null.</param>
/// <param name="DoseLevel">For <see cref="OrganDoseMetric.VolumeAtDose"/>: the dose level of V (Gy); otherwise null.</param>
/// <param name="Volume">For <see cref="OrganDoseMetric.VolumeAtDose"/>: the volume in <paramref name="VolumeUnit"/>; otherwise null.</param>
/// <param name="VolumeUnit">For <see cref="OrganDoseMetric.VolumeAtDose"/>: cc or %; otherwise null.</param>
public sealed record OrganDoseMeasurement(
    OrganAtRisk Organ, OrganDoseMetric Metric, Dose? Dose, Dose? DoseLevel, double? Volume, OrganVolumeUnit? VolumeUnit)
{
    /// <summary>Largest measured volume accepted: 100 000 cc (an input-sanity bound, not a clinical threshold).</summary>
    public const double MaxVolumeCc = 100_000;

    /// <summary>Parses <c>ORGAN=METRIC:VALUE[UNIT]</c> (see the remarks). Never throws.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The measurement, or a message with the zero-based position of the problem.</returns>
    public static ParseResult<OrganDoseMeasurement> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("no organ dose given: expected e.g. 'kidneys=mean:12.5' or 'small-bowel=V15:80cc'", 0);
        }

        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return Fail("expected ORGAN=METRIC:VALUE, e.g. 'kidneys=mean:12.5': no '=' found", text.Length);
        }

        var organStart = Skip(text, 0);
        var organText = text[organStart..equals].TrimEnd();
        if (!TryOrgan(organText, out var organ))
        {
            return Fail(Invariant($"unknown organ '{organText}': expected one of {OrganList()}"), organStart);
        }

        var colon = text.IndexOf(':', equals + 1);
        var metricStart = Skip(text, equals + 1);
        if (colon < 0)
        {
            return Fail("expected ':' and a value after the metric, e.g. 'mean:12.5' or 'V20:28%'", text.Length);
        }

        var metricText = text[metricStart..colon].TrimEnd();
        var valueStart = Skip(text, colon + 1);
        var valueText = text[valueStart..].TrimEnd();
        if (metricText.Equals("mean", StringComparison.OrdinalIgnoreCase) || metricText.Equals("max", StringComparison.OrdinalIgnoreCase))
        {
            var metric = metricText.Length == 4 ? OrganDoseMetric.Mean : OrganDoseMetric.Max;
            var dose = Doses.Dose.ParseAmount(valueText, "a dose", null); // a measured mean or max may be 0 Gy
            if (!dose.Success)
            {
                return Fail(dose.Error!, valueStart + dose.Position);
            }

            if (dose.Value > InputLimits.MaxTotalDose)
            {
                return Fail(Invariant($"{dose.Value} is not a plausible organ dose: expected 0 to {InputLimits.MaxTotalDose} (input-sanity limit)"), valueStart);
            }

            return ParseResult<OrganDoseMeasurement>.ForValue(new OrganDoseMeasurement(organ, metric, dose.Value, null, null, null));
        }

        if (metricText.Length < 2 || (metricText[0] != 'V' && metricText[0] != 'v'))
        {
            return Fail(Invariant($"unknown metric '{metricText}': expected mean, max or V followed by a dose in Gy (e.g. V20)"), metricStart);
        }

        if (!TryNumber(metricText.AsSpan(1), out var level) || level <= 0 || level > InputLimits.MaxTotalDose.Gy)
        {
            return Fail(Invariant($"'{metricText}': V must be followed by a dose level in Gy above 0 and at most {InputLimits.MaxTotalDose.Gy}, e.g. V20"), metricStart + 1);
        }

        var unitAt = valueText.Length;
        while (unitAt > 0 && !char.IsAsciiDigit(valueText[unitAt - 1]) && valueText[unitAt - 1] != '.')
        {
            unitAt--;
        }

        var unitText = valueText[unitAt..].Trim();
        OrganVolumeUnit unit;
        if (unitText == "%")
        {
            unit = OrganVolumeUnit.Percent;
        }
        else if (unitText.Equals("cc", StringComparison.OrdinalIgnoreCase))
        {
            unit = OrganVolumeUnit.CubicCentimetres;
        }
        else
        {
            return Fail(
                unitText.Length == 0 ? "a volume needs its unit: cc or %, e.g. 'V15:80cc' or 'V20:28%'" : Invariant($"unknown volume unit '{unitText}': expected cc or %"),
                valueStart + unitAt);
        }

        var numberText = valueText[..unitAt].TrimEnd();
        if (!TryNumber(numberText, out var volume))
        {
            return Fail(Invariant($"'{numberText}' is not a volume: expected a number with a point as decimal separator, e.g. 28 or 80.5"), valueStart);
        }

        if (volume > (unit == OrganVolumeUnit.Percent ? 100 : MaxVolumeCc))
        {
            return Fail(
                unit == OrganVolumeUnit.Percent ? Invariant($"{volume} % is more than the whole organ (at most 100 %)") : Invariant($"{volume} cc is implausible (input-sanity limit {MaxVolumeCc} cc)"),
                valueStart);
        }

        return ParseResult<OrganDoseMeasurement>.ForValue(new OrganDoseMeasurement(organ, OrganDoseMetric.VolumeAtDose, null, Doses.Dose.FromGy(level), volume, unit));
    }

    /// <summary>The measurement in the grammar's canonical form, e.g. <c>kidneys=V20:28%</c> or <c>ovaries=mean:1.2Gy</c>.</summary>
    public override string ToString() => Metric switch
    {
        OrganDoseMetric.Mean => Invariant($"{OrganModel.Slug(Organ)}=mean:{Dose!.Value.Gy:0.#####}Gy"),
        OrganDoseMetric.Max => Invariant($"{OrganModel.Slug(Organ)}=max:{Dose!.Value.Gy:0.#####}Gy"),
        _ => Invariant($"{OrganModel.Slug(Organ)}=V{DoseLevel!.Value.Gy:0.#####}:{Volume:0.#####}{(VolumeUnit == OrganVolumeUnit.Percent ? "%" : "cc")}"),
    };

    private static bool TryOrgan(string text, out OrganAtRisk organ)
    {
        foreach (var candidate in Enum.GetValues<OrganAtRisk>())
        {
            if (OrganModel.Slug(candidate).Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                organ = candidate;
                return true;
            }
        }

        organ = default;
        return false;
    }

    private static string OrganList() => string.Join(", ", Enum.GetValues<OrganAtRisk>().Select(OrganModel.Slug));

    /// <summary>A plain decimal: digits with at most one point, at least one digit, no sign, no exponent.</summary>
    private static bool TryNumber(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var digits = 0;
        var points = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.')
            {
                points++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && points <= 1 && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static int Skip(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static ParseResult<OrganDoseMeasurement> Fail(string error, int position) => ParseResult<OrganDoseMeasurement>.ForError(error, position);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
