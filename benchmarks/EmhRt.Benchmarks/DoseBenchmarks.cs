using BenchmarkDotNet.Attributes;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Scheduling;

namespace EmhRt.Benchmarks;

/// <summary>Hot paths of dose work: parsing a fractionation, BED/EQD2, and laying out a 10-fraction course.</summary>
[MemoryDiagnoser]
public class DoseBenchmarks
{
    private readonly Fractionation _scheme = Fractionation.Parse("20 Gy/10").Value;
    private readonly AlphaBeta _cord = AlphaBeta.FromGy(2);
    private readonly TreatmentCalendar _calendar = new(TreatmentDays.MondayToFriday, HolidayList.Parse("2026-12-25\n2027-01-01").Value);
    private readonly DateOnly _start = new(2026, 12, 18);

    /// <summary>Parse "20 Gy/10".</summary>
    [Benchmark]
    public Fractionation ParseFractionation() => Fractionation.Parse("20 Gy/10").Value;

    /// <summary>BED at α/β 2 Gy.</summary>
    [Benchmark]
    public Dose Bed() => LinearQuadratic.Bed(_scheme, _cord);

    /// <summary>EQD2 at α/β 2 Gy.</summary>
    [Benchmark]
    public Dose Eqd2() => LinearQuadratic.Eqd2(_scheme, _cord);

    /// <summary>10-fraction schedule over Christmas.</summary>
    [Benchmark]
    public TreatmentSchedule Schedule() => _calendar.Schedule(_start, _scheme);
}
