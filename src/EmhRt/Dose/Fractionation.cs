using System.Globalization;
using EmhRt.Text;

namespace EmhRt.Doses;

/// <summary>
/// A fractionation scheme: total dose, number of fractions and dose per fraction (all in Gy), e.g. 20 Gy in
/// 10 fractions of 2 Gy. Immutable; always valid (≥ 1 whole fraction, dose per fraction &gt; 0, within the
/// input-sanity limits).
/// </summary>
/// <remarks>
/// The total dose and the number of fractions are authoritative; <see cref="DosePerFraction"/> is the total
/// divided by the number of fractions, except when only the number of fractions and the dose per fraction were
/// given, in which case the dose per fraction is kept as given and the total is their product.
/// <see cref="MaximumPlausibleTotalDose"/> and <see cref="MaximumPlausibleDosePerFraction"/> are input-sanity
/// limits that catch unit slips (cGy typed as Gy), not clinical thresholds.
/// </remarks>
public sealed class Fractionation : IEquatable<Fractionation>
{
    /// <summary>Agreement required between the three values when all are given: 0.005 Gy per fraction.</summary>
    public static readonly Dose ConsistencyTolerancePerFraction = Dose.FromGy(0.005);

    /// <summary>Input-sanity limit (not a clinical threshold): totals above 100 Gy are rejected as probable unit slips.</summary>
    public static readonly Dose MaximumPlausibleTotalDose = InputLimits.MaxTotalDose;

    /// <summary>Input-sanity limit (not a clinical threshold): fraction sizes above 25 Gy are rejected as probable unit slips.</summary>
    public static readonly Dose MaximumPlausibleDosePerFraction = InputLimits.MaxDosePerFraction;

    /// <summary>Input-sanity limit (not a clinical threshold): at most <see cref="InputLimits.MaxFractions"/> fractions.</summary>
    public const int MaximumPlausibleFractions = InputLimits.MaxFractions;

    /// <summary>Relative tolerance for total ÷ dose per fraction to count as a whole number of fractions: 1e-6.</summary>
    public const double WholeFractionRelativeTolerance = 1e-6;

    private Fractionation(Dose total, int fractions, Dose dosePerFraction)
    {
        TotalDose = total;
        Fractions = fractions;
        DosePerFraction = dosePerFraction;
    }

    /// <summary>Total physical dose in Gy.</summary>
    public Dose TotalDose { get; }

    /// <summary>
    /// The dose a structure measured in the planning system receives over <paramref name="fractions"/> equal fractions
    /// (e.g. the cord Dmax of a course): <paramref name="total"/> from 0 to <see cref="InputLimits.MaxCordMaxDose"/>, checked
    /// by the caller, without the prescription's plausibility limits (a measured dose may be 0).
    /// </summary>
    internal static Fractionation ForMeasuredDose(Dose total, int fractions) => new(total, fractions, total / fractions);

    /// <summary>Number of fractions (≥ 1).</summary>
    public int Fractions { get; }

    /// <summary>Physical dose per fraction in Gy (&gt; 0).</summary>
    public Dose DosePerFraction { get; }

    /// <summary>Creates a fractionation from total dose and number of fractions.</summary>
    /// <param name="totalDose">Total dose (&gt; 0, ≤ 100 Gy).</param>
    /// <param name="fractions">Number of fractions (≥ 1).</param>
    /// <exception cref="ArgumentException">The values are invalid (programmer error; use <see cref="Create"/> for user input).</exception>
    public static Fractionation FromTotalDose(Dose totalDose, int fractions) => Throwing(Create(totalDose, fractions, null));

    /// <summary>Creates a fractionation from number of fractions and dose per fraction.</summary>
    /// <param name="fractions">Number of fractions (≥ 1).</param>
    /// <param name="dosePerFraction">Dose per fraction (&gt; 0, ≤ 25 Gy).</param>
    /// <exception cref="ArgumentException">The values are invalid (programmer error; use <see cref="Create"/> for user input).</exception>
    public static Fractionation FromDosePerFraction(int fractions, Dose dosePerFraction) => Throwing(Create(null, fractions, dosePerFraction));

    /// <summary>
    /// Creates a fractionation from any two (or all three) of total dose, number of fractions and dose per fraction.
    /// Never throws: invalid combinations give a failed result at position 0 with a message naming the values.
    /// </summary>
    /// <param name="totalDose">Total dose, or null.</param>
    /// <param name="fractions">Number of fractions, or null.</param>
    /// <param name="dosePerFraction">Dose per fraction, or null.</param>
    public static ParseResult<Fractionation> Create(Dose? totalDose, int? fractions, Dose? dosePerFraction) =>
        Build(totalDose, 0, fractions, 0, dosePerFraction, 0);

    /// <summary>
    /// Parses a number of fractions a user writes: a whole number (ASCII digits, no sign), 1 or more. The one grammar
    /// of every front end; the input-sanity limit (<see cref="MaximumPlausibleFractions"/>) is checked when the regimen
    /// is built (<see cref="Create"/>). Never throws.
    /// </summary>
    /// <param name="text">The text, e.g. <c>10</c>.</param>
    public static ParseResult<int> ParseFractions(string? text)
    {
        var parsed = NumberText.ParseWhole(text, "a number of fractions", "'1' or '10'");
        return !parsed.Success || parsed.Value >= 1
            ? parsed
            : ParseResult<int>.ForError(Inv($"'{text!.Trim()}' is not allowed: a course has at least 1 fraction"), 0);
    }

    /// <summary>
    /// Parses a fractionation: <c>20 Gy/10</c>, <c>18 Gy / 10 fx</c>, <c>2000 cGy/10</c>, <c>20 Gy in 10 fractions</c>
    /// (also <c>fraction</c>, <c>fx</c>, <c>#</c>), <c>10 x 2 Gy</c>, <c>10×2Gy</c>, <c>10 x 200 cGy</c>, <c>2 Gy x 10</c>,
    /// optionally followed by <c>of 2 Gy</c> or <c>x 2 Gy</c> (all three values must then agree).
    /// A bare number is Gy. Invariant culture; units and keywords case-insensitive. Never throws.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The fractionation, or a message with the zero-based position of the problem.</returns>
    public static ParseResult<Fractionation> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("no fractionation given: expected e.g. '20 Gy/10', '20 Gy in 10 fractions' or '10 x 2 Gy'", 0);
        }

        var s = new DoseScanner(text);
        s.SkipWhitespace();
        var firstStart = s.Position;
        if (!s.TryReadNumber("a dose or a number of fractions", out var firstValue, out _, out var error))
        {
            return Fail(error, firstStart);
        }

        s.Position = firstStart;
        var first = s.ReadDose(out var firstHasUnit);
        s.SkipWhitespace();

        if (IsTimes(ref s))
        {
            s.SkipWhitespace();
            if (firstHasUnit)
            {
                // "2 Gy x 10 [fractions]"
                var countStart = s.Position;
                var count = ReadCount(ref s);
                if (!count.Success)
                {
                    return count.ConvertError<Fractionation>();
                }

                SkipFractionWord(ref s);
                return Finish(ref s, null, 0, count.Value, countStart, first.Value, firstStart);
            }

            // "10 x 2 Gy"
            var n = ToCount(text, firstValue, firstStart);
            if (!n.Success)
            {
                return n.ConvertError<Fractionation>();
            }

            var dpfStart = s.Position;
            var dpf = s.ReadDose(out _);
            if (!dpf.Success)
            {
                return dpf.ConvertError<Fractionation>();
            }

            return Finish(ref s, null, 0, n.Value, firstStart, dpf.Value, dpfStart);
        }

        var word = s.PeekWord(out var wordEnd);
        var isIn = word.Equals("in", StringComparison.OrdinalIgnoreCase);
        if (s.Current == '/' || isIn)
        {
            s.Position = isIn ? wordEnd : s.Position + 1;
            s.SkipWhitespace();
            var countStart = s.Position;
            var count = ReadCount(ref s);
            if (!count.Success)
            {
                return count.ConvertError<Fractionation>();
            }

            SkipFractionWord(ref s);
            s.SkipWhitespace();
            Dose? dpf = null;
            var dpfStart = 0;
            var of = s.PeekWord(out var ofEnd);
            if (of.Equals("of", StringComparison.OrdinalIgnoreCase) || IsTimes(ref s))
            {
                if (of.Equals("of", StringComparison.OrdinalIgnoreCase))
                {
                    s.Position = ofEnd;
                }

                s.SkipWhitespace();
                dpfStart = s.Position;
                var d = s.ReadDose(out _);
                if (!d.Success)
                {
                    return d.ConvertError<Fractionation>();
                }

                dpf = d.Value;
            }

            return Finish(ref s, first.Value, firstStart, count.Value, countStart, dpf, dpfStart);
        }

        if (s.AtEnd)
        {
            return Fail(
                Inv($"'{text.Trim()}' gives one value only: expected a total dose and a number of fractions, e.g. '20 Gy/10', '20 Gy in 10 fractions' or '10 x 2 Gy'"),
                s.Position);
        }

        return Fail(Inv($"unexpected '{Shown(s.Rest)}': expected '/', 'in' or 'x' between dose and fractions, e.g. '20 Gy/10' or '10 x 2 Gy'"), s.Position);
    }

    /// <summary>Invariant text that <see cref="Parse"/> reads back: "20 Gy in 10 fractions of 2 Gy", "15 Gy in 1 fraction of 15 Gy".</summary>
    public override string ToString() =>
        Inv($"{TotalDose} in {Fractions} {(Fractions == 1 ? "fraction" : "fractions")} of {DosePerFraction}");

    /// <summary>Short invariant text: "20 Gy/10".</summary>
    public string ToShortString() => Inv($"{TotalDose}/{Fractions}");

    /// <summary>Exact equality of total dose, fractions and dose per fraction.</summary>
    /// <param name="other">The other fractionation.</param>
    public bool Equals(Fractionation? other) =>
        other is not null && TotalDose == other.TotalDose && Fractions == other.Fractions && DosePerFraction == other.DosePerFraction;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Fractionation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TotalDose, Fractions, DosePerFraction);

    internal static ParseResult<Fractionation> Build(Dose? total, int totalPos, int? fractions, int fractionsPos, Dose? dpf, int dpfPos)
    {
        var given = (total.HasValue ? 1 : 0) + (fractions.HasValue ? 1 : 0) + (dpf.HasValue ? 1 : 0);
        if (given < 2)
        {
            var missing = new List<string>(3);
            if (!total.HasValue)
            {
                missing.Add("total dose");
            }

            if (!fractions.HasValue)
            {
                missing.Add("number of fractions");
            }

            if (!dpf.HasValue)
            {
                missing.Add("dose per fraction");
            }

            return Fail("two of total dose, number of fractions and dose per fraction are needed; missing: " + string.Join(", ", missing), 0);
        }

        if (fractions is { } n && n < 1)
        {
            return Fail(Inv($"{n} fractions: at least 1 fraction is needed"), fractionsPos);
        }

        if (fractions is { } many && many > MaximumPlausibleFractions)
        {
            return Fail(Inv($"{many} fractions is implausible (input-sanity limit {MaximumPlausibleFractions} fractions)"), fractionsPos);
        }

        if (total is { } t)
        {
            if (t.Gy <= 0)
            {
                return Fail(Inv($"a total dose of {t} is not possible: it must be greater than 0 Gy"), totalPos);
            }

            if (t > MaximumPlausibleTotalDose)
            {
                return Fail(Inv($"{t} is implausible as a total dose (input-sanity limit {MaximumPlausibleTotalDose}): did you mean {t.Gy.ToString("0.####", CultureInfo.InvariantCulture)} cGy = {Dose.FromCentigray(t.Gy)}?"), totalPos);
            }
        }

        if (dpf is { } d)
        {
            if (d.Gy <= 0)
            {
                return Fail(Inv($"a dose per fraction of {d} is not possible: it must be greater than 0 Gy"), dpfPos);
            }

            if (d > MaximumPlausibleDosePerFraction)
            {
                return Fail(Inv($"{d} is implausible as a dose per fraction (input-sanity limit {MaximumPlausibleDosePerFraction}): did you mean {d.Gy.ToString("0.####", CultureInfo.InvariantCulture)} cGy = {Dose.FromCentigray(d.Gy)}?"), dpfPos);
            }
        }

        Dose resultTotal;
        int resultFractions;
        Dose resultDpf;
        if (total.HasValue && fractions.HasValue)
        {
            resultTotal = total.Value;
            resultFractions = fractions.Value;
            resultDpf = resultTotal / resultFractions;
            if (dpf is null && resultDpf > MaximumPlausibleDosePerFraction)
            {
                // The same bound as a dose per fraction that is given (issue 19: one bound in every path).
                return Fail(
                    Inv($"{resultTotal} in {resultFractions} {(resultFractions == 1 ? "fraction is" : "fractions is")} {resultDpf} per fraction: implausible as a dose per fraction (input-sanity limit {MaximumPlausibleDosePerFraction})"),
                    fractionsPos);
            }

            if (dpf is { } given3 && !resultDpf.ApproximatelyEquals(given3, ConsistencyTolerancePerFraction))
            {
                return Fail(
                    Inv($"{resultTotal} in {resultFractions} {(resultFractions == 1 ? "fraction is" : "fractions is")} {resultDpf} per fraction, not {given3}"),
                    dpfPos);
            }
        }
        else if (fractions.HasValue)
        {
            resultFractions = fractions.Value;
            resultDpf = dpf!.Value;
            resultTotal = resultDpf * resultFractions;
            if (resultTotal > MaximumPlausibleTotalDose)
            {
                return Fail(Inv($"{resultFractions} x {resultDpf} = {resultTotal} is implausible as a total dose (input-sanity limit {MaximumPlausibleTotalDose}): check the units and the number of fractions"), dpfPos);
            }
        }
        else
        {
            resultTotal = total!.Value;
            resultDpf = dpf!.Value;
            var ratio = resultTotal.Gy / resultDpf.Gy;
            if (!(ratio <= MaximumPlausibleFractions + 0.5))
            {
                return Fail(
                    Inv($"{resultTotal} in fractions of {resultDpf} is {ratio.ToString("0.####", CultureInfo.InvariantCulture)} fractions: implausible (input-sanity limit {MaximumPlausibleFractions} fractions)"),
                    dpfPos);
            }

            var rounded = Math.Round(ratio);
            if (rounded < 1 || Math.Abs(ratio - rounded) > WholeFractionRelativeTolerance * ratio)
            {
                return Fail(
                    Inv($"{resultTotal} in fractions of {resultDpf} is {ratio.ToString("0.####", CultureInfo.InvariantCulture)} fractions: the number of fractions must be a whole number"),
                    dpfPos);
            }

            resultFractions = (int)rounded;
        }

        return ParseResult<Fractionation>.ForValue(new Fractionation(resultTotal, resultFractions, resultDpf));
    }

    private static ParseResult<Fractionation> Finish(ref DoseScanner s, Dose? total, int totalPos, int fractions, int fractionsPos, Dose? dpf, int dpfPos)
    {
        s.SkipWhitespace();
        if (!s.AtEnd)
        {
            return Fail(Inv($"unexpected '{Shown(s.Rest)}' after the fractionation"), s.Position);
        }

        return Build(total, totalPos, fractions, fractionsPos, dpf, dpfPos);
    }

    private static ParseResult<int> ReadCount(ref DoseScanner s)
    {
        var start = s.Position;
        if (!s.TryReadNumber("a number of fractions", out var value, out _, out var error))
        {
            return ParseResult<int>.ForError(error, start);
        }

        var afterNumber = s.Position;
        s.SkipWhitespace();
        var word = s.PeekWord(out var wordEnd);
        if (word.Equals("gy", StringComparison.OrdinalIgnoreCase) || word.Equals("cgy", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<int>.ForError(Inv($"expected a number of fractions here, not a dose ('{s.Text[start..wordEnd]}')"), start);
        }

        s.Position = afterNumber;

        return ToCount(s.Text, value, start);
    }

    private static ParseResult<int> ToCount(string text, double value, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }

        if (value != Math.Floor(value))
        {
            return ParseResult<int>.ForError(Inv($"'{text[start..end]}' fractions: the number of fractions must be a whole number"), start);
        }

        if (value < 1)
        {
            return ParseResult<int>.ForError(Inv($"{text[start..end]} fractions: at least 1 fraction is needed"), start);
        }

        if (value > 10_000)
        {
            return ParseResult<int>.ForError(Inv($"'{text[start..end]}' fractions is implausible (input-sanity limit 10000)"), start);
        }

        return ParseResult<int>.ForValue((int)value);
    }

    private static bool IsTimes(ref DoseScanner s)
    {
        var c = s.Current;
        if (c is '×' or '*')
        {
            s.Position++;
            return true;
        }

        var word = s.PeekWord(out var end);
        if (word.Length >= 1 && (word[0] is 'x' or 'X'))
        {
            // "x" alone, or "x2" is impossible since digits end a word; accept only the single letter.
            if (word.Length == 1)
            {
                s.Position = end;
                return true;
            }
        }

        return false;
    }

    private static void SkipFractionWord(ref DoseScanner s)
    {
        var save = s.Position;
        s.SkipWhitespace();
        if (s.Current == '#')
        {
            s.Position++;
            return;
        }

        var word = s.PeekWord(out var end);
        if (word.Equals("fx", StringComparison.OrdinalIgnoreCase)
            || word.Equals("fraction", StringComparison.OrdinalIgnoreCase)
            || word.Equals("fractions", StringComparison.OrdinalIgnoreCase)
            || word.Equals("fr", StringComparison.OrdinalIgnoreCase))
        {
            s.Position = end;
            return;
        }

        s.Position = save;
    }

    private static string Shown(string rest) => rest.Length > 20 ? rest[..20] + "…" : rest;

    private static ParseResult<Fractionation> Fail(string message, int position) => ParseResult<Fractionation>.ForError(message, position);

    private static Fractionation Throwing(ParseResult<Fractionation> result) =>
        result.Success ? result.Value : throw new ArgumentException(result.Error);

    private static string Inv(FormattableString s) => FormattableString.Invariant(s);
}
