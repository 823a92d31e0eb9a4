using System.Runtime.CompilerServices;

namespace EmhRt;

/// <summary>Argument checks for programmer errors. User input is validated by parsers, never by these.</summary>
internal static class Guard
{
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number.");
        }

        return value;
    }

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            ThrowNotPositive(name, value);
        }

        return value;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNotPositive(string? name, double value) =>
        throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number greater than zero.");

    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                name, value, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Value must be finite and within [{min}, {max}]."));
        }

        return value;
    }
}
