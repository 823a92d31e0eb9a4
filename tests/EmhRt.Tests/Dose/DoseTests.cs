using EmhRt.Doses;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Doses;

public class DoseTests
{
    [Fact]
    public void Default_is_zero()
    {
        Assert.Equal(Dose.Zero, default);
        Assert.Equal(0.0, default(Dose).Gy);
    }

    [Fact]
    public void Centigray_is_Gy_times_100_and_180_cGy_is_exactly_1_8_Gy()
    {
        Assert.Equal(1.8, Dose.FromCentigray(180).Gy);
        Assert.Equal(2000.0, Dose.FromGy(20).Centigray);
        Assert.Equal(Dose.FromGy(20), Dose.FromCentigray(2000));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Factories_reject_non_finite_values(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Dose.FromGy(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dose.FromCentigray(value));
    }

    [Fact]
    public void Equality_is_exact_and_approximate_comparison_needs_a_tolerance()
    {
        var a = Dose.FromGy(0.1 + 0.2);
        var b = Dose.FromGy(0.3);
        Assert.NotEqual(a, b);
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.True(a.ApproximatelyEquals(b, Dose.FromGy(1e-9)));
        Assert.False(a.ApproximatelyEquals(b, Dose.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.ApproximatelyEquals(b, Dose.FromGy(-1)));
    }

    [Fact]
    public void Equality_and_ordering_contract()
    {
        var one = Dose.FromGy(1);
        var two = Dose.FromGy(2);
        Assert.True(one.Equals((object)Dose.FromGy(1)));
        Assert.False(one.Equals((object)2.0));
        Assert.Equal(one.GetHashCode(), Dose.FromGy(1).GetHashCode());
        Assert.True(one < two && two > one && one <= Dose.FromGy(1) && two >= Dose.FromGy(2) && !(two <= one));
        Assert.Equal(-1, one.CompareTo(two));
        Assert.Equal(1, ((IComparable)one).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)one).CompareTo("1 Gy"));
        Assert.Equal(-1, Dose.FromCentigray(200).CompareTo(Dose.FromGy(3)));
    }

    [Fact]
    public void Arithmetic()
    {
        Assert.Equal(Dose.FromGy(3), Dose.FromGy(1) + Dose.FromGy(2));
        Assert.Equal(Dose.FromGy(-1), Dose.FromGy(1) - Dose.FromGy(2));
        Assert.Equal(Dose.FromGy(20), Dose.FromGy(2) * 10);
        Assert.Equal(Dose.FromGy(20), 10 * Dose.FromGy(2));
        Assert.Equal(Dose.FromGy(2), Dose.FromGy(20) / 10);
        Assert.Equal(Dose.FromGy(-2), -Dose.FromGy(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dose.FromGy(1) / 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => Dose.FromGy(1) * double.NaN);
        Assert.Throws<ArgumentOutOfRangeException>(() => Dose.FromGy(double.MaxValue) + Dose.FromGy(double.MaxValue));
    }

    [Theory]
    [InlineData(20, "20 Gy")]
    [InlineData(1.8, "1.8 Gy")]
    [InlineData(17.1, "17.1 Gy")]
    [InlineData(28.125, "28.125 Gy")]
    [InlineData(26.041666666, "26.0417 Gy")]
    [InlineData(0, "0 Gy")]
    public void ToString_is_invariant_with_at_most_four_decimals(double gy, string expected)
    {
        Assert.Equal(expected, Dose.FromGy(gy).ToString());
    }

    [Fact]
    public void Rounding_noise_does_not_show()
    {
        Assert.Equal("1.8 Gy", Dose.FromGy(1.8000000000000003).ToString());
        Assert.Equal("180 cGy", Dose.FromGy(1.8).ToCentigrayString());
    }

    [Theory]
    [InlineData("20 Gy", 20)]
    [InlineData("20Gy", 20)]
    [InlineData("20 gy", 20)]
    [InlineData("20 GY", 20)]
    [InlineData("2000 cGy", 20)]
    [InlineData("2000cgy", 20)]
    [InlineData("180 cGy", 1.8)]
    [InlineData("20", 20)]
    [InlineData("  1.8 Gy  ", 1.8)]
    [InlineData(".5 Gy", 0.5)]
    public void Parse_accepts_gray_centigray_and_bare_numbers(string text, double gy)
    {
        var result = Dose.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(gy, result.Value.Gy);
    }

    [Theory]
    [InlineData("2,5", "'2,5' is not a number: use a point as decimal separator", 0)]
    [InlineData("2,5 Gy", "'2,5' is not a number: use a point as decimal separator", 0)]
    [InlineData("1,000 cGy", "'1,000' is not a number: use a point as decimal separator", 0)]
    [InlineData("-1", "'-1' is negative", 0)]
    [InlineData("-1 Gy", "'-1' is negative", 0)]
    [InlineData("abc", "'abc' is not a number", 0)]
    [InlineData("", "no dose given", 0)]
    [InlineData("   ", "no dose given", 0)]
    [InlineData("20 mg", "unknown unit 'mg': expected Gy or cGy", 3)]
    [InlineData("1e3 Gy", "unknown unit 'e'", 1)]
    [InlineData("2. Gy", "expected digits after the decimal point", 0)]
    [InlineData("5.", "'5.' is not a number: expected digits after the decimal point", 0)]
    [InlineData("+5", "'+5' is not a number", 0)]
    [InlineData("0", "'0' is not allowed: a dose must be greater than 0 Gy", 0)]
    [InlineData(" 0 Gy", "'0 Gy' is not allowed: a dose must be greater than 0 Gy", 1)]
    [InlineData("0.0 cGy", "a dose must be greater than 0 Gy", 0)]
    [InlineData("-0", "'-0' is negative", 0)]
    [InlineData("1.2.3", "expected one decimal point", 0)]
    [InlineData("20 Gy extra", "unexpected 'extra' after the dose", 6)]
    [InlineData("20 Gy /", "unexpected '/' after the dose", 6)]
    public void Parse_reports_errors_with_position(string text, string messagePart, int position)
    {
        var result = Dose.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void Parse_rejects_huge_numbers()
    {
        var result = Dose.Parse(new string('9', 400));
        Assert.False(result.Success);
        Assert.Contains("too large", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_null()
    {
        Assert.False(Dose.Parse(null).Success);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_reads_back_ToString(Sample<Dose> d) => Dose.Parse(d.Value.ToString()).Value == d.Value;

    [Theory]
    [MemberData(nameof(InCulture.Cultures), MemberType = typeof(InCulture))]
    public void Parsing_and_formatting_ignore_the_current_culture(string culture)
    {
        InCulture.Run(culture, () =>
        {
            Assert.Equal(2.5, Dose.Parse("2.5 Gy").Value.Gy);
            Assert.False(Dose.Parse("2,5").Success);
            Assert.Equal("2.5 Gy", Dose.FromGy(2.5).ToString());
            Assert.Equal("250 cGy", Dose.FromGy(2.5).ToCentigrayString());
            Assert.Equal(20, Dose.Parse("2000 CGY").Value.Gy);
            Assert.Equal(20, Dose.Parse("20 gY").Value.Gy);
        });
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<Dose>> Doses() => Draw.Choose(1, 10_000_000).Select(i => Dose.FromGy(i / 10_000.0)).ToArbitrary();
    }
}
