using EmhRt.Doses;
using EmhRt.Radiobiology;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.SayItRight;

/// <summary>Issue 18, item 7: rounding by purpose (clinical-facts-organs §7, an assumption).</summary>
public class InverseRoundingTests
{
    [Theory]
    [InlineData(33.875, RoundingPurpose.Tolerance, 33)]
    [InlineData(33.875, RoundingPurpose.Efficacy, 34)]
    [InlineData(4.999999999999999, RoundingPurpose.Tolerance, 5)] // exact 5 with floating-point error: not floored to 4
    [InlineData(5.000000000000001, RoundingPurpose.Efficacy, 5)]
    public void Whole_fractions_round_down_for_a_limit_and_up_for_a_target_but_exact_solutions_stay(double exact, RoundingPurpose purpose, int expected) =>
        Assert.Equal(expected, InverseRounding.WholeFractions(exact, purpose));

    /// <summary>Property: a tolerance solve never gives a BED above the limit, an efficacy solve never below the target.</summary>
    [Property(MaxTest = 500)]
    public bool Rounded_regimens_never_cross_the_target_on_the_wrong_side(PositiveInt targetTenths, PositiveInt dpfHundredths, PositiveInt ab)
    {
        var target = Dose.FromGy(10 + ((targetTenths.Get % 1500) / 10.0));
        var perFraction = Dose.FromGy(0.5 + ((dpfHundredths.Get % 1500) / 100.0));
        var alphaBeta = AlphaBeta.FromGy(1 + (ab.Get % 10));
        var total = LinearQuadratic.TotalDoseForBed(target, perFraction, alphaBeta);
        var exact = total.Gy / perFraction.Gy;
        var down = InverseRounding.WholeFractions(exact, RoundingPurpose.Tolerance);
        var up = InverseRounding.WholeFractions(exact, RoundingPurpose.Efficacy);
        var bedDown = down * perFraction.Gy * (1 + (perFraction.Gy / alphaBeta.Gy));
        var bedUp = up * perFraction.Gy * (1 + (perFraction.Gy / alphaBeta.Gy));
        return bedDown <= target.Gy * (1 + 1e-9) && bedUp >= target.Gy * (1 - 1e-9) && up - down <= 1;
    }
}
