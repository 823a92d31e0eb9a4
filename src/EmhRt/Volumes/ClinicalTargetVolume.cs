using System.Collections.Immutable;
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
    private ClinicalTargetVolume(
        ImmutableArray<VertebralSpan> lesions,
        ImmutableArray<VertebralSpan> segments,
        ImmutableArray<int> gaps,
        ImmutableArray<VertebralSpan> gapSpans,
        ImmutableArray<CtvClamp> clamps,
        int levelCount,
        CtvLevelMargin margin,
        SpineAnatomy anatomy)
    {
        Lesions = lesions;
        Segments = segments;
        Gaps = gaps;
        GapSpans = gapSpans;
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
    public ImmutableArray<int> Gaps { get; }

    /// <summary>The untreated levels between consecutive segments, as spans (T12-L1 for CTV T4-T11 and L2-S2).</summary>
    public ImmutableArray<VertebralSpan> GapSpans { get; }

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
    public static ClinicalTargetVolume Create(ReadOnlySpan<VertebralSpan> lesions, CtvLevelMargin margin, SpineAnatomy anatomy)
    {
        if (lesions.IsEmpty)
        {
            throw new ArgumentException("A CTV needs at least one lesion.", nameof(lesions));
        }

        var last = anatomy.LevelCount - 1;
        var keys = lesions.Length <= 32 ? stackalloc int[lesions.Length] : new int[lesions.Length];
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
        var segments = ImmutableArray.CreateBuilder<VertebralSpan>();
        var gaps = ImmutableArray.CreateBuilder<int>();
        var gapSpans = ImmutableArray.CreateBuilder<VertebralSpan>();
        var levelCount = 0;
        var curStart = keys[0] >> 6;
        var curEnd = keys[0] & 63;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i < keys.Length)
            {
                var s = keys[i] >> 6;
                var e = keys[i] & 63;
                if (s <= curEnd + 1)
                {
                    curEnd = Math.Max(curEnd, e);
                    continue;
                }

                gaps.Add(s - curEnd - 1);
                gapSpans.Add(VertebralSpan.Create(anatomy.LevelAtUnchecked(curEnd + 1), anatomy.LevelAtUnchecked(s - 1)));
                Close(ref curStart, ref curEnd, s, e);
            }
            else
            {
                Close(ref curStart, ref curEnd, 0, 0);
            }
        }

        return new ClinicalTargetVolume(
            [.. lesions], segments.ToImmutable(), gaps.ToImmutable(), gapSpans.ToImmutable(),
            clamps?.ToImmutable() ?? [], levelCount, margin, anatomy);

        void Close(ref int start, ref int end, int nextStart, int nextEnd)
        {
            segments.Add(VertebralSpan.Create(anatomy.LevelAtUnchecked(start), anatomy.LevelAtUnchecked(end)));
            levelCount += end - start + 1;
            start = nextStart;
            end = nextEnd;
        }
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
    public override string ToString()
    {
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
