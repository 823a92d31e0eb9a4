using EmhRt.Text;

namespace EmhRt.Tests;

public class ParseResultTests
{
    [Fact]
    public void Default_result_is_a_failure()
    {
        var result = default(ParseResult<int>);
        Assert.False(result.Success);
        Assert.Equal("no value was parsed", result.Error);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Failure_carries_message_and_position()
    {
        var result = ParseResult<int>.ForError("bad", 3);
        Assert.False(result.Success);
        Assert.Equal(3, result.Position);
        var ex = Assert.Throws<FormatException>(() => result.GetValueOrThrow());
        Assert.Equal("bad (at position 3)", ex.Message);
    }

    [Fact]
    public void Success_carries_value()
    {
        var result = ParseResult<int>.ForValue(7);
        Assert.True(result.TryGetValue(out var v));
        Assert.Equal(7, v);
        Assert.Null(result.Error);
    }
}
