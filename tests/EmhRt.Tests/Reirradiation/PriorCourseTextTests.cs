using EmhRt.Doses;
using EmhRt.Reirradiation;

namespace EmhRt.Tests.Reirradiation;

public class PriorCourseTextTests
{
    [Fact]
    public void Parses_fractionation_date_and_raw_span()
    {
        var p = PriorCourseText.Parse("30Gy/15@2023-01-10:T3-T8").Value;
        Assert.Equal(Fractionation.Parse("30 Gy/15").Value, p.Fractionation);
        Assert.Equal(new DateOnly(2023, 1, 10), p.Date);
        Assert.Equal("T3-T8", p.SpanText);
        Assert.Equal("30 Gy/15@2023-01-10:T3-T8", p.ToString());
        Assert.Equal(p, PriorCourseText.Parse(p.ToString()).Value);
        var course = p.ToPriorCourse([EmhRt.Spine.VertebralSpan.Create(EmhRt.Spine.VertebralLevel.Thoracic(3), EmhRt.Spine.VertebralLevel.Thoracic(4))], EmhRt.Spine.SpineAnatomy.Standard);
        Assert.Equal([EmhRt.Spine.VertebralLevel.Thoracic(3), EmhRt.Spine.VertebralLevel.Thoracic(4)], course.Levels!.ToArray());
        Assert.Equal([9, 10], course.LevelIndices!.ToArray());
    }

    [Theory]
    [InlineData("30Gy/15@2023-01-10:T3-T8:cordmax=32", "T3-T8", "30 Gy/15@2023-01-10:T3-T8:cordmax=32 Gy")]
    [InlineData("30Gy/15@2023-01-10:cordmax=3200cGy:T3-T8", "T3-T8", "30 Gy/15@2023-01-10:T3-T8:cordmax=32 Gy")]
    [InlineData("30Gy/15@2023-01-10: CordMax=32 Gy ", null, "30 Gy/15@2023-01-10:cordmax=32 Gy")]
    public void A_measured_cord_dmax_of_the_course_reads_in_the_dose_grammar_in_either_order(string text, string? span, string canonical)
    {
        var p = PriorCourseText.Parse(text);
        Assert.True(p.Success, p.Error);
        Assert.Equal(span, p.Value.SpanText);
        Assert.Equal(32, p.Value.CordMaxDose!.Value.Gy, 9);
        Assert.Equal(canonical, p.Value.ToString());
        Assert.Equal(p.Value, PriorCourseText.Parse(p.Value.ToString()).Value);
        Assert.Equal(32, p.Value.ToPriorCourse().CordMaxDose!.Value.Gy, 9);
    }

    [Fact]
    public void Span_is_optional()
    {
        var p = PriorCourseText.Parse("10 x 3 Gy@2023-01-10").Value;
        Assert.Null(p.SpanText);
        Assert.Null(p.ToPriorCourse().Levels);
    }

    [Theory]
    [InlineData("30Gy/15", "has no date", 7)]
    [InlineData("30Gy/15@10.01.2023", "'10.01.2023' is not a date: expected YYYY-MM-DD", 8)]
    [InlineData("3,0Gy/15@2023-01-10", "use a point as decimal separator", 0)]
    [InlineData("30Gy/15@2023-01-10:", "nothing after ':'", 19)]
    [InlineData("3000Gy/15@2023-01-10", "did you mean 3000 cGy = 30 Gy?", 0)]
    [InlineData("", "no prior course given", 0)]
    [InlineData("30Gy/15@2023-01-10:T3-T8:cordmax=abc", "cordmax: 'abc' is not a number", 33)]
    [InlineData("30Gy/15@2023-01-10:cordmax=101", "cordmax: '101' is not a plausible measured cord Dmax", 27)]
    [InlineData("30Gy/15@2023-01-10:cordmax=30:cordmax=31", "cordmax is given twice", 30)]
    [InlineData("30Gy/15@2023-01-10:T3-T8:L1", "two level parts", 25)]
    [InlineData("30Gy/15@2023-01-10:T3-T8:", "nothing after ':'", 25)]
    public void Errors_have_positions_in_the_whole_text(string text, string messagePart, int position)
    {
        var result = PriorCourseText.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
        Assert.Equal(position, result.Position);
    }
}
