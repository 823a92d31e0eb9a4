using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Protocol;
using EmhRt.Reporting;
using EmhRt.Reporting.Html;
using EmhRt.Volumes;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.Findings.Rules;

/// <summary>
/// Under a department protocol loaded from JSON (12-24 Gy, PTV margin 5-8 mm) every message and report gives the
/// protocol's numbers; cailleteau2023's 16-20 Gy and 10-20 mm appear only attributed to it.
/// </summary>
public class ProtocolInForceMessageTests
{
    private static readonly ToolIdentity Tool = new("emhrt", "test");

    /// <summary>The phrases that quote the literature's own recommendation (allowed to carry its numbers).</summary>
    private static readonly string[] Attributed =
    [
        "cailleteau2023 recommends 16-20 Gy",
        "the authors recommend 16-20 Gy",
        "cailleteau2023 recommends 10-20 mm",
        "cailleteau2023 recommends 10–20 mm",
    ];

    private static readonly string[] DefaultNumbers = ["16-20", "16–20", "10-20", "10–20"];

    /// <summary>The text with every run of white space (the text report's line wrapping) as one space.</summary>
    private static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    internal static EmhProtocol Department()
    {
        var json = EmhProtocol.DefaultJson;
        string[][] edits =
        [
            ["\"id\": \"emh-default\"", "\"id\": \"dept-12-24\""],
            [EmhProtocol.Default.Description!, "Department protocol: total dose 12-24 Gy, PTV margin 5-8 mm."],
            ["\"doseRange\": { \"minGy\": 16, \"maxGy\": 20 }", "\"doseRange\": { \"minGy\": 12, \"maxGy\": 24 }"],
            ["\"ptvMargin\": { \"minMm\": 10, \"maxMm\": 20 }", "\"ptvMargin\": { \"minMm\": 5, \"maxMm\": 8 }"],
        ];
        foreach (var edit in edits)
        {
            Assert.Contains(edit[0], json, StringComparison.Ordinal);
            json = json.Replace(edit[0], edit[1], StringComparison.Ordinal);
        }

        var result = ProtocolLoader.Load(json);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        return result.Value!;
    }

    /// <summary>Plans that between them raise every message with a dose range or PTV margin in it.</summary>
    public static TheoryData<string, PlanRequest> Plans() => new()
    {
        { "10 Gy/5 is below 12-24 Gy, without a PTV margin", Bare("T5-T8", 10, 5) },
        { "30 Gy/10 is above 12-24 Gy in 3 Gy fractions, PTV 10 mm outside 5-8 mm", Bare("T5-T8", 30, 10) with { PtvMargin = PtvMargin.Isotropic(10) } },
        { "8 Gy in 1 fraction, PTV 4 mm", Bare("T5-T8", 8, 1) with { PtvMargin = PtvMargin.Isotropic(4) } },
        { "1.5 Gy fractions inside 12-24 Gy, PTV 6 mm inside 5-8 mm", Bare("T5-T8", 15, 10) with { PtvMargin = PtvMargin.Isotropic(6) } },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void No_output_carries_the_default_numbers_unless_it_quotes_the_literature(string plan, PlanRequest request)
    {
        var assessment = new PlanAssessor(Department()).Assess(request);
        var outputs = new Dictionary<string, string>
        {
            ["messages"] = string.Join("\n", assessment.Findings.Select(f => f.Message)),
            ["text"] = PlanTextReport.ToText(assessment, Tool, useColor: false),
            ["html"] = PlanHtmlReport.ToHtml(assessment, Tool),
            ["json"] = PlanJsonReport.ToJson(assessment, Tool, indented: true),
        };
        foreach (var (name, output) in outputs)
        {
            var rest = OneLine(output);
            foreach (var phrase in Attributed)
            {
                rest = rest.Replace(phrase, string.Empty, StringComparison.Ordinal);
            }

            foreach (var number in DefaultNumbers)
            {
                var at = rest.IndexOf(number, StringComparison.Ordinal);
                Assert.True(at < 0, $"{plan}: the {name} output says '{number}' unattributed: ...{(at < 0 ? string.Empty : rest.Substring(Math.Max(0, at - 120), Math.Min(rest.Length - Math.Max(0, at - 120), 240)))}...");
            }
        }
    }

    [Fact]
    public void Dose_messages_give_the_protocols_range_and_the_literatures_beside_it()
    {
        var rules = new PlanAssessor(Department());
        var below = Single(rules.Assess(Bare("T5-T8", 10, 5)), FindingCodes.DoseBelowRange).Message;
        Assert.StartsWith("Total dose 10 Gy in 5 fractions is below the 12-24 Gy recommended by the protocol in force. cailleteau2023 recommends 16-20 Gy", below, StringComparison.Ordinal);

        var high = rules.Assess(Bare("T5-T8", 30, 10));
        Assert.StartsWith(
            "Total dose 30 Gy is above the 12-24 Gy recommended by the protocol in force (cailleteau2023 recommends 16-20 Gy, expert opinion).",
            Single(high, FindingCodes.DoseAboveRange).Message, StringComparison.Ordinal);
        Assert.StartsWith(
            "Dose per fraction 3 Gy is outside the 1.8-2 Gy recommended by the protocol in force with 12-24 Gy in total (cailleteau2023 recommends 16-20 Gy in classical 1.8-2 Gy fractions, expert opinion).",
            Single(high, FindingCodes.FractionSizeOutsideRange).Message, StringComparison.Ordinal);

        var single = Single(rules.Assess(Bare("T5-T8", 8, 1)), FindingCodes.SingleFraction).Message;
        Assert.Contains("the authors recommend 16-20 Gy in 1.8-2.0 Gy fractions (expert opinion). The protocol in force recommends 12-24 Gy in 1.8-2 Gy fractions.", single, StringComparison.Ordinal);
    }

    [Fact]
    public void Ptv_messages_and_reports_give_the_protocols_margin_and_the_literatures_beside_it()
    {
        var assessor = new PlanAssessor(Department());
        var outside = Single(assessor.Assess(Bare("T5-T8", 20, 10) with { PtvMargin = PtvMargin.Isotropic(10) }), FindingCodes.PtvMarginOutsideRange).Message;
        Assert.Equal(
            "PTV margin outside the 5-8 mm recommended by the protocol in force: superior 10 mm, inferior 10 mm, radial 10 mm. cailleteau2023 recommends 10-20 mm, "
            + "an expansion of the CTV taken from radiotherapy of vertebral metastases (expert opinion).",
            outside);

        var none = assessor.Assess(Bare("T5-T8", 20, 10));
        Assert.EndsWith(
            "The protocol in force recommends a PTV margin of 5-8 mm (cailleteau2023 recommends 10-20 mm, expert opinion).",
            Single(none, FindingCodes.PtvNotAssessed).Message, StringComparison.Ordinal);
        Assert.Contains("no PTV margin given (5–8 mm recommended by the protocol in force; cailleteau2023 recommends 10–20 mm)", OneLine(PlanTextReport.ToText(none, Tool, useColor: false)), StringComparison.Ordinal);
        Assert.Contains("no PTV margin given (5–8 mm recommended by the protocol in force; cailleteau2023 recommends 10–20 mm<a class=\"cite\"", PlanHtmlReport.ToHtml(none, Tool), StringComparison.Ordinal);
    }

    [Fact]
    public void Default_protocol_keeps_its_wording()
    {
        var none = PlanAssessor.Default.Assess(Bare("T5-T8", 20, 10));
        Assert.Contains("no PTV margin given (10–20 mm recommended by the protocol, cailleteau2023)", OneLine(PlanTextReport.ToText(none, Tool, useColor: false)), StringComparison.Ordinal);
        Assert.Contains("no PTV margin given (10–20 mm recommended<a class=\"cite\"", PlanHtmlReport.ToHtml(none, Tool), StringComparison.Ordinal);
        Assert.EndsWith("The protocol recommends a PTV margin of 10-20 mm (cailleteau2023, expert opinion).", Single(none, FindingCodes.PtvNotAssessed).Message, StringComparison.Ordinal);
        var outside = Single(PlanAssessor.Default.Assess(Bare("T5-T8", 20, 10) with { PtvMargin = PtvMargin.Isotropic(5) }), FindingCodes.PtvMarginOutsideRange).Message;
        Assert.Equal(
            "PTV margin outside the recommended 10-20 mm: superior 5 mm, inferior 5 mm, radial 5 mm. The 10-20 mm expansion of the CTV is taken from "
            + "radiotherapy of vertebral metastases (cailleteau2023, expert opinion).",
            outside);
    }
}
