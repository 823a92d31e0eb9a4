using System.Globalization;
using EmhRt.Reporting;
using FsCheck;
using FsCheck.Fluent;

namespace EmhRt.Tests.Reporting;

public class ReportNumberFastPathTests
{
    [Fact]
    public void Fast_formatting_gives_the_same_text_as_round_trip_formatting()
    {
        var values = ArbMap.Default.GeneratorFor<double>()
            .Where(double.IsFinite)
            .Select(v => v % 1e7);
        var scaled = Gen.Choose(-2_000_000, 2_000_000).Select(k => k / 1000.0);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true),
            Prop.ForAll(Arb.From(Gen.OneOf(values, scaled)), v =>
                ReportNumber.Format(v) == ReportNumber.Round(v).ToString("R", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(17.700000000000003, "17.7")]
    [InlineData(-0.0004, "0")]
    [InlineData(-2.5005, "-2.501")]
    [InlineData(1e13 + 0.5, "10000000000000.5")]
    [InlineData(0.05, "0.05")]
    [InlineData(120, "120")]
    public void Fast_formatting_examples(double value, string expected) => Assert.Equal(expected, ReportNumber.Format(value));
}
