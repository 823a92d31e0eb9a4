using System.Globalization;
using EmhRt.Spine;

namespace EmhRt.Volumes;

/// <summary>
/// Where a PTV border falls: the level it lies in and its distance below that level's top, or how far beyond
/// C1, the coccyx or the measured range it lies.
/// </summary>
/// <remarks><c>default(BorderPosition)</c> is the top of C1 at 0 mm (within C1, 0 mm below its top).</remarks>
public readonly struct BorderPosition : IEquatable<BorderPosition>
{
    private readonly VertebralLevel _level;

    private BorderPosition(BorderLocation location, double positionMm, VertebralLevel level, double belowTop, double beyond)
    {
        Location = location;
        PositionMm = positionMm;
        _level = level;
        MillimetresBelowTop = belowTop;
        MillimetresBeyond = beyond;
    }

    /// <summary>Whether the border lies within a level, or beyond which edge.</summary>
    public BorderLocation Location { get; }

    /// <summary>Position of the border along the spine, mm, caudal positive (same origin as the geometry).</summary>
    public double PositionMm { get; }

    /// <summary>The level the border lies in, or <see langword="null"/> when it lies outside the geometry.</summary>
    public VertebralLevel? Level => Location == BorderLocation.WithinLevel ? _level : null;

    /// <summary>Distance from the top of <see cref="Level"/> down to the border, mm; 0 when outside the geometry.</summary>
    public double MillimetresBelowTop { get; }

    /// <summary>Distance beyond the edge named by <see cref="Location"/>, mm; 0 when within a level.</summary>
    public double MillimetresBeyond { get; }

    internal static BorderPosition Locate(SpineGeometry geometry, double positionMm, bool inferior)
    {
        var index = geometry.IndexAt(positionMm, preferCranial: inferior);
        if (index >= 0)
        {
            var level = geometry.Anatomy.LevelAtUnchecked(index);
            return new BorderPosition(BorderLocation.WithinLevel, positionMm, level, positionMm - geometry.TopAt(index), 0);
        }

        var anatomy = geometry.Anatomy;
        if (positionMm < geometry.TopMm)
        {
            var location = geometry.FirstIndex == 0 ? BorderLocation.CranialToC1 : BorderLocation.CranialToMeasuredRange;
            return new BorderPosition(location, positionMm, default, 0, geometry.TopMm - positionMm);
        }

        var caudal = geometry.LastIndex == anatomy.LevelCount - 1 ? BorderLocation.CaudalToCoccyx : BorderLocation.CaudalToMeasuredRange;
        return new BorderPosition(caudal, positionMm, default, 0, positionMm - geometry.BottomMm);
    }

    /// <inheritdoc/>
    public bool Equals(BorderPosition other) =>
        Location == other.Location && PositionMm.Equals(other.PositionMm) && _level == other._level
        && MillimetresBelowTop.Equals(other.MillimetresBelowTop) && MillimetresBeyond.Equals(other.MillimetresBeyond);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BorderPosition other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Location, PositionMm, _level);

    /// <summary>Invariant text: "in T3, 13.3 mm below its top", "15.0 mm above the top of C1", ...</summary>
    public override string ToString() => Location switch
    {
        BorderLocation.WithinLevel => string.Create(CultureInfo.InvariantCulture, $"in {_level}, {MillimetresBelowTop:0.0} mm below its top"),
        BorderLocation.CranialToC1 => string.Create(CultureInfo.InvariantCulture, $"{MillimetresBeyond:0.0} mm above the top of C1"),
        BorderLocation.CaudalToCoccyx => string.Create(CultureInfo.InvariantCulture, $"{MillimetresBeyond:0.0} mm below the bottom of the coccyx"),
        BorderLocation.CranialToMeasuredRange => string.Create(CultureInfo.InvariantCulture, $"{MillimetresBeyond:0.0} mm above the measured levels (level unknown)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{MillimetresBeyond:0.0} mm below the measured levels (level unknown)"),
    };

    /// <summary>Whether two positions are equal.</summary>
    public static bool operator ==(BorderPosition left, BorderPosition right) => left.Equals(right);

    /// <summary>Whether two positions differ.</summary>
    public static bool operator !=(BorderPosition left, BorderPosition right) => !left.Equals(right);
}
