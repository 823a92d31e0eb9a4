using System.Collections.Immutable;
using EmhRt.Findings;
using EmhRt.Reporting;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Cli.Batch;

/// <summary>
/// The CSV cell texts of one batch run, memoised: doses, BED and EQD2 values, PTV lengths, CTVs, end dates and finding-code
/// sets repeat across a file, and each text is a pure function of its value (the number's bits, the CTV's segments, the
/// date, the set of codes), so a memoised run writes byte for byte what <see cref="PlanCsvTexts.Direct"/> writes. One
/// instance per run (<see cref="PlanBatchProcessor"/>): the memory is the run's and bounded (<see cref="BoundedCache{TKey, TValue}"/>),
/// and nothing outlives it. Thread-safe.
/// </summary>
internal sealed class BatchCsvTexts : PlanCsvTexts
{
    private readonly BoundedCache<long, string> _numbers = new(14);
    private readonly BoundedCache<VertebralSpan, string> _segments = new(10);
    private readonly BoundedCache<ImmutableArray<VertebralSpan>, string> _ctvs = new(10, SegmentsComparer.Instance);
    private readonly BoundedCache<int, string> _dates = new(11);
    private readonly BoundedCache<ulong, string> _codes = new(10);

    public override string Number(double value) =>
        double.IsFinite(value)
            ? _numbers.GetOrAdd(BitConverter.DoubleToInt64Bits(value), 0, static (bits, _) => ReportNumber.Format(BitConverter.Int64BitsToDouble(bits)))
            : ReportNumber.Format(value);

    public override string Ctv(ClinicalTargetVolume ctv) =>
        ctv.Segments.Length == 1
            ? _segments.GetOrAdd(ctv.Segments[0], ctv, static (_, ctv) => ctv.ToString())
            : _ctvs.GetOrAdd(ctv.Segments, ctv, static (_, ctv) => ctv.ToString());

    public override string Date(DateOnly date) =>
        _dates.GetOrAdd(date.DayNumber, 0, static (day, _) => IsoDate.Format(DateOnly.FromDayNumber(day)));

    public override string? FindingCodes(ReadOnlySpan<PendingFinding> findings)
    {
        if (findings.Length < 2)
        {
            return JoinCodes(findings);
        }

        // The key is the set of codes as bits of FindingCodes.All; a code outside its first 64 is joined uncached.
        var set = 0UL;
        foreach (var finding in findings)
        {
            var index = Findings.FindingCodes.IndexOf(finding.Code);
            if (index is < 0 or >= 64)
            {
                return JoinCodes(findings);
            }

            set |= 1UL << index;
        }

        return _codes.GetOrAdd(set, 0, static (set, _) => JoinDistinct(Codes(set)));
    }

    /// <summary>The codes of <paramref name="set"/> (bit <c>i</c> is <see cref="Findings.FindingCodes.All"/>[i]).</summary>
    private static string[] Codes(ulong set)
    {
        var all = Findings.FindingCodes.All;
        var codes = new List<string>();
        for (var i = 0; i < all.Length && i < 64; i++)
        {
            if ((set & (1UL << i)) != 0)
            {
                codes.Add(all[i]);
            }
        }

        return [.. codes];
    }

    /// <summary>Compares segment lists element by element.</summary>
    private sealed class SegmentsComparer : IEqualityComparer<ImmutableArray<VertebralSpan>>
    {
        public static readonly SegmentsComparer Instance = new();

        public bool Equals(ImmutableArray<VertebralSpan> x, ImmutableArray<VertebralSpan> y) => x.AsSpan().SequenceEqual(y.AsSpan());

        public int GetHashCode(ImmutableArray<VertebralSpan> segments)
        {
            var hash = new HashCode();
            foreach (var segment in segments)
            {
                hash.Add(segment);
            }

            return hash.ToHashCode();
        }
    }
}
