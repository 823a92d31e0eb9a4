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
public static class ReportNumber
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
    public static string Format(double value) => Round(value).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Writes <see cref="Format(double)"/> into <paramref name="destination"/> without allocating.</summary>
    /// <param name="value">A finite number.</param>
    /// <param name="destination">Where to write (32 characters always suffice).</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <returns>Whether the text fitted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static bool TryFormat(double value, Span<char> destination, out int charsWritten) =>
        Round(value).TryFormat(destination, out charsWritten, "R", CultureInfo.InvariantCulture);
}
