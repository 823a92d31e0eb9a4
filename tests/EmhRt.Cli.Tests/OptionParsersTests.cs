using System.Globalization;
using EmhRt.Cli;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Cli.Tests;

/// <summary>
/// The pure option parsers: each is the library's parser (one grammar, issue 17) with its message unchanged; the
/// option name is added by the option (see <c>Grammar/OneGrammarTests</c> for the agreement across front ends).
/// </summary>
public class OptionParsersTests
{
    [Theory]
    [InlineData("20", 20.0)]
    [InlineData("20Gy", 20.0)]
    [InlineData("20 Gy", 20.0)]
    [InlineData("20gy", 20.0)]
    [InlineData("2000cGy", 20.0)]
    [InlineData("250cGy", 2.5)]
    [InlineData("2.5", 2.5)]
    [InlineData(" 1.8 ", 1.8)]
    [InlineData(".5", 0.5)]
    public void Dose_accepts_gy_and_cgy(string text, double expectedGy)
    {
        Assert.True(OptionParsers.TryParseDoseGy(text, out double gy, out string? error), error);
        Assert.Equal(expectedGy, gy);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("2,5", "'2,5' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)")]
    [InlineData("1,000", "'1,000' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)")]
    [InlineData("2,5Gy", "'2,5' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)")]
    [InlineData("", "no dose given: expected e.g. '20 Gy' or '2000 cGy'")]
    [InlineData("Gy", "'Gy' is not a number: expected a dose such as '20 Gy'")]
    [InlineData("-Infinity", "'-Infinity' is not a number: expected a dose such as '20 Gy'")]
    [InlineData("1e3", "unknown unit 'e': expected Gy or cGy")]
    [InlineData("-0", "'-0' is negative: a dose must not be negative")]
    [InlineData("0", "'0' is not allowed: a dose must be greater than 0 Gy")]
    [InlineData("+3", "'+3' is not a number: expected a dose such as '20 Gy'")]
    [InlineData("5.", "'5.' is not a number: expected digits after the decimal point")]
    [InlineData("20 Sv", "unknown unit 'Sv': expected Gy or cGy")]
    public void Dose_errors_are_the_librarys(string text, string expected)
    {
        Assert.False(OptionParsers.TryParseDoseGy(text, out _, out string? error));
        Assert.Equal(expected, error);
        Assert.Equal(expected, Doses.Dose.Parse(text).Error);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("5mm", 5.0)]
    [InlineData("7.5 MM", 7.5)]
    public void Length_accepts_mm(string text, double expectedMm)
    {
        Assert.True(OptionParsers.TryParseLengthMm(text, out double mm, out _));
        Assert.Equal(expectedMm, mm);
    }

    [Theory]
    [InlineData("-0.1", "'-0.1' is negative: a length must not be negative")]
    [InlineData("-0", "'-0' is negative: a length must not be negative")]
    [InlineData("+5", "'+5' is not a number: expected a length such as '5' or '5 mm'")]
    [InlineData("5.", "'5.' is not a number: expected digits after the decimal point")]
    [InlineData("1cm", "unknown unit 'cm': expected mm, e.g. '5' or '5 mm'")]
    [InlineData("5 mm 3", "unexpected '3' after a length: expected e.g. '5' or '5 mm'")]
    [InlineData("", "no length given: expected e.g. '5' or '5 mm'")]
    public void Length_errors(string text, string expected)
    {
        Assert.False(OptionParsers.TryParseLengthMm(text, out _, out string? error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("1", true, 1)]
    [InlineData(" 10 ", true, 10)]
    [InlineData("0", false, 0)]
    [InlineData("+1", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("1.0", false, 0)]
    [InlineData("1e1", false, 0)]
    [InlineData("99999999999", false, 0)]
    public void Fractions_are_whole_numbers_from_1(string text, bool ok, int expected)
    {
        Assert.Equal(ok, OptionParsers.TryParseFractions(text, out int value, out string? error));
        Assert.Equal(expected, value);
        Assert.Equal(ok, error is null);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("2", true)]
    [InlineData("-1", false)]
    [InlineData("+2", false)]
    [InlineData("2.", false)]
    public void Ctv_levels_are_whole_numbers_from_0(string text, bool ok) =>
        Assert.Equal(ok, OptionParsers.TryParseCtvLevels(text, out _, out _));

    [Theory]
    [InlineData("11", true)]
    [InlineData("13", true)]
    [InlineData("10", false)]
    [InlineData("14", false)]
    [InlineData("+12", false)]
    public void Thoracic_counts_are_11_to_13(string text, bool ok) =>
        Assert.Equal(ok, OptionParsers.TryParseThoracicCount(text, out _, out _));

    [Theory]
    [InlineData("4", true)]
    [InlineData("6", true)]
    [InlineData("3", false)]
    [InlineData("7", false)]
    public void Lumbar_counts_are_4_to_6(string text, bool ok) =>
        Assert.Equal(ok, OptionParsers.TryParseLumbarCount(text, out _, out _));

    [Theory]
    [InlineData("2026-03-02", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-3-2", false)]
    [InlineData("02.03.2026", false)]
    [InlineData("2026-03-02T00:00", false)]
    [InlineData("", false)]
    public void Dates_are_yyyy_MM_dd_only(string text, bool ok)
    {
        Assert.Equal(ok, OptionParsers.TryParseDate(text, out DateOnly date, out string? error));
        if (ok)
        {
            Assert.Equal(text, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            Assert.Equal(Scheduling.IsoDate.Parse(text).Error, error);
        }
    }

    [Theory]
    [InlineData("150", true)]
    [InlineData("0", true)]
    [InlineData("0.5", true)]
    [InlineData("150.1", false)]
    [InlineData("-1", false)]
    [InlineData("+34", false)]
    [InlineData("34.", false)]
    [InlineData("34 years", false)]
    public void Age_is_0_to_150_years(string text, bool ok) =>
        Assert.Equal(ok, OptionParsers.TryParseAgeYears(text, out _, out _));

    [Theory]
    [InlineData("40", true)]
    [InlineData("400", true)]
    [InlineData("39", false)]
    [InlineData("401", false)]
    [InlineData("+80", false)]
    public void Width_is_40_to_400_columns(string text, bool ok) =>
        Assert.Equal(ok, OptionParsers.TryParseWidth(text, out _, out _));

    [Fact]
    public void Choices_are_described_in_natural_language()
    {
        Assert.Equal("female or male", OptionParsers.DescribeChoices(CliChoices.Sexes));
        Assert.Equal("text, json, csv or html", OptionParsers.DescribeChoices(CliChoices.Formats));
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Any_finite_positive_dose_round_trips_through_invariant_text_in_gy_and_cgy(Sample<double> sample)
    {
        var gy = sample.Value;
        string text = gy.ToString("R", CultureInfo.InvariantCulture);
        bool okGy = OptionParsers.TryParseDoseGy(text + "Gy", out double parsedGy, out _);
        bool okCgy = OptionParsers.TryParseDoseGy(text + "cGy", out double parsedCgy, out _);
        return okGy && parsedGy == gy && okCgy && parsedCgy == gy / 100.0;
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Dose_text_with_a_comma_is_never_accepted(Sample<string> text) =>
        !OptionParsers.TryParseDoseGy(text.Value, out _, out string? error) && error!.Contains("decimal separator", StringComparison.Ordinal);

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<double>> Doses() => Draw.Choose(1, 100_000_000).Select(i => i / 10_000.0).ToArbitrary();

        public static Arbitrary<Sample<string>> CommaTexts() =>
            Draw.Zip(Draw.Choose(1, 999), Draw.Choose(0, 999)).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Item1},{t.Item2:D3}")).ToArbitrary();
    }
}
