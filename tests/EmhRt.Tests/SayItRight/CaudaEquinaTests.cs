using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Protocol;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.SayItRight;

/// <summary>Issue 18, item 6: below the conus the canal holds the cauda equina (saifuddin1998; facts-organs §4).</summary>
public class CaudaEquinaTests
{
    public static TheoryData<string, string, string> Tissues => new()
    {
        // CTV L3-L5: every level below the conus at L1: cauda equina, α/β 4 Gy (an assumption).
        { "L4", TissueDose.CaudaEquina, "assumption" },
        // CTV T12-L2 includes the conus level: spinal cord.
        { "L1", TissueDose.SpinalCord, "nieder2006" },
        { "T6", TissueDose.SpinalCord, "nieder2006" },
    };

    [Theory]
    [MemberData(nameof(Tissues))]
    public void Tissue_below_the_conus_is_called_cauda_equina_in_every_output(string lesion, string tissue, string source)
    {
        var assessment = PlanAssessor.Default.Assess(Bare(lesion, 15, 1));

        Assert.Equal(tissue, assessment.SpinalCord.Tissue);
        Assert.Equal(source, assessment.SpinalCord.Source);
        var cord = Single(assessment, FindingCodes.CordEqd2High).Message;
        Assert.Equal(tissue == TissueDose.CaudaEquina, cord.Contains("this is the cauda equina, compared here with spinal-cord points as an approximation", StringComparison.Ordinal));
        var text = EmhRt.Reporting.PlanTextReport.ToText(assessment, EmhRt.Tests.Reporting.ReportingCases.Tool, useColor: false);
        Assert.Equal(tissue == TissueDose.CaudaEquina, text.Contains("\nCauda equina\n", StringComparison.Ordinal));
        var json = EmhRt.Reporting.PlanJsonReport.ToJson(assessment, EmhRt.Tests.Reporting.ReportingCases.Tool, indented: true);
        Assert.Contains("\"tissue\": \"" + tissue + "\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_conus_level_is_a_protocol_parameter_and_must_lie_between_T11_and_L3()
    {
        var lower = EmhProtocol.Default with { ConusLevel = "L3" };
        Assert.Equal(TissueDose.SpinalCord, new PlanAssessor(lower).Assess(Bare("L4", 20, 10)).SpinalCord.Tissue);
        Assert.Contains(EmhProtocol.Default with { ConusLevel = "C5" } is var bad ? bad.Validate() : [], e => e.Location == "$.anatomy.conusLevel");
        Assert.Contains("\"conusLevel\": \"L1\"", EmhProtocol.DefaultJson, StringComparison.Ordinal);
    }
}
