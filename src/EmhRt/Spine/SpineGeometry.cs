using System.Globalization;

namespace EmhRt.Spine;

/// <summary>
/// The craniocaudal extent of each vertebral level in millimetres (one body plus the disc below), as a position
/// along the spine with caudal positive.
/// </summary>
/// <remarks>
/// <para><see cref="Population"/> is a population estimate (<see cref="IsEstimate"/>) from <c>gray1918</c>
/// [pub]: adult male cervical 125 mm, thoracic 280 mm, lumbar 180 mm, sacrum + coccyx 125 mm. Per-level pitch
/// [derived]: C 125/7 ≈ 17.86 mm, T 280/12 ≈ 23.33 mm, L 180/5 = 36.0 mm. Splitting sacrum + coccyx evenly into
/// S1–S5 and Co (125/6 ≈ 20.83 mm each) is an [assumption]. Female = 0.86 × male [derived]. Variant anatomies
/// (11 or 13 thoracic, 4 or 6 lumbar) use the same per-level pitch, so the column is one pitch shorter or longer
/// [assumption]. Positions start at 0 at the top of C1.</para>
/// <para>A patient geometry (<see cref="SpineGeometryReader"/>) covers only the measured levels
/// (<see cref="MeasuredRange"/>); nothing is extrapolated. Members that need a level outside that range throw
/// <see cref="ArgumentOutOfRangeException"/> naming the range; the Try members return false instead. A gap between
/// one level's bottom and the next level's top is counted with the level above.</para>
/// </remarks>
public sealed class SpineGeometry
{
    /// <summary>Female column lengths relative to male (<c>gray1918</c>, 61 cm vs 71 cm) [derived].</summary>
    public const double FemaleScale = 0.86;

    /// <summary><see cref="FemaleScale"/> as the texts write it, <c>0.86</c>.</summary>
    internal static readonly string FemaleScaleText = FemaleScale.ToString("0.##", CultureInfo.InvariantCulture);

    private readonly double[] _top;    // by anatomy index; only [_first, _last] meaningful
    private readonly double[] _bottom;
    private readonly int _first;
    private readonly int _last;

    private SpineGeometry(SpineAnatomy anatomy, double[] top, double[] bottom, int first, int last, bool isEstimate, string source)
    {
        Anatomy = anatomy;
        _top = top;
        _bottom = bottom;
        _first = first;
        _last = last;
        IsEstimate = isEstimate;
        Source = source;
    }

    /// <summary>The anatomy the geometry describes.</summary>
    public SpineAnatomy Anatomy { get; }

    /// <summary>Whether lengths are a population estimate rather than measured on the patient's images.</summary>
    public bool IsEstimate { get; }

    /// <summary>Where the numbers come from, for reports.</summary>
    public string Source { get; }

    /// <summary>The levels with known positions: C1–Co for a population estimate, the measured levels otherwise.</summary>
    public VertebralSpan MeasuredRange => VertebralSpan.Create(Anatomy.LevelAtUnchecked(_first), Anatomy.LevelAtUnchecked(_last));

    /// <summary>Position of the top of the first measured level, mm.</summary>
    public double TopMm => _top[_first];

    /// <summary>Position of the bottom of the last measured level, mm.</summary>
    public double BottomMm => _bottom[_last];

    /// <summary>
    /// Population estimate of level heights (<c>gray1918</c>; see remarks for what is derived and assumed).
    /// </summary>
    /// <param name="sex">The patient's sex: female lengths are 0.86 × male [derived].</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not a defined value.</exception>
    /// <remarks>The 18 population geometries (2 sexes × 3 thoracic × 3 lumbar counts) are built once and shared: they are immutable.</remarks>
    public static SpineGeometry Population(Sex sex, SpineAnatomy anatomy)
    {
        if (sex is not (Sex.Female or Sex.Male))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), sex, "Sex must be Female or Male.");
        }

        var index = ((sex == Sex.Female ? 1 : 0) * 9) + ((anatomy.ThoracicCount - 11) * 3) + (anatomy.LumbarCount - 4);
        var geometry = Volatile.Read(ref PopulationCache[index]);
        if (geometry is null)
        {
            // A race only builds an equal geometry twice.
            geometry = BuildPopulation(sex, anatomy);
            Volatile.Write(ref PopulationCache[index], geometry);
        }

        return geometry;
    }

    private static readonly SpineGeometry?[] PopulationCache = new SpineGeometry?[18];

    private static SpineGeometry BuildPopulation(Sex sex, SpineAnatomy anatomy)
    {
        var scale = sex == Sex.Male ? 1.0 : FemaleScale;
        var n = anatomy.LevelCount;
        var top = new double[n];
        var bottom = new double[n];
        var position = 0.0;
        for (var i = 0; i < n; i++)
        {
            var height = PopulationPitchMm(anatomy.LevelAtUnchecked(i).Region) * scale;
            top[i] = position;
            position += height;
            bottom[i] = position;
        }

        var source = sex == Sex.Male
            ? "population estimate, adult male (gray1918: C 125, T 280, L 180, sacrum + coccyx 125 mm; per-level pitch derived; even S1-S5/Co split assumed)"
            : "population estimate, adult female = " + FemaleScaleText + " x male (gray1918: C 125, T 280, L 180, sacrum + coccyx 125 mm; per-level pitch derived; even S1-S5/Co split assumed)";
        return new SpineGeometry(anatomy, top, bottom, 0, n - 1, isEstimate: true, source);
    }

    /// <summary>Adult male per-level pitch for a region, mm (<c>gray1918</c> [derived]; S and Co split [assumption]).</summary>
    /// <param name="region">The region.</param>
    public static double PopulationPitchMm(SpineRegion region) => region switch
    {
        SpineRegion.Cervical => 125.0 / 7,
        SpineRegion.Thoracic => 280.0 / 12,
        SpineRegion.Lumbar => 180.0 / 5,
        _ => 125.0 / 6,
    };

    /// <summary>Creates a measured geometry from validated, contiguous level extents (used by the reader).</summary>
    internal static SpineGeometry Measured(SpineAnatomy anatomy, int first, ReadOnlySpan<double> tops, ReadOnlySpan<double> bottoms, string source)
    {
        var n = anatomy.LevelCount;
        var top = new double[n];
        var bottom = new double[n];
        tops.CopyTo(top.AsSpan(first));
        bottoms.CopyTo(bottom.AsSpan(first));
        return new SpineGeometry(anatomy, top, bottom, first, first + tops.Length - 1, isEstimate: false, source);
    }

    /// <summary>Whether <paramref name="level"/> exists in the anatomy and lies within <see cref="MeasuredRange"/>.</summary>
    /// <param name="level">The level.</param>
    public bool Covers(VertebralLevel level)
    {
        var i = Anatomy.IndexOrMinusOne(level);
        return i >= _first && i <= _last;
    }

    /// <summary>Whether every level of <paramref name="span"/> lies within <see cref="MeasuredRange"/>.</summary>
    /// <param name="span">The span.</param>
    public bool Covers(VertebralSpan span) => Covers(span.Cranial) && Covers(span.Caudal);

    /// <summary>Position of the top of a level, mm (caudal positive).</summary>
    /// <param name="level">A level within <see cref="MeasuredRange"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is outside the measured range.</exception>
    public double TopOf(VertebralLevel level) => _top[Index(level)];

    /// <summary>Position of the bottom of a level (top of the next level), mm.</summary>
    /// <param name="level">A level within <see cref="MeasuredRange"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is outside the measured range.</exception>
    public double BottomOf(VertebralLevel level)
    {
        var i = Index(level);
        return i < _last ? _top[i + 1] : _bottom[i];
    }

    /// <summary>
    /// Position of the bottom of a level's body as given, mm: for a measured geometry the bottom before the gap (disc)
    /// to the next level; for the population estimate, which has no gaps, the same as <see cref="BottomOf"/>. For
    /// drawing; lengths use <see cref="BottomOf"/>.
    /// </summary>
    /// <param name="level">A level within <see cref="MeasuredRange"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is outside the measured range.</exception>
    public double BodyBottomOf(VertebralLevel level) => _bottom[Index(level)];

    /// <summary>Craniocaudal height of a level (body plus the disc below), mm.</summary>
    /// <param name="level">A level within <see cref="MeasuredRange"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is outside the measured range.</exception>
    public double HeightOf(VertebralLevel level) => BottomOf(level) - TopOf(level);

    /// <summary>Craniocaudal length of a span, from the top of its cranial level to the bottom of its caudal level, mm.</summary>
    /// <param name="span">A span within <see cref="MeasuredRange"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span reaches outside the measured range.</exception>
    public double LengthOf(VertebralSpan span) => BottomOf(span.Caudal) - TopOf(span.Cranial);

    /// <summary>Sum of the lengths of several spans, mm (overlaps are counted twice: pass disjoint spans).</summary>
    /// <param name="spans">Spans within <see cref="MeasuredRange"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="spans"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A span reaches outside the measured range.</exception>
    public double LengthOf(IEnumerable<VertebralSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var sum = 0.0;
        foreach (var span in spans)
        {
            sum += LengthOf(span);
        }

        return sum;
    }

    /// <summary>Length of a span, or false when it reaches outside <see cref="MeasuredRange"/> (never extrapolated).</summary>
    /// <param name="span">The span.</param>
    /// <param name="lengthMm">The length in mm, or 0.</param>
    public bool TryGetLength(VertebralSpan span, out double lengthMm)
    {
        lengthMm = Covers(span) ? LengthOf(span) : 0;
        return Covers(span);
    }

    /// <summary>The level containing a position: a level spans [top, next level's top); the last measured level
    /// includes its bottom.</summary>
    /// <param name="positionMm">Position in mm, caudal positive.</param>
    /// <param name="level">The level, or C1 when the position is outside the measured range.</param>
    /// <returns>Whether the position lies within the measured range.</returns>
    public bool TryGetLevelAt(double positionMm, out VertebralLevel level)
    {
        var i = IndexAt(positionMm, preferCranial: false);
        level = i >= 0 ? Anatomy.LevelAtUnchecked(i) : default;
        return i >= 0;
    }

    /// <summary>The level containing a position.</summary>
    /// <param name="positionMm">Position in mm, caudal positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position lies outside the measured range.</exception>
    public VertebralLevel LevelAt(double positionMm) =>
        TryGetLevelAt(positionMm, out var level)
            ? level
            : throw new ArgumentOutOfRangeException(
                nameof(positionMm), positionMm,
                string.Create(CultureInfo.InvariantCulture, $"Position {positionMm:0.0} mm lies outside the measured range {MeasuredRange} ({TopMm:0.0} to {BottomMm:0.0} mm)."));

    /// <summary>
    /// Index of the level containing a position, or −1 outside the range. With <paramref name="preferCranial"/>,
    /// a position exactly on a boundary belongs to the level above (for inferior borders).
    /// </summary>
    internal int IndexAt(double positionMm, bool preferCranial)
    {
        if (!double.IsFinite(positionMm) || positionMm < _top[_first] || positionMm > _bottom[_last])
        {
            return -1;
        }

        // Binary search for the last level whose top is <= position (or < position when preferring cranial).
        int lo = _first, hi = _last;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            var below = preferCranial ? _top[mid] < positionMm : _top[mid] <= positionMm;
            if (below)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    internal int FirstIndex => _first;

    internal int LastIndex => _last;

    internal double TopAt(int index) => _top[index];

    private int Index(VertebralLevel level)
    {
        var i = Anatomy.IndexOrMinusOne(level);
        if (i < _first || i > _last)
        {
            throw new ArgumentOutOfRangeException(
                nameof(level), level,
                i < 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{level} does not exist in a spine with {Anatomy}.")
                    : string.Create(CultureInfo.InvariantCulture, $"{level} lies outside the measured range {MeasuredRange} of this geometry; lengths are not extrapolated: measure it too."));
        }

        return i;
    }
}
