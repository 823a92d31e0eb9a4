using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Radiobiology;

public class LinearQuadraticTests
{
    private const double Tolerance = 0.01;
    private static readonly Draw<Fractionation> Schemes =
        from n in Draw.Choose(1, 40)
        from cgy in Draw.Choose(50, Math.Min(800, 9000 / (n + 1)))
        select Fractionation.FromDosePerFraction(n, Dose.FromCentigray(cgy));

    private static readonly Draw<AlphaBeta> Ratios = Draw.Choose(50, 2000).Select(i => AlphaBeta.FromGy(i / 100.0));

    private static Fractionation F(string text) => Fractionation.Parse(text).Value;

    [Theory]
    [InlineData("18 Gy/10", 34.2, 17.1, 17.7)]
    [InlineData("20 Gy/10", 40.0, 20.0, 20.0)]
    [InlineData("16 Gy/8", 32.0, 16.0, 16.0)]
    [InlineData("25 Gy/10", 56.25, 28.125, 26.04)]
    [InlineData("15 Gy/1", 127.5, 63.75, 31.25)]
    public void Reference_values_from_clinical_facts_section_10(string scheme, double bed2, double eqd2At2, double eqd2At10)
    {
        var f = F(scheme);
        Assert.Equal(bed2, LinearQuadratic.Bed(f, AlphaBeta.FromGy(2)).Gy, Tolerance);
        Assert.Equal(eqd2At2, LinearQuadratic.Eqd2(f, AlphaBeta.FromGy(2)).Gy, Tolerance);
        Assert.Equal(eqd2At10, LinearQuadratic.Eqd2(f, AlphaBeta.FromGy(10)).Gy, Tolerance);
    }

    [Fact]
    public void Nieder_check_value_50_Gy_in_25_is_100_Gy2_and_75_Gy4()
    {
        var f = F("50 Gy/25");
        Assert.Equal(100, LinearQuadratic.Bed(f, AlphaBeta.FromGy(2)).Gy, Tolerance);
        Assert.Equal(75, LinearQuadratic.Bed(f, AlphaBeta.FromGy(4)).Gy, Tolerance);
    }

    [Fact]
    public void Eqdx_at_2_Gy_equals_Eqd2_and_at_the_scheme_dose_equals_the_physical_dose()
    {
        var f = F("25 Gy/10");
        var ab = AlphaBeta.FromGy(3);
        Assert.Equal(LinearQuadratic.Eqd2(f, ab).Gy, LinearQuadratic.Eqdx(f, ab, Dose.FromGy(2)).Gy, 12);
        Assert.Equal(25, LinearQuadratic.Eqdx(f, ab, Dose.FromGy(2.5)).Gy, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.Eqdx(f, ab, Dose.Zero));
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Eqd2_at_2_Gy_per_fraction_is_the_physical_dose_for_any_alpha_beta(Sample<(int, AlphaBeta)> sample)
    {
        var t = sample.Value;
        var f = Fractionation.FromDosePerFraction(t.Item1, Dose.FromGy(2));
        return Math.Abs(LinearQuadratic.Eqd2(f, t.Item2).Gy - f.TotalDose.Gy) < 1e-9;
    }

    [Fact]
    public void Bed_tends_to_the_total_dose_as_alpha_beta_grows()
    {
        var f = F("15 Gy/1");
        Assert.Equal(15, LinearQuadratic.Bed(f, AlphaBeta.FromGy(1e12)).Gy, 6);
        Assert.True(LinearQuadratic.Bed(f, AlphaBeta.FromGy(1e6)).Gy - 15 < 1e-3);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Bed_increases_with_dose_per_fraction_and_fractions(Sample<(Fractionation, AlphaBeta)> sample)
    {
        var (f, ab) = sample.Value;
        var moreDose = Fractionation.FromDosePerFraction(f.Fractions, f.DosePerFraction + Dose.FromCentigray(10));
        var moreFractions = Fractionation.FromDosePerFraction(f.Fractions + 1, f.DosePerFraction);
        var bed = LinearQuadratic.Bed(f, ab);
        return LinearQuadratic.Bed(moreDose, ab) > bed && LinearQuadratic.Bed(moreFractions, ab) > bed;
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Bed_decreases_with_alpha_beta(Sample<(Fractionation, AlphaBeta)> sample)
    {
        var (f, ab) = sample.Value;
        return LinearQuadratic.Bed(f, AlphaBeta.FromGy(ab.Gy + 0.5)) < LinearQuadratic.Bed(f, ab);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Inverse_dose_per_fraction_recovers_the_scheme(Sample<(Fractionation, AlphaBeta)> sample)
    {
        var (f, ab) = sample.Value;
        var fromBed = LinearQuadratic.DosePerFractionForBed(LinearQuadratic.Bed(f, ab), f.Fractions, ab);
        var fromEqd2 = LinearQuadratic.DosePerFractionForEqd2(LinearQuadratic.Eqd2(f, ab), f.Fractions, ab);
        return fromBed.ApproximatelyEquals(f.DosePerFraction, Dose.FromGy(1e-9))
            && fromEqd2.ApproximatelyEquals(f.DosePerFraction, Dose.FromGy(1e-9));
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Inverse_total_dose_recovers_the_scheme(Sample<(Fractionation, AlphaBeta)> sample)
    {
        var (f, ab) = sample.Value;
        var fromBed = LinearQuadratic.TotalDoseForBed(LinearQuadratic.Bed(f, ab), f.DosePerFraction, ab);
        var fromEqd2 = LinearQuadratic.TotalDoseForEqd2(LinearQuadratic.Eqd2(f, ab), f.DosePerFraction, ab);
        return fromBed.ApproximatelyEquals(f.TotalDose, Dose.FromGy(1e-9))
            && fromEqd2.ApproximatelyEquals(f.TotalDose, Dose.FromGy(1e-9));
    }

    [Fact]
    public void Inverse_examples()
    {
        // EQD2 20 Gy in 2-Gy fractions needs 20 Gy; in 1.8-Gy fractions at alpha/beta 2 it needs 20·2/1.9 Gy.
        Assert.Equal(20, LinearQuadratic.TotalDoseForEqd2(Dose.FromGy(20), Dose.FromGy(2), AlphaBeta.FromGy(2)).Gy, 12);
        Assert.Equal(40 / 1.9, LinearQuadratic.TotalDoseForEqd2(Dose.FromGy(20), Dose.FromGy(1.8), AlphaBeta.FromGy(2)).Gy, 12);
        // BED 127.5 Gy2 in one fraction is 15 Gy.
        Assert.Equal(15, LinearQuadratic.DosePerFractionForBed(Dose.FromGy(127.5), 1, AlphaBeta.FromGy(2)).Gy, 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Unreachable_targets_throw_or_return_false(double target)
    {
        var ab = AlphaBeta.FromGy(2);
        var t = Dose.FromGy(target);
        Assert.False(LinearQuadratic.TryDosePerFractionForBed(t, 10, ab, out var d));
        Assert.Equal(Dose.Zero, d);
        Assert.False(LinearQuadratic.TryDosePerFractionForEqd2(t, 10, ab, out _));
        Assert.False(LinearQuadratic.TryTotalDoseForBed(t, Dose.FromGy(2), ab, out _));
        Assert.False(LinearQuadratic.TryTotalDoseForEqd2(t, Dose.FromGy(2), ab, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.DosePerFractionForBed(t, 10, ab));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.DosePerFractionForEqd2(t, 10, ab));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.TotalDoseForBed(t, Dose.FromGy(2), ab));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.TotalDoseForEqd2(t, Dose.FromGy(2), ab));
    }

    [Fact]
    public void Programmer_errors_throw_even_in_try_forms()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.TryDosePerFractionForBed(Dose.FromGy(10), 0, AlphaBeta.FromGy(2), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.TryTotalDoseForBed(Dose.FromGy(10), Dose.Zero, AlphaBeta.FromGy(2), out _));
        Assert.Throws<ArgumentException>(() => LinearQuadratic.Bed(F("20 Gy/10"), default));
    }

    [Fact]
    public void Repopulation_correction_is_subtracted_only_after_kickoff()
    {
        var f = F("20 Gy/10");
        var ab = AlphaBeta.FromGy(10);
        var correction = new RepopulationCorrection(alpha: 0.3, kickoffDays: 21, potentialDoublingTimeDays: 3);
        var bed = LinearQuadratic.Bed(f, ab);
        Assert.Equal(bed, LinearQuadratic.Bed(f, ab, correction, 12));
        Assert.Equal(bed, LinearQuadratic.Bed(f, ab, correction, 21));
        var expected = bed.Gy - (Math.Log(2) * (30 - 21) / (0.3 * 3));
        Assert.Equal(expected, LinearQuadratic.Bed(f, ab, correction, 30).Gy, 12);
        Assert.Equal(expected / 1.2, LinearQuadratic.Eqd2(f, ab, correction, 30).Gy, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepopulationCorrection(0, 21, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepopulationCorrection(0.3, -1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => correction.BedReductionGy(-1));
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(Fractionation, AlphaBeta)>> SchemesAndRatios() => Draw.Zip(Schemes, Ratios).ToArbitrary();

        public static Arbitrary<Sample<(int, AlphaBeta)>> FractionsAndRatios() => Draw.Zip(Draw.Choose(1, 40), Ratios).ToArbitrary();
    }
}
