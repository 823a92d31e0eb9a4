using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EmhRt.Spine;

namespace EmhRt.Literature;

/// <summary>
/// A read-only collection of published EMH cases with queries by spinal region, radiotherapy and EQD2.
/// <see cref="Default"/> holds the cases shipped with EmhRt.
/// </summary>
/// <remarks>
/// The shipped dataset (embedded resource <c>EmhRt.Literature.emh-cases.json</c>) has 16 cases: the 14 rows of
/// <c>cailleteau2023</c> Table 1, the <c>cailleteau2023</c> case (T2–S1, 18 Gy/10) and the
/// <c>actabiomed2017</c> case (T5–T8, 20 Gy/10). Instances are immutable and thread-safe.
/// </remarks>
public sealed class CaseLibrary
{
    /// <summary>Default α/β in Gy for EMH tissue: 10 Gy, an <b>assumption</b> (acute-responding tissue; no published value found).</summary>
    public const double DefaultAlphaBetaGy = 10.0;

    /// <summary>Default half-width in Gy EQD2 of the complete-response window in <see cref="Position"/>: 5 Gy, a display choice, not a clinical threshold.</summary>
    public const double DefaultCompleteResponseWindowGy = 5.0;

    /// <summary>Two EQD2 values closer than this (Gy) count as equal in <see cref="Position"/>: half the 0.1 Gy display step.</summary>
    public const double EqualEqd2ToleranceGy = 0.05;

    /// <summary>Manifest resource name of the shipped dataset in the EmhRt assembly.</summary>
    internal const string ResourceName = "EmhRt.Literature.emh-cases.json";

    private static readonly Lazy<CaseLibrary> DefaultLibrary =
        new(() => Create(CaseDataset.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, LiteratureCase> _byId;

    private CaseLibrary(ImmutableArray<LiteratureCase> cases, Dictionary<string, LiteratureCase> byId)
    {
        All = cases;
        _byId = byId;
    }

    /// <summary>The shipped cases, loaded once from the embedded resource (thread-safe, cached).</summary>
    public static CaseLibrary Default => DefaultLibrary.Value;

    /// <summary>Every case, in dataset order.</summary>
    public ImmutableArray<LiteratureCase> All { get; }

    /// <summary>Builds a library from cases (for example a user's own series).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">An id is empty or repeated, a dose or fraction count is not positive,
    /// fractions are given without a dose, or a dose is given for a case without radiotherapy.</exception>
    public static CaseLibrary Create(IEnumerable<LiteratureCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.ToImmutableArray();
        var byId = new Dictionary<string, LiteratureCase>(list.Length, StringComparer.Ordinal);
        foreach (var c in list)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            if (Problem(c) is { } problem)
            {
                throw new ArgumentException(problem, nameof(cases));
            }

            if (!byId.TryAdd(c.Id, c))
            {
                throw new ArgumentException($"Case id '{c.Id}' appears more than once.", nameof(cases));
            }
        }

        return new CaseLibrary(list, byId);
    }

    /// <summary>The case with this id (ordinal, case-sensitive), or <see langword="null"/>.</summary>
    public LiteratureCase? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>Cases whose lesion touches at least one of <paramref name="regions"/> (see <see cref="LiteratureCase.Regions"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="regions"/> is <see cref="SpineRegions.None"/> or has undefined bits.</exception>
    public ImmutableArray<LiteratureCase> InRegion(SpineRegions regions)
    {
        const SpineRegions all = SpineRegions.Cervical | SpineRegions.Thoracic | SpineRegions.Lumbar
            | SpineRegions.Sacral | SpineRegions.Coccygeal;
        if (regions == SpineRegions.None || (regions & ~all) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(regions), regions, "Give one or more defined spinal regions.");
        }

        var builder = ImmutableArray.CreateBuilder<LiteratureCase>();
        foreach (var c in All)
        {
            if ((c.Regions & regions) != 0)
            {
                builder.Add(c);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Cases with (<paramref name="radiotherapy"/> true) or without radiotherapy reported.</summary>
    public ImmutableArray<LiteratureCase> WithRadiotherapy(bool radiotherapy = true)
    {
        var builder = ImmutableArray.CreateBuilder<LiteratureCase>();
        foreach (var c in All)
        {
            if (c.Radiotherapy == radiotherapy)
            {
                builder.Add(c);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Cases with a known regimen whose EQD2 lies in [<paramref name="minGy"/>, <paramref name="maxGy"/>] (inclusive), dataset order.</summary>
    /// <param name="minGy">Lower bound, Gy EQD2.</param>
    /// <param name="maxGy">Upper bound, Gy EQD2, ≥ <paramref name="minGy"/>.</param>
    /// <param name="alphaBetaGy">α/β in Gy, &gt; 0 (default 10 Gy, an assumption for EMH tissue).</param>
    /// <remarks>EQD2 per <c>fowler1989</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, <paramref name="maxGy"/> &lt; <paramref name="minGy"/>, or α/β is not positive.</exception>
    public ImmutableArray<LiteratureCase> WithEqd2Between(double minGy, double maxGy, double alphaBetaGy = DefaultAlphaBetaGy)
    {
        Guard.Finite(minGy);
        Guard.Finite(maxGy);
        Guard.Positive(alphaBetaGy);
        if (maxGy < minGy)
        {
            throw new ArgumentOutOfRangeException(nameof(maxGy), maxGy, "The upper bound must not be below the lower bound.");
        }

        var builder = ImmutableArray.CreateBuilder<LiteratureCase>();
        foreach (var c in All)
        {
            if (c.RtTotalDoseGy is { } dose && c.RtFractions is { } n)
            {
                var eqd2 = LiteratureEqd2.Eqd2(dose, n, alphaBetaGy);
                if (eqd2 >= minGy && eqd2 <= maxGy)
                {
                    builder.Add(c);
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The radiotherapy cases with a known regimen compared with a proposed regimen, nearest first by |EQD2
    /// difference|; ties are broken by lower EQD2, then by id.
    /// </summary>
    /// <param name="totalDoseGy">Proposed total dose in Gy, &gt; 0.</param>
    /// <param name="fractions">Proposed number of fractions, ≥ 1.</param>
    /// <param name="alphaBetaGy">α/β in Gy, &gt; 0 (default 10 Gy, an assumption for EMH tissue).</param>
    /// <remarks>EQD2 per <c>fowler1989</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public ImmutableArray<CaseComparison> NearestByEqd2(double totalDoseGy, int fractions, double alphaBetaGy = DefaultAlphaBetaGy)
    {
        CheckRegimen(totalDoseGy, fractions, alphaBetaGy);
        return Compare(LiteratureEqd2.Eqd2(totalDoseGy, fractions, alphaBetaGy), alphaBetaGy);
    }

    /// <summary>Where a proposed regimen sits, by EQD2, among the published radiotherapy cases with a known regimen.</summary>
    /// <param name="totalDoseGy">Proposed total dose in Gy, &gt; 0.</param>
    /// <param name="fractions">Proposed number of fractions, ≥ 1.</param>
    /// <param name="alphaBetaGy">α/β in Gy, &gt; 0 (default 10 Gy, an assumption for EMH tissue).</param>
    /// <param name="completeResponseWindowGy">Half-width in Gy EQD2 of the window for listing complete responses, ≥ 0 (default 5 Gy, a display choice).</param>
    /// <remarks>
    /// EQD2 per <c>fowler1989</c>. Cases are counted once, by their first course (the second course of the
    /// Fontanesi case is not counted). Equality means within <see cref="EqualEqd2ToleranceGy"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public LiteraturePosition Position(
        double totalDoseGy,
        int fractions,
        double alphaBetaGy = DefaultAlphaBetaGy,
        double completeResponseWindowGy = DefaultCompleteResponseWindowGy)
    {
        CheckRegimen(totalDoseGy, fractions, alphaBetaGy);
        if (!double.IsFinite(completeResponseWindowGy) || completeResponseWindowGy < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(completeResponseWindowGy), completeResponseWindowGy, "The window must be a finite number ≥ 0 Gy.");
        }

        var proposed = LiteratureEqd2.Eqd2(totalDoseGy, fractions, alphaBetaGy);
        var nearest = Compare(proposed, alphaBetaGy);
        int below = 0, equal = 0, above = 0;
        var responders = ImmutableArray.CreateBuilder<CaseComparison>();
        foreach (var c in nearest)
        {
            if (Math.Abs(c.DifferenceGy) < EqualEqd2ToleranceGy)
            {
                equal++;
            }
            else if (c.DifferenceGy < 0)
            {
                below++;
            }
            else
            {
                above++;
            }

            if (c.Outcome == OutcomeCategory.CompleteResponse && Math.Abs(c.DifferenceGy) <= completeResponseWindowGy)
            {
                responders.Add(c);
            }
        }

        var withoutRegimen = 0;
        foreach (var c in All)
        {
            if (c.Radiotherapy && !c.HasKnownRegimen)
            {
                withoutRegimen++;
            }
        }

        var crs = responders.ToImmutable();
        var summary = Summarise(totalDoseGy, fractions, alphaBetaGy, proposed, nearest, below, equal, above, completeResponseWindowGy, crs.Length, withoutRegimen);
        return new LiteraturePosition(
            totalDoseGy, fractions, alphaBetaGy, proposed, nearest, below, equal, above, completeResponseWindowGy, crs, withoutRegimen, summary);
    }

    private ImmutableArray<CaseComparison> Compare(double proposedEqd2Gy, double alphaBetaGy)
    {
        var buffer = new List<CaseComparison>(All.Length);
        foreach (var c in All)
        {
            if (c.RtTotalDoseGy is { } dose && c.RtFractions is { } n)
            {
                buffer.Add(new CaseComparison(c, LiteratureEqd2.Eqd2(dose, n, alphaBetaGy), proposedEqd2Gy));
            }
        }

        buffer.Sort(static (a, b) =>
        {
            var byDistance = Math.Abs(a.DifferenceGy).CompareTo(Math.Abs(b.DifferenceGy));
            if (byDistance != 0)
            {
                return byDistance;
            }

            var byEqd2 = a.Eqd2Gy.CompareTo(b.Eqd2Gy);
            return byEqd2 != 0 ? byEqd2 : string.CompareOrdinal(a.Case.Id, b.Case.Id);
        });
        return [.. buffer];
    }

    private static string Summarise(
        double totalDoseGy, int fractions, double alphaBetaGy, double proposed, ImmutableArray<CaseComparison> nearest,
        int below, int equal, int above, double window, int completeResponses, int withoutRegimen)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(256);
        sb.Append(inv, $"{totalDoseGy:0.###} Gy in {fractions} fraction{(fractions == 1 ? "" : "s")} ");
        sb.Append(inv, $"(EQD2 {proposed:0.0} Gy, α/β {alphaBetaGy:0.###} Gy)");
        if (nearest.IsEmpty)
        {
            sb.Append(": there is no published radiotherapy case with a known regimen to compare with");
        }
        else
        {
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (var c in nearest)
            {
                min = Math.Min(min, c.Eqd2Gy);
                max = Math.Max(max, c.Eqd2Gy);
            }

            var n = nearest.Length;
            sb.Append(inv, $": of the {n} published radiotherapy {(n == 1 ? "case" : "cases")} with a known regimen");
            var minText = min.ToString("0.0", inv);
            var maxText = max.ToString("0.0", inv);
            sb.Append(minText == maxText ? $" (EQD2 {minText} Gy)" : $" (EQD2 {minText}–{maxText} Gy)");
            sb.Append(inv, $", {Count(below)} {(below == 1 ? "has" : "have")} a lower EQD2, {Count(equal)} the same and {Count(above)} a higher one; ");
            sb.Append(completeResponses switch
            {
                0 => "no complete response lies",
                1 => "1 complete response lies",
                _ => string.Create(inv, $"{completeResponses} complete responses lie"),
            });
            sb.Append(inv, $" within ±{window:0.###} Gy EQD2 of it");
        }

        if (withoutRegimen > 0)
        {
            sb.Append(inv, $"; {withoutRegimen} other radiotherapy case{(withoutRegimen == 1 ? " does" : "s do")} not report a complete regimen and {(withoutRegimen == 1 ? "is" : "are")} not counted");
        }

        sb.Append('.');
        if (!nearest.IsEmpty && fractions <= 5)
        {
            // A course of 1-5 fractions is a different kind of regimen: an EQD2 rank among conventional courses is not a
            // like-for-like comparison, so name the nearest cases of the same kind with their outcomes.
            sb.Append(inv, $" {(fractions == 1 ? "A single fraction" : "A course of " + fractions.ToString(inv) + " fractions")} is a different kind of regimen from the conventional courses, so its EQD2 rank does not compare like with like");
            var named = 0;
            foreach (var c in nearest)
            {
                if (c.Case.RtFractions is { } f && f <= 5 && c.Case.RtTotalDoseGy is { } d && named < 3)
                {
                    sb.Append(named == 0 ? "; the nearest published courses of 1-5 fractions: " : ", ");
                    sb.Append(inv, $"{c.Case.FirstAuthor ?? c.Case.CitationKey} {c.Case.Year}, {d:0.###} Gy/{f} ({c.Case.Outcome.TrimEnd('.')})");
                    named++;
                }
            }

            sb.Append('.');
        }

        return sb.ToString();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void CheckRegimen(double totalDoseGy, int fractions, double alphaBetaGy)
    {
        Guard.Positive(totalDoseGy);
        Guard.Positive(alphaBetaGy);
        if (fractions < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fractions), fractions, "The number of fractions must be at least 1.");
        }
    }

    private static string? Problem(LiteratureCase c)
    {
        if (string.IsNullOrWhiteSpace(c.Id))
        {
            return "A case id must not be empty.";
        }

        if (c.RtTotalDoseGy is { } dose && (!double.IsFinite(dose) || dose <= 0))
        {
            return $"Case '{c.Id}': the total dose must be a finite number > 0 Gy.";
        }

        if (c.RtFractions is { } n && n < 1)
        {
            return $"Case '{c.Id}': the number of fractions must be at least 1.";
        }

        if (c.RtFractions is not null && c.RtTotalDoseGy is null)
        {
            return $"Case '{c.Id}': fractions are given without a total dose.";
        }

        if (c.RtTotalDoseGy is not null && !c.Radiotherapy)
        {
            return $"Case '{c.Id}': a dose is given for a case without radiotherapy.";
        }

        if (c.AgeYears is { } age && age < 0)
        {
            return $"Case '{c.Id}': the age must not be negative.";
        }

        return null;
    }
}
