using System.Globalization;

namespace EmhRt.Spine;

/// <summary>
/// One vertebral level: C1–C7, T1–T13, L1–L6, S1–S5 or the coccyx <c>Co</c>.
/// </summary>
/// <remarks>
/// <para>
/// The ordering is total and anatomy-independent: cranial before caudal, by region and then by number
/// (C1 &lt; C7 &lt; T1 &lt; T13 &lt; L1 &lt; L6 &lt; S1 &lt; S5 &lt; Co). Whether a level exists in a given patient
/// (T13, L6, or T12 with only 11 thoracic vertebrae) is a question for <see cref="SpineAnatomy.Contains"/>.
/// </para>
/// <para><c>default(VertebralLevel)</c> is C1.</para>
/// <para>Text is canonical and culture-invariant: <c>C6</c>, <c>T5</c>, <c>L1</c>, <c>S2</c>, <c>Co</c>.
/// Parse clinicians' notation with <see cref="SpineNotation.ParseLevel(string?, SpineAnatomy)"/>.</para>
/// </remarks>
public readonly struct VertebralLevel : IEquatable<VertebralLevel>, IComparable<VertebralLevel>, IComparable
{
    /// <summary>Largest thoracic number any supported anatomy has (T13).</summary>
    public const int MaxThoracicNumber = 13;

    /// <summary>Largest lumbar number any supported anatomy has (L6).</summary>
    public const int MaxLumbarNumber = 6;

    // Region in the high bits, number − 1 in the low 4 bits: default (0) is C1 and the key orders cranial → caudal.
    private readonly byte _key;

    private VertebralLevel(SpineRegion region, int number) => _key = (byte)(((int)region << 4) | (number - 1));

    /// <summary>The region.</summary>
    public SpineRegion Region => (SpineRegion)(_key >> 4);

    /// <summary>The number within the region (1-based); 1 for the coccyx.</summary>
    public int Number => (_key & 0xF) + 1;

    /// <summary>C1, the atlas: the most cranial level.</summary>
    public static VertebralLevel C1 => default;

    /// <summary>The coccyx, one level <c>Co</c>: the most caudal level.</summary>
    public static VertebralLevel Coccyx => new(SpineRegion.Coccygeal, 1);

    /// <summary>A cervical level C1–C7.</summary>
    /// <param name="number">1–7.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–7.</exception>
    public static VertebralLevel Cervical(int number) => Of(SpineRegion.Cervical, number);

    /// <summary>A thoracic level T1–T13 (T13 exists only in anatomies with 13 thoracic vertebrae).</summary>
    /// <param name="number">1–13.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–13.</exception>
    public static VertebralLevel Thoracic(int number) => Of(SpineRegion.Thoracic, number);

    /// <summary>A lumbar level L1–L6 (L6 exists only in anatomies with 6 lumbar vertebrae).</summary>
    /// <param name="number">1–6.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–6.</exception>
    public static VertebralLevel Lumbar(int number) => Of(SpineRegion.Lumbar, number);

    /// <summary>A sacral level S1–S5.</summary>
    /// <param name="number">1–5.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–5.</exception>
    public static VertebralLevel Sacral(int number) => Of(SpineRegion.Sacral, number);

    /// <summary>
    /// A level valid for any supported anatomy (numbers up to the largest possible: C7, T13, L6, S5, Co = 1).
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="number">The number within the region; 1 for the coccyx.</param>
    /// <exception cref="ArgumentOutOfRangeException">The region is undefined or the number is out of range.</exception>
    public static VertebralLevel Of(SpineRegion region, int number)
    {
        var max = MaxNumber(region);
        if (max == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown spine region.");
        }

        if (number < 1 || number > max)
        {
            throw new ArgumentOutOfRangeException(
                nameof(number), number,
                string.Create(CultureInfo.InvariantCulture, $"{region} level numbers run from 1 to {max}."));
        }

        return new VertebralLevel(region, number);
    }

    /// <summary>A level that exists in <paramref name="anatomy"/>.</summary>
    /// <param name="region">The region.</param>
    /// <param name="number">The number within the region; 1 for the coccyx.</param>
    /// <param name="anatomy">The patient's vertebral counts.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level does not exist in <paramref name="anatomy"/>.</exception>
    public static VertebralLevel Create(SpineRegion region, int number, SpineAnatomy anatomy)
    {
        var level = Of(region, number);
        if (!anatomy.Contains(level))
        {
            throw new ArgumentOutOfRangeException(
                nameof(number), number,
                string.Create(CultureInfo.InvariantCulture, $"{level} does not exist in a spine with {anatomy}."));
        }

        return level;
    }

    /// <summary>The largest level number a region can have in any supported anatomy (0 for an undefined region).</summary>
    internal static int MaxNumber(SpineRegion region) => region switch
    {
        SpineRegion.Cervical => 7,
        SpineRegion.Thoracic => MaxThoracicNumber,
        SpineRegion.Lumbar => MaxLumbarNumber,
        SpineRegion.Sacral => 5,
        SpineRegion.Coccygeal => 1,
        _ => 0,
    };

    internal static VertebralLevel Unchecked(SpineRegion region, int number) => new(region, number);

    /// <summary>Canonical prefix of a region: C, T, L, S or Co.</summary>
    internal static string Prefix(SpineRegion region) => region switch
    {
        SpineRegion.Cervical => "C",
        SpineRegion.Thoracic => "T",
        SpineRegion.Lumbar => "L",
        SpineRegion.Sacral => "S",
        _ => "Co",
    };

    /// <inheritdoc/>
    public bool Equals(VertebralLevel other) => _key == other._key;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is VertebralLevel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _key;

    /// <summary>Compares cranial to caudal: a negative result means this level is cranial to <paramref name="other"/>.</summary>
    /// <param name="other">The other level.</param>
    public int CompareTo(VertebralLevel other) => _key - other._key;

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        VertebralLevel other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a VertebralLevel.", nameof(obj)),
    };

    /// <summary>Canonical, culture-invariant text: <c>C6</c>, <c>T5</c>, <c>L1</c>, <c>S2</c> or <c>Co</c>.</summary>
    public override string ToString() => Region switch
    {
        SpineRegion.Coccygeal => "Co",
        _ => Text[_key],
    };

    private static readonly string[] Text = BuildText();

    private static string[] BuildText()
    {
        var text = new string[(int)SpineRegion.Coccygeal << 4];
        for (var r = SpineRegion.Cervical; r < SpineRegion.Coccygeal; r++)
        {
            for (var n = 1; n <= MaxNumber(r); n++)
            {
                text[((int)r << 4) | (n - 1)] = Prefix(r) + n.ToString(CultureInfo.InvariantCulture);
            }
        }

        return text;
    }

    /// <summary>Whether two levels are the same.</summary>
    public static bool operator ==(VertebralLevel left, VertebralLevel right) => left.Equals(right);

    /// <summary>Whether two levels differ.</summary>
    public static bool operator !=(VertebralLevel left, VertebralLevel right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is cranial to <paramref name="right"/>.</summary>
    public static bool operator <(VertebralLevel left, VertebralLevel right) => left._key < right._key;

    /// <summary>Whether <paramref name="left"/> is cranial to or the same as <paramref name="right"/>.</summary>
    public static bool operator <=(VertebralLevel left, VertebralLevel right) => left._key <= right._key;

    /// <summary>Whether <paramref name="left"/> is caudal to <paramref name="right"/>.</summary>
    public static bool operator >(VertebralLevel left, VertebralLevel right) => left._key > right._key;

    /// <summary>Whether <paramref name="left"/> is caudal to or the same as <paramref name="right"/>.</summary>
    public static bool operator >=(VertebralLevel left, VertebralLevel right) => left._key >= right._key;
}
