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
        ulong mask = 0; // bit i = level index i is treated (at most 32 levels)
        foreach (var span in treated)
        {
            Check(span, anatomy, nameof(treatedSpans));
            for (var i = anatomy.IndexOf(span.Cranial); i <= anatomy.IndexOf(span.Caudal); i++)
            {
                mask |= 1UL << i;
            }
        }

        var lesionSpan = lesions.IsDefault ? [] : lesions.AsSpan();
        var results = new LesionCoverage[lesionSpan.Length];
        var last = anatomy.LevelCount - 1;
        for (var k = 0; k < results.Length; k++)
        {
            var lesion = lesionSpan[k];
            Check(lesion, anatomy, nameof(lesions));
            var start = anatomy.IndexOf(lesion.Cranial);
            var end = anatomy.IndexOf(lesion.Caudal);
            var uncoveredCount = 0;
            for (var i = start; i <= end; i++)
            {
                uncoveredCount += Treated(mask, i) ? 0 : 1;
            }

            var uncovered = ImmutableArray<VertebralLevel>.Empty;
            if (uncoveredCount > 0)
            {
                var levels = new VertebralLevel[uncoveredCount];
                for (int i = start, n = 0; i <= end; i++)
                {
                    if (!Treated(mask, i))
                    {
                        levels[n++] = anatomy.LevelAtUnchecked(i);
                    }
                }

                uncovered = ImmutableCollectionsMarshal.AsImmutableArray(levels);
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

            results[k] = new LesionCoverage(lesion, uncovered, above, below, start, last - end);
        }

        return new TreatedSpanCoverage(treated, ImmutableCollectionsMarshal.AsImmutableArray(results));
    }

    private static bool Treated(ulong mask, int index) => (mask & (1UL << index)) != 0;

    private static void Check(VertebralSpan span, SpineAnatomy anatomy, string paramName)
    {
        if (!span.IsValidIn(anatomy))
        {
            throw new ArgumentException(FormattableString.Invariant($"{span} does not exist in a spine with {anatomy}."), paramName);
        }
    }
}
