using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Planning.Input;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Text;

namespace EmhRt.Cli.Batch;

/// <summary>
/// The parsers <see cref="PlanInput.ToRequest(PlanInputParsers)"/> calls for one batch run, memoised by their input: a
/// span or prior-course cell's text with the row's anatomy, the regimen's three values (bit for bit), the holiday
/// dates. Each result is immutable and a pure function of its key, so the requests are the same as without the memo.
/// One instance per run (<see cref="PlanBatchProcessor"/>), bounded (<see cref="BoundedCache{TKey, TValue}"/>), thread-safe.
/// </summary>
internal sealed class BatchInputParsers : PlanInputParsers
{
    private readonly BoundedCache<(string Text, SpineAnatomy Anatomy), ParseResult<ImmutableArray<VertebralSpan>>> _spans = new(12);
    private readonly BoundedCache<(long? Total, int? Fractions, long? PerFraction), ParseResult<Fractionation>> _regimens = new(10);
    private readonly BoundedCache<ImmutableArray<DateOnly>, HolidayList> _holidays = new(6, DatesComparer.Instance);
    private readonly BoundedCache<(string Text, SpineAnatomy Anatomy), PriorParse> _priors = new(8);

    public override ParseResult<ImmutableArray<VertebralSpan>> Spans(string text, SpineAnatomy anatomy) =>
        _spans.GetOrAdd((text, anatomy), 0, static (key, _) => Direct.Spans(key.Text, key.Anatomy));

    public override ParseResult<Fractionation> Regimen(double? totalGy, int? fractions, double? perFractionGy) =>
        _regimens.GetOrAdd((Bits(totalGy), fractions, Bits(perFractionGy)), (totalGy, perFractionGy), static (key, gy) => Direct.Regimen(gy.totalGy, key.Fractions, gy.perFractionGy));

    public override HolidayList Holidays(ImmutableArray<DateOnly> dates) => _holidays.GetOrAdd(dates, 0, static (dates, _) => Direct.Holidays(dates));

    public override PriorParse Prior(string text, SpineAnatomy anatomy) =>
        _priors.GetOrAdd((text, anatomy), 0, static (key, _) => Direct.Prior(key.Text, key.Anatomy));

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    /// <summary>Compares date arrays element by element.</summary>
    private sealed class DatesComparer : IEqualityComparer<ImmutableArray<DateOnly>>
    {
        public static readonly DatesComparer Instance = new();

        public bool Equals(ImmutableArray<DateOnly> x, ImmutableArray<DateOnly> y) => x.AsSpan().SequenceEqual(y.AsSpan());

        public int GetHashCode(ImmutableArray<DateOnly> dates)
        {
            var hash = new HashCode();
            foreach (var date in dates)
            {
                hash.Add(date.DayNumber);
            }

            return hash.ToHashCode();
        }
    }
}
