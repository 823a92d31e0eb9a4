using System.Globalization;
using EmhRt.Reporting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EmhRt.Tests.Reporting;

public class ReportNumberFastPathTests
{
    [Property(MaxTest = 5000, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Fast_formatting_gives_the_same_text_as_round_trip_formatting(double v) =>
        ReportNumber.Format(v) == ReportNumber.Round(v).ToString("R", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(17.700000000000003, "17.7")]
    [InlineData(-0.0004, "0")]
    [InlineData(-2.5005, "-2.501")]
    [InlineData(1e13 + 0.5, "10000000000000.5")]
    [InlineData(0.05, "0.05")]
    [InlineData(120, "120")]
    public void Fast_formatting_examples(double value, string expected) => Assert.Equal(expected, ReportNumber.Format(value));

    /// <summary>Finite doubles below 1e7 in magnitude, half of them on a thousandths grid; shrinking as FsCheck shrinks doubles.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<double> Values()
        {
            var any = ArbMap.Default.ArbFor<double>();
            var values = any.Generator.Where(double.IsFinite).Select(v => v % 1e7);
            var scaled = Gen.Choose(-2_000_000, 2_000_000).Select(k => k / 1000.0);
            return Arb.From(Gen.OneOf(values, scaled), v => any.Shrinker(v).Where(s => double.IsFinite(s) && Math.Abs(s) < 1e7));
        }
    }
}
