using System.Globalization;
using EmhRt.Text;

namespace EmhRt.Doses;

/// <summary>
/// An absorbed dose (or a dose-like quantity such as BED or EQD2) in gray (Gy). Gy is the only unit inside;
/// centigray (cGy) exists only at the edges (<see cref="FromCentigray"/>, <see cref="Centigray"/>, parsing).
/// </summary>
/// <remarks>
/// Equality and ordering are exact (bit-for-bit on the stored Gy value, as <see cref="double"/>); use
/// <see cref="ApproximatelyEquals"/> with an explicit tolerance to compare computed doses.
/// <c>default(Dose)</c> is <see cref="Zero"/>. A dose may be negative only as the result of a subtraction;
/// parsing never yields a negative dose. Values are always finite.
/// </remarks>
public readonly struct Dose : IEquatable<Dose>, IComparable<Dose>, IComparable
{
    private Dose(double gy) => Gy = gy;

    /// <summary>0 Gy.</summary>
    public static Dose Zero => default;

    /// <summary>The dose in Gy.</summary>
    public double Gy { get; }

    /// <summary>The dose in cGy (Gy × 100).</summary>
    public double Centigray => Gy * 100.0;

    /// <summary>Creates a dose from a value in Gy.</summary>
    /// <param name="gy">Dose in Gy; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gy"/> is NaN or infinite.</exception>
    public static Dose FromGy(double gy) => new(Guard.Finite(gy));

    /// <summary>Creates a dose from a value in cGy (divided by 100, so 180 cGy is exactly the double 1.8 Gy).</summary>
    /// <param name="centigray">Dose in cGy; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="centigray"/> is NaN or infinite.</exception>
    public static Dose FromCentigray(double centigray) => new(Guard.Finite(centigray) / 100.0);

    /// <summary>The smallest dose <see cref="Parse"/> accepts, 0.0001 Gy: the resolution of <see cref="ToString()"/>, so that every dose read is written back as the same non-zero value.</summary>
    private const double SmallestStatedGy = 0.0001;

    /// <summary>
    /// Parses a dose a user writes: <c>20 Gy</c>, <c>20Gy</c>, <c>2000 cGy</c>, <c>1.8 gy</c>, or a bare number meaning
    /// Gy (<c>20</c>, <c>.5</c>). The one dose grammar of every front end (CLI options, batch cells, JSON Lines values):
    /// invariant culture, a point is the decimal separator and needs a digit after it (<c>5.</c> is refused), no sign
    /// (<c>+5</c>, <c>-5</c>), no thousands separators, no exponent; units are case-insensitive, with or without a
    /// space. The dose must be greater than 0 Gy (at least 0.0001 Gy, the resolution of <see cref="ToString()"/>): every dose a user states (a prescription, a dose per fraction, a
    /// target, a bound, an earlier course) is a positive amount, and a 0 is a slip, never a value. Never throws.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The dose (&gt; 0 Gy), or a message with the zero-based position of the problem.</returns>
    public static ParseResult<Dose> Parse(string? text)
    {
        var dose = ParseAmount(text, "a dose", null);
        if (dose.Success && dose.Value.Gy < SmallestStatedGy)
        {
            var why = dose.Value.Gy == 0
                ? "a dose must be greater than 0 Gy"
                : "a dose must be at least 0.0001 Gy (0.01 cGy), the resolution at which EmhRt writes doses";
            return ParseResult<Dose>.ForError(string.Create(CultureInfo.InvariantCulture, $"'{text!.Trim()}' is not allowed: {why}"), text.Length - text.TrimStart().Length);
        }

        return dose;
    }

    /// <summary>
    /// <see cref="Parse"/>'s grammar without its "greater than 0" check (the α/β, which has its own): a number, an
    /// optional Gy or cGy, nothing else. <paramref name="what"/> and <paramref name="example"/> word the messages.
    /// </summary>
    internal static ParseResult<Dose> ParseAmount(string? text, string what, string? example)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<Dose>.ForError(
                string.Create(CultureInfo.InvariantCulture, $"no {what[(what.IndexOf(' ', StringComparison.Ordinal) + 1)..]} given: expected e.g. {example ?? "'20 Gy' or '2000 cGy'"}"), 0);
        }

        var scanner = new DoseScanner(text);
        scanner.SkipWhitespace();
        var dose = scanner.ReadDose(out var hadUnit, what, example);
        if (!dose.Success)
        {
            return dose;
        }

        scanner.SkipWhitespace();
        if (!hadUnit && char.IsAsciiLetter(scanner.Current))
        {
            var word = scanner.PeekWord(out _).ToString();
            return ParseResult<Dose>.ForError(
                string.Create(CultureInfo.InvariantCulture, $"unknown unit '{word}': expected Gy or cGy"), scanner.Position);
        }

        return scanner.AtEnd
            ? dose
            : ParseResult<Dose>.ForError(
                string.Create(CultureInfo.InvariantCulture, $"unexpected '{scanner.Rest}' after the {what[(what.IndexOf(' ', StringComparison.Ordinal) + 1)..]}: expected e.g. {example ?? "'20 Gy' or '2000 cGy'"}"),
                scanner.Position);
    }

    /// <summary>Whether this dose is within <paramref name="tolerance"/> of <paramref name="other"/> (inclusive).</summary>
    /// <param name="other">The dose to compare with.</param>
    /// <param name="tolerance">The largest allowed absolute difference; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public bool ApproximatelyEquals(Dose other, Dose tolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance.Gy, nameof(tolerance));
        return Math.Abs(Gy - other.Gy) <= tolerance.Gy;
    }

    /// <summary>Exact equality of the Gy values.</summary>
    /// <param name="other">The other dose.</param>
    public bool Equals(Dose other) => Gy.Equals(other.Gy);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Dose other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Gy.GetHashCode();

    /// <summary>Orders doses by their Gy value.</summary>
    /// <param name="other">The other dose.</param>
    public int CompareTo(Dose other) => Gy.CompareTo(other.Gy);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Dose other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Dose.", nameof(obj)),
    };

    /// <summary>Invariant text in Gy with at most four decimals: "20 Gy", "1.8 Gy", "17.1 Gy".</summary>
    public override string ToString() => Gy.ToString("0.####", CultureInfo.InvariantCulture) + " Gy";

    /// <summary>Invariant text in cGy with at most two decimals: "2000 cGy", "180 cGy".</summary>
    public string ToCentigrayString() => Centigray.ToString("0.##", CultureInfo.InvariantCulture) + " cGy";

    /// <summary>Exact equality.</summary>
    public static bool operator ==(Dose left, Dose right) => left.Equals(right);

    /// <summary>Exact inequality.</summary>
    public static bool operator !=(Dose left, Dose right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    public static bool operator <(Dose left, Dose right) => left.Gy < right.Gy;

    /// <summary>Greater than.</summary>
    public static bool operator >(Dose left, Dose right) => left.Gy > right.Gy;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Dose left, Dose right) => left.Gy <= right.Gy;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Dose left, Dose right) => left.Gy >= right.Gy;

    /// <summary>Sum of two doses.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is not finite.</exception>
    public static Dose operator +(Dose left, Dose right) => FromGy(left.Gy + right.Gy);

    /// <summary>Difference of two doses (may be negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is not finite.</exception>
    public static Dose operator -(Dose left, Dose right) => FromGy(left.Gy - right.Gy);

    /// <summary>Negation.</summary>
    public static Dose operator -(Dose dose) => new(-dose.Gy);

    /// <summary>Dose times a finite scalar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor or the result is not finite.</exception>
    public static Dose operator *(Dose dose, double factor) => FromGy(dose.Gy * Guard.Finite(factor));

    /// <summary>Scalar times dose.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor or the result is not finite.</exception>
    public static Dose operator *(double factor, Dose dose) => dose * factor;

    /// <summary>Dose divided by a whole number (e.g. total dose / fractions).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is zero.</exception>
    public static Dose operator /(Dose dose, int divisor)
    {
        if (divisor == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), divisor, "Cannot divide a dose by zero.");
        }

        return new Dose(dose.Gy / divisor);
    }

    /// <summary>Named alternative to <c>+</c>.</summary>
    /// <param name="left">First dose.</param>
    /// <param name="right">Second dose.</param>
    public static Dose Add(Dose left, Dose right) => left + right;

    /// <summary>Named alternative to binary <c>-</c>.</summary>
    /// <param name="left">First dose.</param>
    /// <param name="right">Dose subtracted.</param>
    public static Dose Subtract(Dose left, Dose right) => left - right;

    /// <summary>Named alternative to unary <c>-</c>.</summary>
    /// <param name="dose">The dose.</param>
    public static Dose Negate(Dose dose) => -dose;

    /// <summary>Named alternative to <c>*</c>.</summary>
    /// <param name="dose">The dose.</param>
    /// <param name="factor">Finite factor.</param>
    public static Dose Multiply(Dose dose, double factor) => dose * factor;

    /// <summary>Named alternative to <c>/</c>.</summary>
    /// <param name="dose">The dose.</param>
    /// <param name="divisor">Non-zero divisor.</param>
    public static Dose Divide(Dose dose, int divisor) => dose / divisor;
}
