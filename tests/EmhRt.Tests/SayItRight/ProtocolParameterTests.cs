using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Protocol;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.SayItRight;

/// <summary>Issue 18: every new threshold is a protocol parameter, loaded, validated and used by the messages.</summary>
public class ProtocolParameterTests
{
    public static TheoryData<string, string, double> NewParameters => new()
    {
        { "$.thresholds.cordShortCourse.oneFractionGy", "\"oneFractionGy\": 12.4", 12.4 },
        { "$.thresholds.cordShortCourse.fiveFractionsGy", "\"fiveFractionsGy\": 25.3", 25.3 },
        { "$.thresholds.cordShortCourse.hotSpotPercent", "\"hotSpotPercent\": 2", 2 },
        { "$.thresholds.fieldMarginMm", "\"fieldMarginMm\": 7", 7 },
        { "$.thresholds.fieldJunctionDistanceMm", "\"fieldJunctionDistanceMm\": 14", 14 },
        { "$.thresholds.startDelayDays", "\"startDelayDays\": 2", 2 },
    };

    [Theory]
    [MemberData(nameof(NewParameters))]
    public void New_thresholds_ship_in_the_default_protocol_and_a_negative_value_is_rejected_with_its_path(string path, string text, double value)
    {
        Assert.Contains(text, EmhProtocol.DefaultJson, StringComparison.Ordinal);
        Assert.Equal(EmhProtocol.Default, ProtocolLoader.Load(EmhProtocol.DefaultJson).Value);
        var name = text[..text.IndexOf(':', StringComparison.Ordinal)];
        var broken = ProtocolLoader.Load(EmhProtocol.DefaultJson.Replace(text, name + ": -1", StringComparison.Ordinal));
        Assert.False(broken.Success);
        Assert.Contains(broken.Errors, e => e.Location == path);
        Assert.True(value > 0);
    }

    [Fact]
    public void Short_course_cord_point_comes_from_the_protocol_in_force()
    {
        var strict = EmhProtocol.Default with { CordShortCourse1FractionGy = 8 };
        var assessment = new PlanAssessor(strict).Assess(Bare("C4", 10, 1));

        var cord = Single(assessment, FindingCodes.CordEqd2High);
        Assert.Equal(Severity.Warning, cord.Severity);
        Assert.Contains("is above 8 Gy/1", cord.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FindingCodes.CordEqd2High, SortedCodes(PlanAssessor.Default.Assess(Bare("C4", 10, 1))));
    }
}
