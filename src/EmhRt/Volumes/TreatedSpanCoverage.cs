using System.Collections.Immutable;
using System.Runtime.InteropServices;
using EmhRt.Spine;

namespace EmhRt.Volumes;

/// <summary>Whether proposed treated spans cover the lesions, and with how many levels of margin.</summary>
public sealed class TreatedSpanCoverage
{
    private TreatedSpanCoverage(ImmutableArray<VertebralSpan> treated, ImmutableArray<LesionCoverage> lesions)
    {
        TreatedSpans = treated;
        Lesions = lesions;
    }

    /// <summary>The proposed treated spans, as given.</summary>
    public ImmutableArray<VertebralSpan> TreatedSpans { get; }

    /// <summary>Coverage of each lesion, in the order given.</summary>
    public ImmutableArray<LesionCoverage> Lesions { get; }

    /// <summary>Whether every lesion is fully treated.</summary>
    public bool CoversAllLesions
    {
        get
        {
            foreach (var lesion in Lesions)
            {
                if (!lesion.IsCovered)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Evaluates the coverage of each lesion by the treated spans.</summary>
    /// <param name="lesions">The lesions; bounds must exist in <paramref name="anatomy"/>.</param>
    /// <param name="treatedSpans">The proposed treated spans (may be empty); bounds must exist in <paramref name="anatomy"/>.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A bound does not exist in the anatomy.</exception>
    public static TreatedSpanCoverage Evaluate(IEnumerable<VertebralSpan> lesions, IEnumerable<VertebralSpan> treatedSpans, SpineAnatomy anatomy)
    {
        ArgumentNullException.ThrowIfNull(lesions);
        ArgumentNullException.ThrowIfNull(treatedSpans);
        return EvaluateSharing(lesions.ToImmutableArray(), treatedSpans.ToImmutableArray(), anatomy);
    }

    /// <summary>Evaluates the coverage without copying the arrays (a default array is taken as empty).</summary>
    internal static TreatedSpanCoverage EvaluateSharing(ImmutableArray<VertebralSpan> lesions, ImmutableArray<VertebralSpan> treatedSpans, SpineAnatomy anatomy)
    {
        var treated = treatedSpans.IsDefault ? [] : treatedSpans;
        var mask = TreatedMask(treated, anatomy);
        var lesionSpan = lesions.IsDefault ? [] : lesions.AsSpan();
        var results = new LesionCoverage[lesionSpan.Length];
        for (var k = 0; k < results.Length; k++)
        {
            var lesion = lesionSpan[k];
            var measure = Measure(lesion, mask, anatomy);
            results[k] = new LesionCoverage(
                lesion, measure.UncoveredCount > 0 ? UncoveredLevels(measure, mask, anatomy) : [],
                measure.Above, measure.Below, measure.AvailableAbove, measure.AvailableBelow);
        }

        return new TreatedSpanCoverage(treated, ImmutableCollectionsMarshal.AsImmutableArray(results));
    }

    /// <summary>The treated levels as a bit mask (bit i = level index i, at most 32 levels); throws for a span outside the anatomy.</summary>
    internal static ulong TreatedMask(ImmutableArray<VertebralSpan> treatedSpans, SpineAnatomy anatomy)
    {
        ulong mask = 0;
        foreach (var span in treatedSpans.IsDefault ? [] : treatedSpans)
        {
            Check(span, anatomy, nameof(treatedSpans));
            for (var i = anatomy.IndexOf(span.Cranial); i <= anatomy.IndexOf(span.Caudal); i++)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    /// <summary>
    /// How the treated levels (<see cref="TreatedMask"/>) cover one lesion, as numbers: what <see cref="LesionCoverage"/> holds,
    /// without building it (the finding rules read these; the records are built when <see cref="Planning.PlanAssessment.Coverage"/> is read).
    /// </summary>
    internal static LesionMeasure Measure(VertebralSpan lesion, ulong mask, SpineAnatomy anatomy)
    {
        Check(lesion, anatomy, "lesions");
        var last = anatomy.LevelCount - 1;
        var start = anatomy.IndexOf(lesion.Cranial);
        var end = anatomy.IndexOf(lesion.Caudal);
        var uncoveredCount = 0;
        for (var i = start; i <= end; i++)
        {
            uncoveredCount += Treated(mask, i) ? 0 : 1;
        }

        var above = 0;
        if (Treated(mask, start))
        {
            for (var i = start - 1; i >= 0 && Treated(mask, i); i--)
            {
                above++;
            }
        }

        var below = 0;
        if (Treated(mask, end))
        {
            for (var i = end + 1; i <= last && Treated(mask, i); i++)
            {
                below++;
            }
        }

        return new LesionMeasure(start, end, uncoveredCount, above, below, start, last - end);
    }

    /// <summary>The lesion levels of <paramref name="measure"/> that are not treated, cranial to caudal.</summary>
    internal static ImmutableArray<VertebralLevel> UncoveredLevels(in LesionMeasure measure, ulong mask, SpineAnatomy anatomy)
    {
        var levels = new VertebralLevel[measure.UncoveredCount];
        for (int i = measure.Start, n = 0; i <= measure.End; i++)
        {
            if (!Treated(mask, i))
            {
                levels[n++] = anatomy.LevelAtUnchecked(i);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(levels);
    }

    /// <summary>One lesion's coverage as numbers (<see cref="Measure"/>): level indices from C1 = 0.</summary>
    internal readonly record struct LesionMeasure(int Start, int End, int UncoveredCount, int Above, int Below, int AvailableAbove, int AvailableBelow);

    private static bool Treated(ulong mask, int index) => (mask & (1UL << index)) != 0;

    private static void Check(VertebralSpan span, SpineAnatomy anatomy, string paramName)
    {
        if (!span.IsValidIn(anatomy))
        {
            throw new ArgumentException(FormattableString.Invariant($"{span} does not exist in a spine with {anatomy}."), paramName);
        }
    }
}
