using EmhRt.Planning;

namespace EmhRt.Tests.Organs;

/// <summary>The grammar of <see cref="PregnancyStatus"/> (--pregnancy-status, batch column pregnancy_status).</summary>
public class PregnancyStatusTextTests
{
    [Theory]
    [InlineData("unknown", PregnancyStatus.Unknown)]
    [InlineData("negative", PregnancyStatus.Negative)]
    [InlineData("  Pregnant ", PregnancyStatus.Pregnant)]
    [InlineData("NEGATIVE", PregnancyStatus.Negative)]
    public void Parse_accepts_the_three_words_in_any_case(string text, PregnancyStatus expected)
    {
        var parsed = PregnancyStatusText.Parse(text);
        Assert.True(parsed.Success);
        Assert.Equal(expected, parsed.Value);
        Assert.Equal(expected, PregnancyStatusText.Parse(PregnancyStatusText.Format(expected)).Value);
    }

    [Theory]
    [InlineData("yes", "'yes' is not a pregnancy status; expected unknown, negative or pregnant", 0)]
    [InlineData("  maybe", "'maybe' is not a pregnancy status; expected unknown, negative or pregnant", 2)]
    [InlineData("   ", "the pregnancy status is empty; expected unknown, negative or pregnant", 0)]
    [InlineData(null, "no pregnancy status was given; expected unknown, negative or pregnant", 0)]
    public void Parse_says_what_is_wrong_and_where(string? text, string error, int position)
    {
        var parsed = PregnancyStatusText.Parse(text);
        Assert.False(parsed.Success);
        Assert.Equal(error, parsed.Error);
        Assert.Equal(position, parsed.Position);
    }
}
