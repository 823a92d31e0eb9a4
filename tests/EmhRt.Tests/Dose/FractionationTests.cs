using EmhRt.Doses;

namespace EmhRt.Tests.Doses;

public class FractionationTests
{
    [Theory]
    [InlineData("20 Gy/10", 20, 10, 2)]
    [InlineData("20Gy/10", 20, 10, 2)]
    [InlineData("20 Gy in 10 fractions", 20, 10, 2)]
    [InlineData("20 Gy in 10 fraction", 20, 10, 2)]
    [InlineData("20 Gy in 10 fx", 20, 10, 2)]
    [InlineData("20 Gy in 10 #", 20, 10, 2)]
    [InlineData("20 GY IN 10 FRACTIONS", 20, 10, 2)]
    [InlineData("10 x 2 Gy", 20, 10, 2)]
    [InlineData("10×2Gy", 20, 10, 2)]
    [InlineData("10x2Gy", 20, 10, 2)]
    [InlineData("10 X 2 Gy", 20, 10, 2)]
    [InlineData("10 * 2 Gy", 20, 10, 2)]
    [InlineData("10 x 200 cGy", 20, 10, 2)]
    [InlineData("10 x 1.8 Gy", 18, 10, 1.8)]
    [InlineData("18 Gy / 10 fx", 18, 10, 1.8)]
    [InlineData("2000 cGy/10", 20, 10, 2)]
    [InlineData("20/10", 20, 10, 2)]
    [InlineData("2 Gy x 10", 20, 10, 2)]
    [InlineData("2 Gy x 10 fractions", 20, 10, 2)]
    [InlineData("15 Gy/1", 15, 1, 15)]
    [InlineData("30.6 Gy/17", 30.6, 17, 1.8)]
    [InlineData("20 Gy in 10 fractions of 2 Gy", 20, 10, 2)]
    [InlineData("18 Gy/10 x 1.8 Gy", 18, 10, 1.8)]
    [InlineData("18 Gy/10 x 1.804 Gy", 18, 10, 1.8)]
    public void Parse_accepts_the_usual_notations(string text, double total, int fractions, double perFraction)
    {
        var result = Fractionation.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(total, result.Value.TotalDose.Gy, 12);
        Assert.Equal(fractions, result.Value.Fractions);
        Assert.Equal(perFraction, result.Value.DosePerFraction.Gy, 12);
    }

    [Theory]
    [InlineData("2,5 Gy/1", "'2,5' is not a number: use a point as decimal separator", 0)]
    [InlineData("10 x 2,5 Gy", "'2,5' is not a number: use a point as decimal separator", 5)]
    [InlineData("-1 Gy/10", "'-1' is negative", 0)]
    [InlineData("20 Gy/-1", "'-1' is negative", 6)]
    [InlineData("20 Gy in 0 fractions", "0 fractions: at least 1 fraction is needed", 9)]
    [InlineData("0 x 2 Gy", "0 fractions: at least 1 fraction is needed", 0)]
    [InlineData("20 Gy/10.5", "the number of fractions must be a whole number", 6)]
    [InlineData("2000 Gy/10", "2000 Gy is implausible as a total dose (input-sanity limit 100 Gy): did you mean 2000 cGy = 20 Gy?", 0)]
    [InlineData("2000/10", "did you mean 2000 cGy = 20 Gy?", 0)]
    [InlineData("10 x 200 Gy", "200 Gy is implausible as a dose per fraction (input-sanity limit 25 Gy): did you mean 200 cGy = 2 Gy?", 5)]
    [InlineData("10 x 200", "did you mean 200 cGy = 2 Gy?", 5)]
    [InlineData("50 x 3 Gy", "50 x 3 Gy = 150 Gy is implausible as a total dose", 5)]
    [InlineData("20 Gy/10 x 1.8 Gy", "20 Gy in 10 fractions is 2 Gy per fraction, not 1.8 Gy", 11)]
    [InlineData("20 Gy in 10 fractions of 1.8 Gy", "20 Gy in 10 fractions is 2 Gy per fraction, not 1.8 Gy", 25)]
    [InlineData("abc", "'abc' is not a number", 0)]
    [InlineData("", "no fractionation given", 0)]
    [InlineData("20 Gy", "gives one value only", 5)]
    [InlineData("20 Gy - 10", "expected '/', 'in' or 'x'", 6)]
    [InlineData("20 Gy/10 fractions extra", "unexpected 'extra' after the fractionation", 19)]
    [InlineData("20 Gy/", "is not a number: expected a number of fractions", 6)]
    [InlineData("20 Gy/2 Gy", "expected a number of fractions here, not a dose", 6)]
    [InlineData("0 Gy/10", "a total dose of 0 Gy is not possible", 0)]
    [InlineData("10 x 0 Gy", "a dose per fraction of 0 Gy is not possible", 5)]
    [InlineData("20 Gy/99999", "implausible (input-sanity limit 10000)", 6)]
    public void Parse_reports_every_error_with_position(string text, string messagePart, int position)
    {
        var result = Fractionation.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void Create_from_any_two_values()
    {
        var a = Fractionation.Create(Dose.FromGy(20), 10, null).Value;
        var b = Fractionation.Create(null, 10, Dose.FromGy(2)).Value;
        var c = Fractionation.Create(Dose.FromGy(20), null, Dose.FromGy(2)).Value;
        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.Equal(a.GetHashCode(), c.GetHashCode());
        Assert.Equal(10, c.Fractions);
    }

    [Fact]
    public void Create_with_all_three_requires_agreement_within_five_milligray_per_fraction()
    {
        Assert.True(Fractionation.Create(Dose.FromGy(20), 10, Dose.FromGy(2.005)).Success);
        var bad = Fractionation.Create(Dose.FromGy(20), 10, Dose.FromGy(1.8));
        Assert.Equal("20 Gy in 10 fractions is 2 Gy per fraction, not 1.8 Gy", bad.Error);
        Assert.Equal("15 Gy in 1 fraction is 15 Gy per fraction, not 14 Gy", Fractionation.Create(Dose.FromGy(15), 1, Dose.FromGy(14)).Error);
    }

    [Fact]
    public void Create_with_fewer_than_two_values_lists_what_is_missing()
    {
        Assert.Equal(
            "two of total dose, number of fractions and dose per fraction are needed; missing: number of fractions, dose per fraction",
            Fractionation.Create(Dose.FromGy(20), null, null).Error);
        Assert.Contains("missing: total dose, number of fractions, dose per fraction", Fractionation.Create(null, null, null).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_and_dose_per_fraction_must_give_whole_fractions()
    {
        var result = Fractionation.Create(Dose.FromGy(20), null, Dose.FromGy(3));
        Assert.Equal("20 Gy in fractions of 3 Gy is 6.6667 fractions: the number of fractions must be a whole number", result.Error);
        Assert.Equal(17, Fractionation.Create(Dose.FromGy(30.6), null, Dose.FromGy(1.8)).Value.Fractions);
        Assert.False(Fractionation.Create(Dose.FromGy(1), null, Dose.FromGy(2)).Success);
    }

    [Fact]
    public void Throwing_factories_are_for_programmer_errors()
    {
        Assert.Equal(Dose.FromGy(2), Fractionation.FromTotalDose(Dose.FromGy(20), 10).DosePerFraction);
        Assert.Equal(Dose.FromGy(18), Fractionation.FromDosePerFraction(10, Dose.FromGy(1.8)).TotalDose);
        Assert.Throws<ArgumentException>(() => Fractionation.FromTotalDose(Dose.FromGy(20), 0));
        Assert.Throws<ArgumentException>(() => Fractionation.FromDosePerFraction(10, Dose.FromGy(-2)));
    }

    [Theory]
    [InlineData("20 Gy/10", "20 Gy in 10 fractions of 2 Gy", "20 Gy/10")]
    [InlineData("15 Gy/1", "15 Gy in 1 fraction of 15 Gy", "15 Gy/1")]
    [InlineData("10 x 1.8 Gy", "18 Gy in 10 fractions of 1.8 Gy", "18 Gy/10")]
    [InlineData("25 Gy/13", "25 Gy in 13 fractions of 1.9231 Gy", "25 Gy/13")]
    public void Text_forms_are_invariant_and_read_back(string input, string longForm, string shortForm)
    {
        var f = Fractionation.Parse(input).Value;
        Assert.Equal(longForm, f.ToString());
        Assert.Equal(shortForm, f.ToShortString());
        Assert.Equal(f, Fractionation.Parse(f.ToString()).Value);
        Assert.Equal(f, Fractionation.Parse(f.ToShortString()).Value);
    }

    [Theory]
    [MemberData(nameof(InCulture.Cultures), MemberType = typeof(InCulture))]
    public void Parsing_and_formatting_ignore_the_current_culture(string culture)
    {
        InCulture.Run(culture, () =>
        {
            var f = Fractionation.Parse("10 x 1.8 Gy").Value;
            Assert.Equal(1.8, f.DosePerFraction.Gy);
            Assert.Equal("18 Gy in 10 fractions of 1.8 Gy", f.ToString());
            Assert.False(Fractionation.Parse("10 x 1,8 Gy").Success);
            Assert.Equal(20, Fractionation.Parse("20 GY IN 10 FRACTIONS").Value.TotalDose.Gy);
            Assert.Equal(10, Fractionation.Parse("20 Gy in 10 FX").Value.Fractions);
            Assert.Equal("20 Gy in 10 fractions is 2 Gy per fraction, not 1.8 Gy", Fractionation.Create(Dose.FromGy(20), 10, Dose.FromGy(1.8)).Error);
        });
    }
}
