using EmhRt.Doses;
using EmhRt.Radiobiology;

namespace EmhRt.Tests.Radiobiology;

public class SpinalCordToleranceTests
{
    [Fact]
    public void Emh_dose_is_far_below_every_quantec_point()
    {
        var a = SpinalCordTolerance.Assess(Fractionation.Parse("20 Gy/10").Value);
        Assert.Equal(20, a.CordEqd2.Gy, 9);
        Assert.Null(a.HighestPointReached);
        Assert.Equal(50, a.NextPoint!.MaximumCordDose.Gy);
        Assert.Equal("marks2010", a.NextPoint.Citation);
        Assert.Equal(SpinalCordTolerance.DoseAssumption, a.Assumption);
        Assert.Contains("full prescribed dose", a.Assumption, StringComparison.Ordinal);
        Assert.True(a.ModelDerivedRisk < 1e-6);
        Assert.Contains("Model-derived", a.ModelNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_15_Gy_fraction_is_compared_with_the_short_course_points_not_the_conventional_curve()
    {
        var a = SpinalCordTolerance.Assess(Fractionation.Parse("15 Gy/1").Value);
        Assert.Equal(63.75, a.CordEqd2.Gy, 9);
        Assert.True(a.IsShortCourse);
        Assert.Null(a.HighestPointReached);
        Assert.Null(a.NextPoint);
        Assert.Null(a.ModelDerivedRisk);
        Assert.Equal(12.4, a.SahgalPoint!.MaximumCordDose.Gy);
        Assert.Equal("sahgal2013", a.SahgalPoint.Citation);
        Assert.Equal(13, a.QuantecShortCoursePoint!.MaximumCordDose.Gy);
        Assert.Equal("kirkpatrick2010", a.QuantecShortCoursePoint.Citation);
        Assert.Equal(AlphaBeta.FromGy(0.87), a.ModelAlphaBeta);
    }

    [Fact]
    public void Reaching_the_top_point_leaves_no_next_point()
    {
        var a = SpinalCordTolerance.Assess(Fractionation.Parse("70 Gy/35").Value);
        Assert.Equal(69, a.HighestPointReached!.MaximumCordDose.Gy);
        Assert.Null(a.NextPoint);
    }

    [Fact]
    public void Quantec_point_exactly_reached_counts()
    {
        var a = SpinalCordTolerance.Assess(Fractionation.Parse("50 Gy/25").Value);
        Assert.Equal(50, a.HighestPointReached!.MaximumCordDose.Gy);
        Assert.Equal("50 Gy: 0.2 % (marks2010)", a.HighestPointReached.ToString());
        Assert.Equal("54 Gy: < 1 % (kirkpatrick2010)", a.NextPoint!.ToString());
    }

    [Theory]
    [InlineData(50, 0.002, 0.0002)]
    [InlineData(69.4, 0.5, 1e-12)]
    [InlineData(0, 0, 0)]
    public void Logistic_risk_reproduces_its_anchor_points(double eqd2, double expected, double tolerance)
    {
        Assert.Equal(expected, SpinalCordTolerance.LogisticRisk(Dose.FromGy(eqd2)), tolerance);
    }

    [Fact]
    public void Lumbar_alpha_beta_can_be_chosen()
    {
        var a = SpinalCordTolerance.Assess(Fractionation.Parse("50 Gy/25").Value, AlphaBeta.FromGy(4), AlphaBeta.FromGy(0.87));
        Assert.Equal(50, a.CordEqd2.Gy, 9);
        Assert.Equal(AlphaBeta.FromGy(4), a.QuantecAlphaBeta);
    }
}
