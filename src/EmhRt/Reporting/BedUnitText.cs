using System.Globalization;

namespace EmhRt.Reporting;

/// <summary>
/// The unit of a BED, which is Gy at an α/β (issue 18: every BED is labelled with its α/β): <c>Gy₂</c>, <c>Gy₁₀</c> (the α/β as
/// a subscript when it is a whole number of Gy, 1–99), else <c>Gy (α/β 2.5 Gy)</c>.
/// </summary>
internal static class BedUnitText
{
    /// <summary>The unit of a BED at <paramref name="alphaBetaGy"/>.</summary>
    /// <param name="alphaBetaGy">The α/β (Gy).</param>
    public static string Format(double alphaBetaGy)
    {
        if (alphaBetaGy is >= 1 and < 100 && alphaBetaGy == Math.Floor(alphaBetaGy))
        {
            var digits = ((int)alphaBetaGy).ToString(CultureInfo.InvariantCulture);
            Span<char> unit = stackalloc char[4];
            unit[0] = 'G';
            unit[1] = 'y';
            for (var i = 0; i < digits.Length; i++)
            {
                unit[2 + i] = (char)('\u2080' + (digits[i] - '0'));
            }

            return new string(unit[..(2 + digits.Length)]);
        }

        return string.Create(CultureInfo.InvariantCulture, $"Gy (α/β {alphaBetaGy:0.##} Gy)");
    }
}
