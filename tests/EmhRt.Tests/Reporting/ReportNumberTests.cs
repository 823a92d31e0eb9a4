using EmhRt.Reporting;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Reporting;

public class ReportNumberTests
{
    [Theory]
    [InlineData(17.700000000000003, "17.7")]
    [InlineData(28.125, "28.125")]
    [InlineData(159.99999999999997, "160")]
    [InlineData(13.333333333333314, "13.333")]
    [InlineData(0.0005, "0.001")]
    [InlineData(-0.0005, "-0.001")]
    [InlineData(-0.0001, "0")]
    [InlineData(2.5, "2.5")]
    [InlineData(1e-11, "0")]
    [InlineData(541.6666666666667, "541.667")]
    public void Format_rounds_half_away_from_zero_to_three_decimals(double value, string expected) =>
        Assert.Equal(expected, ReportNumber.Format(value));

    [Fact]
    public void Round_never_returns_negative_zero() =>
        Assert.False(double.IsNegative(ReportNumber.Round(-0.0001)));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Round_rejects_non_finite_values(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportNumber.Round(value));

    [Fact]
    public void TryFormat_matches_Format()
    {
        Span<char> buffer = stackalloc char[32];
        Assert.True(ReportNumber.TryFormat(17.700000000000003, buffer, out var written));
        Assert.Equal("17.7", buffer[..written].ToString());
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Rounding_is_within_half_a_thousandth_and_idempotent(Sample<double> sample)
    {
        var x = sample.Value;
        var r = ReportNumber.Round(x);
        return Math.Abs(r - x) <= 0.0005 + 1e-12 && ReportNumber.Round(r) == r
            && double.Parse(ReportNumber.Format(x), System.Globalization.CultureInfo.InvariantCulture) == r;
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<double>> Values() => Draw.Choose(-2_000_000, 2_000_000).Select(i => i / 997.0).ToArbitrary();
    }
}
