using EmhRt.Radiobiology;

namespace EmhRt.Tests.Radiobiology;

public class AlphaBetaTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromGy_rejects_non_positive_or_non_finite(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AlphaBeta.FromGy(value));
    }

    [Fact]
    public void Default_is_marked_invalid()
    {
        Assert.False(default(AlphaBeta).IsValid);
        Assert.True(AlphaBeta.FromGy(2).IsValid);
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("0.87 Gy", 0.87)]
    [InlineData("400 cGy", 4)]
    public void Parse_accepts_doses(string text, double gy)
    {
        Assert.Equal(AlphaBeta.FromGy(gy), AlphaBeta.Parse(text).Value);
    }

    [Theory]
    [InlineData("0", "greater than 0")]
    [InlineData("2,5", "use a point as decimal separator")]
    [InlineData("x", "is not a number")]
    public void Parse_rejects_bad_text(string text, string messagePart)
    {
        var result = AlphaBeta.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contract_and_text()
    {
        Assert.Equal("0.87 Gy", AlphaBeta.FromGy(0.87).ToString());
        Assert.True(AlphaBeta.FromGy(2) == AlphaBeta.FromGy(2));
        Assert.True(AlphaBeta.FromGy(2) < AlphaBeta.FromGy(4));
        Assert.Equal(AlphaBeta.FromGy(2).GetHashCode(), AlphaBeta.FromGy(2).GetHashCode());
    }

    [Fact]
    public void Defaults_carry_sources_and_the_EMH_value_is_labelled_an_assumption()
    {
        Assert.Equal(AlphaBeta.FromGy(10), AlphaBetaDefaults.EmhTissue.Value);
        Assert.True(AlphaBetaDefaults.EmhTissue.IsAssumption);
        Assert.Null(AlphaBetaDefaults.EmhTissue.Citation);
        Assert.Contains("Assumption", AlphaBetaDefaults.EmhTissue.Note, StringComparison.Ordinal);
        Assert.Equal((2.0, "nieder2006", false), (AlphaBetaDefaults.SpinalCordCervicalThoracic.Value.Gy, AlphaBetaDefaults.SpinalCordCervicalThoracic.Citation, AlphaBetaDefaults.SpinalCordCervicalThoracic.IsAssumption));
        Assert.Equal((4.0, "nieder2006"), (AlphaBetaDefaults.SpinalCordLumbar.Value.Gy, AlphaBetaDefaults.SpinalCordLumbar.Citation));
        Assert.Equal((0.87, "schultheiss2008"), (AlphaBetaDefaults.SpinalCordSchultheiss.Value.Gy, AlphaBetaDefaults.SpinalCordSchultheiss.Citation));
    }
}
