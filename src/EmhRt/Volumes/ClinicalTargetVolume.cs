using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using EmhRt.Spine;

namespace EmhRt.Volumes;

/// <summary>
/// The clinical target volume along the spine: each lesion extended by whole vertebral levels above and below,
/// overlapping or touching extensions merged into segments.
/// </summary>
/// <remarks>
/// <para>The CTV includes at least one vertebra above and one below the lesion, as recommended in
/// <c>cailleteau2023</c> [seed] (expert opinion). Seed 002: lesion T2–S1 → CTV T1–S2.</para>
/// <para>Disjoint segments stay separate; <see cref="Gaps"/> gives the untreated levels between consecutive
/// segments. Extension beyond C1 or the coccyx is clamped and recorded in <see cref="Clamps"/>.</para>
/// </remarks>
public sealed class ClinicalTargetVolume
{
    // Built on first read: the text, and with several segments the gaps, in one object made on first need.
    private string? _text;
    private GapParts? _gaps;

    private ClinicalTargetVolume(
        ImmutableArray<VertebralSpan> lesions,
        ImmutableArray<VertebralSpan> segments,
        ImmutableArray<CtvClamp> clamps,
        int levelCount,
        CtvLevelMargin margin,
        SpineAnatomy anatomy)
    {
        Lesions = lesions;
        Segments = segments;
        Clamps = clamps;
        LevelCount = levelCount;
        Margin = margin;
        Anatomy = anatomy;
    }

    /// <summary>The lesions, in the order given.</summary>
    public ImmutableArray<VertebralSpan> Lesions { get; }

    /// <summary>The CTV segments, cranial to caudal, disjoint and not adjacent.</summary>
    public ImmutableArray<VertebralSpan> Segments { get; }

    /// <summary>Number of untreated levels between consecutive segments (length = segments − 1; each ≥ 1).</summary>
    public ImmutableArray<int> Gaps => Segments.Length == 1 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(Gap.Gaps ??= BuildGaps());

    /// <summary>The untreated levels between consecutive segments, as spans (T12-L1 for CTV T4-T11 and L2-S2).</summary>
    public ImmutableArray<VertebralSpan> GapSpans => Segments.Length == 1 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(Gap.Spans ??= BuildGapSpans());

    /// <summary>Margins cut short at C1 or the coccyx, one entry per lesion and side.</summary>
    public ImmutableArray<CtvClamp> Clamps { get; }

    /// <summary>Whether any margin was cut short at C1 or the coccyx.</summary>
    public bool IsClamped => !Clamps.IsEmpty;

    /// <summary>Whether a margin above a lesion was cut short at C1.</summary>
    public bool ClampedCranially => HasClamp(CtvClampSide.Cranial);

    /// <summary>Whether a margin below a lesion was cut short at the coccyx.</summary>
    public bool ClampedCaudally => HasClamp(CtvClampSide.Caudal);

    /// <summary>Total number of levels in all segments.</summary>
    public int LevelCount { get; }

    /// <summary>The margin applied.</summary>
    public CtvLevelMargin Margin { get; }

    /// <summary>The patient's anatomy.</summary>
    public SpineAnatomy Anatomy { get; }

    /// <summary>The overall extent: from the cranial bound of the first segment to the caudal bound of the last.</summary>
    public VertebralSpan Extent => VertebralSpan.Create(Segments[0].Cranial, Segments[^1].Caudal);

    /// <summary>
    /// Craniocaudal length of each segment in <paramref name="geometry"/>, mm, cranial to caudal; null for a segment
    /// that reaches outside the geometry's measured range (lengths are never extrapolated).
    /// </summary>
    /// <param name="geometry">Level lengths (population estimate or the patient's measurements), same anatomy.</param>
    /// <returns>One entry per <see cref="Segments"/> entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is null.</exception>
    public ImmutableArray<double?> SegmentLengthsMm(SpineGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var lengths = new double?[Segments.Length];
        for (var i = 0; i < lengths.Length; i++)
        {
            lengths[i] = geometry.TryGetLength(Segments[i], out var mm) ? mm : null;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(lengths);
    }

    /// <summary>
    /// CTV length in <paramref name="geometry"/>: the sum of the segment lengths (treated levels only, gaps left out),
    /// mm, added cranial to caudal; null when a segment reaches outside the measured range. Equals
    /// <see cref="PlanningTargetVolume.CtvTotalLengthMm"/> of a PTV built on the same geometry.
    /// </summary>
    /// <param name="geometry">Level lengths, same anatomy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is null.</exception>
    public double? LengthMm(SpineGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var sum = 0.0;
        foreach (var segment in Segments)
        {
            if (!geometry.TryGetLength(segment, out var length))
            {
                return null;
            }

            sum += length;
        }

        return sum;
    }

    /// <summary>
    /// CTV extent in <paramref name="geometry"/>: from the top of the first segment to the bottom of the last (gaps
    /// included), mm; null when it reaches outside the measured range.
    /// </summary>
    /// <param name="geometry">Level lengths, same anatomy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is null.</exception>
    public double? ExtentMm(SpineGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry.TryGetLength(Extent, out var extent) ? extent : null;
    }

    /// <summary>Whether the CTV includes <paramref name="level"/>.</summary>
    /// <param name="level">The level.</param>
    public bool Contains(VertebralLevel level)
    {
        foreach (var segment in Segments)
        {
            if (segment.Contains(level))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds the CTV.</summary>
    /// <param name="lesions">One or more lesion spans; each bound must exist in <paramref name="anatomy"/>.</param>
    /// <param name="margin">Levels to add above and below each lesion.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lesions"/> is null.</exception>
    /// <exception cref="ArgumentException">No lesions, or a lesion bound that does not exist in the anatomy.</exception>
    public static ClinicalTargetVolume Create(IEnumerable<VertebralSpan> lesions, CtvLevelMargin margin, SpineAnatomy anatomy)
    {
        ArgumentNullException.ThrowIfNull(lesions);
        return Create(lesions.ToArray().AsSpan(), margin, anatomy);
    }

    /// <summary>Builds the CTV.</summary>
    /// <param name="lesions">One or more lesion spans; each bound must exist in <paramref name="anatomy"/>.</param>
    /// <param name="margin">Levels to add above and below each lesion.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <exception cref="ArgumentException">No lesions, or a lesion bound that does not exist in the anatomy.</exception>
    public static ClinicalTargetVolume Create(ReadOnlySpan<VertebralSpan> lesions, CtvLevelMargin margin, SpineAnatomy anatomy) =>
        Create(lesions, default, margin, anatomy);

    /// <summary>Builds the CTV, keeping <paramref name="lesions"/> as <see cref="Lesions"/> without a copy.</summary>
    internal static ClinicalTargetVolume CreateSharing(ImmutableArray<VertebralSpan> lesions, CtvLevelMargin margin, SpineAnatomy anatomy) =>
        Create(lesions.AsSpan(), lesions, margin, anatomy);

    private static ClinicalTargetVolume Create(
        ReadOnlySpan<VertebralSpan> lesions, ImmutableArray<VertebralSpan> lesionArray, CtvLevelMargin margin, SpineAnatomy anatomy)
    {
        if (lesions.IsEmpty)
        {
            throw new ArgumentException("A CTV needs at least one lesion.", nameof(lesions));
        }

        var last = anatomy.LevelCount - 1;
        var small = lesions.Length <= 32;
        var keys = small ? stackalloc int[lesions.Length] : new int[lesions.Length];
        ImmutableArray<CtvClamp>.Builder? clamps = null;
        for (var i = 0; i < lesions.Length; i++)
        {
            var lesion = lesions[i];
            if (!lesion.IsValidIn(anatomy))
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"Lesion {lesion} does not exist in a spine with {anatomy}."), nameof(lesions));
            }

            var start = anatomy.IndexOf(lesion.Cranial) - margin.LevelsAbove;
            var end = anatomy.IndexOf(lesion.Caudal) + margin.LevelsBelow;
            if (start < 0)
            {
                (clamps ??= ImmutableArray.CreateBuilder<CtvClamp>()).Add(new CtvClamp(i, lesion, CtvClampSide.Cranial, -start));
                start = 0;
            }

            if (end > last)
            {
                (clamps ??= ImmutableArray.CreateBuilder<CtvClamp>()).Add(new CtvClamp(i, lesion, CtvClampSide.Caudal, end - last));
                end = last;
            }

            keys[i] = (start << 6) | end;
        }

        keys.Sort();

        // Merge overlapping or touching extensions; segment k ends at ends[k], the next starts at starts[k + 1].
        var starts = small ? stackalloc int[lesions.Length] : new int[lesions.Length];
        var ends = small ? stackalloc int[lesions.Length] : new int[lesions.Length];
        var count = 0;
        var levelCount = 0;
        starts[0] = keys[0] >> 6;
        ends[0] = keys[0] & 63;
        for (var i = 1; i < keys.Length; i++)
        {
            var s = keys[i] >> 6;
            var e = keys[i] & 63;
            if (s <= ends[count] + 1)
            {
                ends[count] = Math.Max(ends[count], e);
                continue;
            }

            count++;
            starts[count] = s;
            ends[count] = e;
        }

        count++;
        var segments = new VertebralSpan[count];
        for (var k = 0; k < count; k++)
        {
            segments[k] = VertebralSpan.Create(anatomy.LevelAtUnchecked(starts[k]), anatomy.LevelAtUnchecked(ends[k]));
            levelCount += ends[k] - starts[k] + 1;
        }

        return new ClinicalTargetVolume(
            lesionArray.IsDefault ? ImmutableArray.Create(lesions) : lesionArray,
            ImmutableCollectionsMarshal.AsImmutableArray(segments),
            clamps?.ToImmutable() ?? [], levelCount, margin, anatomy);
    }

    /// <summary>The untreated levels between segment k − 1 and segment k, for k = 1 … segments − 1 (each at least 1: segments do not touch).</summary>
    private int[] BuildGaps()
    {
        var gaps = new int[Segments.Length - 1];
        for (var k = 1; k < Segments.Length; k++)
        {
            gaps[k - 1] = Anatomy.IndexOf(Segments[k].Cranial) - Anatomy.IndexOf(Segments[k - 1].Caudal) - 1;
        }

        return gaps;
    }

    /// <summary>The levels between segment k − 1 and segment k as a span, for k = 1 … segments − 1.</summary>
    private VertebralSpan[] BuildGapSpans()
    {
        var spans = new VertebralSpan[Segments.Length - 1];
        for (var k = 1; k < Segments.Length; k++)
        {
            spans[k - 1] = VertebralSpan.Create(
                Anatomy.LevelAtUnchecked(Anatomy.IndexOf(Segments[k - 1].Caudal) + 1), Anatomy.LevelAtUnchecked(Anatomy.IndexOf(Segments[k].Cranial) - 1));
        }

        return spans;
    }

    private GapParts Gap => _gaps ?? Interlocked.CompareExchange(ref _gaps, new GapParts(), null) ?? _gaps;

    /// <summary>The gaps of a CTV of several segments, built on first read; a race builds equal values and each reference write is atomic.</summary>
    private sealed class GapParts
    {
        public int[]? Gaps;
        public VertebralSpan[]? Spans;
    }

    private bool HasClamp(CtvClampSide side)
    {
        foreach (var clamp in Clamps)
        {
            if (clamp.Side == side)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The segments in canonical text: <c>T4-T11, L2-S2</c>.</summary>
    public override string ToString() => _text ??= Format();

    private string Format()
    {
        if (Segments.Length == 1)
        {
            return Segments[0].ToString();
        }

        var sb = new StringBuilder();
        foreach (var segment in Segments)
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }

            sb.Append(segment.ToString());
        }

        return sb.ToString();
    }
}
