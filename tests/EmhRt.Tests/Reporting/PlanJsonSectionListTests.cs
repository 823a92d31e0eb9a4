using EmhRt.Reporting;

namespace EmhRt.Tests.Reporting;

/// <summary>The grammar of <c>--sections</c> (<see cref="PlanJsonSectionList"/>): one grammar, in the library; it never throws.</summary>
public class PlanJsonSectionListTests
{
    [Theory]
    [InlineData("all", PlanJsonSections.All)]
    [InlineData("ALL", PlanJsonSections.All)]
    [InlineData("summary", PlanJsonSections.Summary)]
    [InlineData(" dose , summary ", PlanJsonSections.Dose | PlanJsonSections.Summary)]
    [InlineData("finding-codes", PlanJsonSections.FindingCodes)]
    [InlineData("all,finding-codes", (PlanJsonSections.All & ~PlanJsonSections.Findings) | PlanJsonSections.FindingCodes)]
    [InlineData("all,-literature", PlanJsonSections.All & ~PlanJsonSections.Literature)]
    [InlineData("-literature", PlanJsonSections.All & ~PlanJsonSections.Literature)]
    [InlineData("-findings", PlanJsonSections.All & ~PlanJsonSections.Findings)]
    [InlineData("finding-codes,-findings", PlanJsonSections.None | PlanJsonSections.None)] // removing findings removes both forms: nothing left (error below)
    public void Parse_reads_names_and_removals(string text, PlanJsonSections expected)
    {
        var result = PlanJsonSectionList.Parse(text);
        if (expected == PlanJsonSections.None)
        {
            Assert.False(result.Success);
            return;
        }

        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData(null, "no section named: give a comma-separated list, e.g. summary,dose,findings, or all", 0)]
    [InlineData("  ", "no section named: give a comma-separated list, e.g. summary,dose,findings, or all", 0)]
    [InlineData("dose,sumary", "unknown section 'sumary'; did you mean 'summary'? Sections: summary, volumes, dose, schedule, reirradiation, organs, findings, finding-codes, literature, all", 5)]
    [InlineData("dose, -", "empty section name in the list", 6)]
    [InlineData("findings,finding-codes", "findings (with messages) and finding-codes (without) both write the findings: choose one", 0)]
    [InlineData("finding-codes,-finding-codes", "finding-codes is both added and removed", 0)]
    [InlineData("all,-all", "no section left to write", 0)]
    public void Parse_refuses_with_the_problem_and_its_position(string? text, string error, int position)
    {
        var result = PlanJsonSectionList.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(error, result.Error);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void Format_lists_names_in_document_order_and_round_trips_every_subset()
    {
        Assert.Equal(["summary", "volumes", "dose", "schedule", "reirradiation", "organs", "findings", "literature"], PlanJsonSectionList.Format(PlanJsonSections.All).ToArray());
        for (var bits = 1; bits < 512; bits++)
        {
            var sections = (PlanJsonSections)bits;
            if (sections.HasFlag(PlanJsonSections.Findings) && sections.HasFlag(PlanJsonSections.FindingCodes))
            {
                continue; // not a choice: one form of the findings
            }

            var parsed = PlanJsonSectionList.Parse(string.Join(',', PlanJsonSectionList.Format(sections)));
            Assert.True(parsed.Success, parsed.Error);
            Assert.Equal(sections, parsed.Value);
        }
    }

    [Fact]
    public void Json_without_a_section_omits_its_members_and_finding_codes_omit_messages()
    {
        var a = ReportingCases.Seed003WithPriorCourse();
        var json = System.Text.Json.Nodes.JsonNode.Parse(PlanJsonReport.ToJson(a, ReportingCases.Tool, indented: false, PlanJsonSections.Dose | PlanJsonSections.FindingCodes))!.AsObject();
        Assert.Equal(["schemaVersion", "fractionation", "radiobiology", "cord", "findings"], json.Select(p => p.Key));
        Assert.All(json["findings"]!.AsArray(), f => Assert.False(f!.AsObject().ContainsKey("message")));
        Assert.Equal(a.Findings.Select(f => f.Code), json["findings"]!.AsArray().Select(f => (string?)f!["code"]));
        Assert.Equal(a.Findings.Select(f => string.Join(",", f.Citations)), json["findings"]!.AsArray().Select(f => string.Join(",", f!["citations"]!.AsArray().Select(c => (string?)c))));
    }

    [Theory]
    [InlineData(PlanJsonSections.None)]
    [InlineData((PlanJsonSections)512)]
    public void Writing_no_section_or_an_undefined_one_is_a_programmer_error(PlanJsonSections sections) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanJsonReport.ToJson(ReportingCases.Seed003(), ReportingCases.Tool, indented: false, sections));
}
