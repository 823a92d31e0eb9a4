using System.Globalization;
using EmhRt.Doses;
using EmhRt.Text;

namespace EmhRt.Radiobiology;

/// <summary>The α/β ratio of the linear-quadratic model, in Gy (finite, &gt; 0).</summary>
/// <remarks>
/// <c>default(AlphaBeta)</c> is not a valid ratio (0 Gy): <see cref="IsValid"/> is false and every API that takes
/// an α/β throws <see cref="ArgumentException"/> for it. Tissue values with their sources are in
/// <see cref="AlphaBetaDefaults"/>. Equality is exact.
/// </remarks>
public readonly struct AlphaBeta : IEquatable<AlphaBeta>, IComparable<AlphaBeta>
{
    private AlphaBeta(double gy) => Gy = gy;

    /// <summary>The ratio in Gy.</summary>
    public double Gy { get; }

    /// <summary>False only for <c>default(AlphaBeta)</c>.</summary>
    public bool IsValid => Gy > 0;

    /// <summary>Creates an α/β ratio.</summary>
    /// <param name="gy">α/β in Gy; finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gy"/> is not finite or not &gt; 0.</exception>
    public static AlphaBeta FromGy(double gy) => new(Guard.Positive(gy));

    /// <summary>
    /// Parses an α/β such as <c>2</c>, <c>2 Gy</c> or <c>0.87 Gy</c>: the grammar of <see cref="Dose.Parse"/> (a number,
    /// an optional Gy or cGy; no sign, no exponent, a point as decimal separator), greater than 0 and within the
    /// input-sanity limits (<see cref="InputLimits.MinAlphaBetaGy"/> to <see cref="InputLimits.MaxAlphaBetaGy"/> Gy).
    /// The one α/β grammar of every front end. Never throws.
    /// </summary>
    /// <param name="text">The text.</param>
    public static ParseResult<AlphaBeta> Parse(string? text)
    {
        var dose = Dose.ParseAmount(text, "an α/β ratio", "'10' or '2 Gy'");
        if (!dose.Success)
        {
            return dose.ConvertError<AlphaBeta>();
        }

        if (dose.Value.Gy <= 0)
        {
            return ParseResult<AlphaBeta>.ForError(string.Create(CultureInfo.InvariantCulture, $"'{text!.Trim()}' is not allowed: an α/β ratio must be greater than 0 Gy"), 0);
        }

        return CheckInput(dose.Value.Gy) is { } error
            ? ParseResult<AlphaBeta>.ForError(error, 0)
            : ParseResult<AlphaBeta>.ForValue(new AlphaBeta(dose.Value.Gy));
    }

    /// <summary>
    /// The input-sanity check of an α/β given by a user, a file or a batch row: null when <paramref name="gy"/> is
    /// from <see cref="InputLimits.MinAlphaBetaGy"/> to <see cref="InputLimits.MaxAlphaBetaGy"/>, else the message.
    /// </summary>
    internal static string? CheckInput(double gy) =>
        gy is >= InputLimits.MinAlphaBetaGy and <= InputLimits.MaxAlphaBetaGy
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"an α/β of {gy:R} Gy is out of range: it must be from {InputLimits.MinAlphaBetaGy} to {InputLimits.MaxAlphaBetaGy} Gy (input-sanity limit)");

    /// <summary>Invariant text, e.g. "2 Gy", "0.87 Gy".</summary>
    public override string ToString() => Gy.ToString("0.####", CultureInfo.InvariantCulture) + " Gy";

    /// <summary>Exact equality.</summary>
    /// <param name="other">The other ratio.</param>
    public bool Equals(AlphaBeta other) => Gy.Equals(other.Gy);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AlphaBeta other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Gy.GetHashCode();

    /// <summary>Orders by value.</summary>
    /// <param name="other">The other ratio.</param>
    public int CompareTo(AlphaBeta other) => Gy.CompareTo(other.Gy);

    /// <summary>Exact equality.</summary>
    public static bool operator ==(AlphaBeta left, AlphaBeta right) => left.Equals(right);

    /// <summary>Exact inequality.</summary>
    public static bool operator !=(AlphaBeta left, AlphaBeta right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    public static bool operator <(AlphaBeta left, AlphaBeta right) => left.Gy < right.Gy;

    /// <summary>Greater than.</summary>
    public static bool operator >(AlphaBeta left, AlphaBeta right) => left.Gy > right.Gy;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(AlphaBeta left, AlphaBeta right) => left.Gy <= right.Gy;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(AlphaBeta left, AlphaBeta right) => left.Gy >= right.Gy;

    internal double Checked(string name) =>
        Gy > 0 ? Gy : throw new ArgumentException("default(AlphaBeta) is not a valid α/β ratio; use AlphaBeta.FromGy.", name);
}
