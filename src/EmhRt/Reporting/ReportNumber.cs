using System.Globalization;

namespace EmhRt.Reporting;

/// <summary>
/// The single rounding rule of every machine-readable report (JSON, CSV): round half away from zero to
/// <see cref="Decimals"/> decimal places, then write the shortest invariant text that round-trips
/// (<c>17.700000000000003</c> → <c>17.7</c>, <c>28.125</c> stays <c>28.125</c>, <c>160</c> stays <c>160</c>).
/// </summary>
/// <remarks>
/// Doses in Gy, lengths in mm and percentages all use it, so 0.001 Gy, 0.001 mm and 0.001 percentage points are the
/// resolution of the reports. Negative zero is written as <c>0</c>. Non-finite values are a programmer error.
/// </remarks>
internal static class ReportNumber
{
    /// <summary>Decimal places kept: 3.</summary>
    public const int Decimals = 3;

    /// <summary>Rounds half away from zero to 3 decimal places (negative zero becomes 0).</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static double Round(double value)
    {
        var rounded = Math.Round(Guard.Finite(value), Decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }

    /// <summary>The rounded value as shortest round-trip invariant text, e.g. <c>17.7</c>, <c>160</c>, <c>0.001</c>.</summary>
    /// <param name="value">A finite number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static string Format(double value)
    {
        Span<char> buffer = stackalloc char[32];
        return TryFormat(value, buffer, out var written) ? new string(buffer[..written]) : Round(value).ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <see cref="Format(double)"/> into <paramref name="destination"/> without allocating.</summary>
    /// <param name="value">A finite number.</param>
    /// <param name="destination">Where to write (32 characters always suffice).</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <returns>Whether the text fitted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static bool TryFormat(double value, Span<char> destination, out int charsWritten)
    {
        var rounded = Round(value);
        if (Math.Abs(rounded) >= FastPathLimit)
        {
            return rounded.TryFormat(destination, out charsWritten, "R", CultureInfo.InvariantCulture);
        }

        // Fast path, same text as "R": a rounded value is the double nearest to k/1000 with |k| < 10^15, and its
        // shortest round-trip text is k/1000 written out with trailing zeros dropped.
        var thousandths = (long)Math.Round(rounded * 1000, MidpointRounding.AwayFromZero);
        var negative = thousandths < 0;
        var magnitude = negative ? -thousandths : thousandths;
        long whole = magnitude / 1000, fraction = magnitude % 1000;
        charsWritten = 0;
        if (negative)
        {
            if (destination.IsEmpty)
            {
                return false;
            }

            destination[charsWritten++] = '-';
        }

        if (!whole.TryFormat(destination[charsWritten..], out var wholeChars, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        charsWritten += wholeChars;
        if (fraction == 0)
        {
            return true;
        }

        var digits = fraction % 100 == 0 ? 1 : fraction % 10 == 0 ? 2 : 3;
        if (destination.Length < charsWritten + 1 + digits)
        {
            return false;
        }

        destination[charsWritten++] = '.';
        var scaled = digits == 1 ? fraction / 100 : digits == 2 ? fraction / 10 : fraction;
        for (var i = digits - 1; i >= 0; i--)
        {
            destination[charsWritten + i] = (char)('0' + (scaled % 10));
            scaled /= 10;
        }

        charsWritten += digits;
        return true;
    }

    private const double FastPathLimit = 1e12;
}
