using System.Collections.Immutable;

namespace EmhRt.Spine;

/// <summary>
/// A contiguous run of vertebral levels from <see cref="Cranial"/> to <see cref="Caudal"/> inclusive
/// (<see cref="Cranial"/> ≤ <see cref="Caudal"/>).
/// </summary>
/// <remarks>
/// <para><c>default(VertebralSpan)</c> is the single level C1.</para>
/// <para>Canonical, culture-invariant text: <c>T5-T8</c> (ASCII hyphen), or <c>T5</c> for a single level; it
/// round-trips through <see cref="SpineNotation.ParseSpans(string?, SpineAnatomy)"/>. Equality and ordering are by
/// (<see cref="Cranial"/>, <see cref="Caudal"/>).</para>
/// <para>Members taking a <see cref="SpineAnatomy"/> throw <see cref="ArgumentOutOfRangeException"/> when a bound
/// does not exist in that anatomy.</para>
/// </remarks>
public readonly struct VertebralSpan : IEquatable<VertebralSpan>, IComparable<VertebralSpan>
{
    private VertebralSpan(VertebralLevel cranial, VertebralLevel caudal)
    {
        Cranial = cranial;
        Caudal = caudal;
    }

    /// <summary>The most cranial level of the span.</summary>
    public VertebralLevel Cranial { get; }

    /// <summary>The most caudal level of the span.</summary>
    public VertebralLevel Caudal { get; }

    /// <summary>The span between two levels in either order: <c>Create(T8, T5)</c> is T5-T8.</summary>
    /// <param name="a">One bound.</param>
    /// <param name="b">The other bound.</param>
    public static VertebralSpan Create(VertebralLevel a, VertebralLevel b) => a <= b ? new(a, b) : new(b, a);

    /// <summary>A span of one level.</summary>
    /// <param name="level">The level.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Clinical wording: a single-level span.")]
    public static VertebralSpan Single(VertebralLevel level) => new(level, level);

    /// <summary>Whether the span is a single level.</summary>
    public bool IsSingleLevel => Cranial == Caudal;

    /// <summary>Whether <paramref name="level"/> lies within the span.</summary>
    /// <param name="level">The level.</param>
    public bool Contains(VertebralLevel level) => Cranial <= level && level <= Caudal;

    /// <summary>Whether <paramref name="other"/> lies entirely within this span.</summary>
    /// <param name="other">The other span.</param>
    public bool Contains(VertebralSpan other) => Cranial <= other.Cranial && other.Caudal <= Caudal;

    /// <summary>Whether the two spans share at least one level.</summary>
    /// <param name="other">The other span.</param>
    public bool Overlaps(VertebralSpan other) => Cranial <= other.Caudal && other.Cranial <= Caudal;

    /// <summary>Whether the spans do not overlap but one ends at the level directly before the other starts
    /// (T5-T8 and T9-T10; T5-T12 and L1-L2 with 12 thoracic vertebrae).</summary>
    /// <param name="other">The other span.</param>
    /// <param name="anatomy">The patient's anatomy, which decides which level follows T12.</param>
    public bool IsAdjacentTo(VertebralSpan other, SpineAnatomy anatomy)
    {
        var thisStart = anatomy.IndexOf(Cranial);
        var thisEnd = anatomy.IndexOf(Caudal);
        var otherStart = anatomy.IndexOf(other.Cranial);
        var otherEnd = anatomy.IndexOf(other.Caudal);
        return thisEnd + 1 == otherStart || otherEnd + 1 == thisStart;
    }

    /// <summary>Whether the spans overlap or are adjacent, i.e. their union is one contiguous span.</summary>
    /// <param name="other">The other span.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    public bool Touches(VertebralSpan other, SpineAnatomy anatomy) => Overlaps(other) || IsAdjacentTo(other, anatomy);

    /// <summary>Number of levels in the span (T5-T8 = 4).</summary>
    /// <param name="anatomy">The patient's anatomy.</param>
    public int LevelCount(SpineAnatomy anatomy) => anatomy.IndexOf(Caudal) - anatomy.IndexOf(Cranial) + 1;

    /// <summary>The levels of the span, cranial to caudal.</summary>
    /// <param name="anatomy">The patient's anatomy.</param>
    public ImmutableArray<VertebralLevel> Levels(SpineAnatomy anatomy)
    {
        var start = anatomy.IndexOf(Cranial);
        var end = anatomy.IndexOf(Caudal);
        var builder = ImmutableArray.CreateBuilder<VertebralLevel>(end - start + 1);
        for (var i = start; i <= end; i++)
        {
            builder.Add(anatomy.LevelAtUnchecked(i));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Whether both bounds exist in <paramref name="anatomy"/>.</summary>
    /// <param name="anatomy">The patient's anatomy.</param>
    public bool IsValidIn(SpineAnatomy anatomy) => anatomy.Contains(Cranial) && anatomy.Contains(Caudal);

    /// <inheritdoc/>
    public bool Equals(VertebralSpan other) => Cranial == other.Cranial && Caudal == other.Caudal;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is VertebralSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Cranial.GetHashCode() << 8) | Caudal.GetHashCode();

    /// <summary>Orders by cranial bound, then by caudal bound.</summary>
    /// <param name="other">The other span.</param>
    public int CompareTo(VertebralSpan other)
    {
        var c = Cranial.CompareTo(other.Cranial);
        return c != 0 ? c : Caudal.CompareTo(other.Caudal);
    }

    /// <summary>Canonical, culture-invariant text: <c>T5-T8</c>, or <c>T5</c> for a single level.</summary>
    public override string ToString() => IsSingleLevel ? Cranial.ToString() : Cranial + "-" + Caudal;

    /// <summary>Whether two spans have the same bounds.</summary>
    public static bool operator ==(VertebralSpan left, VertebralSpan right) => left.Equals(right);

    /// <summary>Whether two spans differ.</summary>
    public static bool operator !=(VertebralSpan left, VertebralSpan right) => !left.Equals(right);

    /// <summary>Orders by cranial bound, then caudal bound.</summary>
    public static bool operator <(VertebralSpan left, VertebralSpan right) => left.CompareTo(right) < 0;

    /// <summary>Orders by cranial bound, then caudal bound.</summary>
    public static bool operator <=(VertebralSpan left, VertebralSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by cranial bound, then caudal bound.</summary>
    public static bool operator >(VertebralSpan left, VertebralSpan right) => left.CompareTo(right) > 0;

    /// <summary>Orders by cranial bound, then caudal bound.</summary>
    public static bool operator >=(VertebralSpan left, VertebralSpan right) => left.CompareTo(right) >= 0;
}
