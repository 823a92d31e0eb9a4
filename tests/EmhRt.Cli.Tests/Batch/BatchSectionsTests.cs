using System.Text.Json.Nodes;
using EmhRt.Cli.Tests.Contract;
using EmhRt.Cli.Tests.EndToEnd;
using EmhRt.Reporting;

namespace EmhRt.Cli.Tests.Batch;

/// <summary>
/// <c>emhrt batch --format jsonl --sections</c> (issue 21): each row holds exactly the chosen sections, lists them in
/// <c>sections</c>, and validates against the batch-row schema; the errors of the option; the status and summary line
/// that follow <c>--fail-on</c>; the help that says so.
/// </summary>
public class BatchSectionsTests
{
    /// <summary>The plan members each section writes (the batch-row schema's table).</summary>
    private static readonly Dictionary<string, string[]> Members = new(StringComparer.Ordinal)
    {
        ["summary"] = ["tool", "protocol", "highestSeverity", "patient"],
        ["volumes"] = ["lesion", "ctv", "geometry", "ptv", "treatedSpan"],
        ["dose"] = ["fractionation", "radiobiology", "cord"],
        ["schedule"] = ["schedule"],
        ["reirradiation"] = ["reirradiation"],
        ["organs"] = ["organsAtRisk"],
        ["findings"] = ["findings"],
        ["finding-codes"] = ["findings"],
        ["literature"] = ["literature"],
    };

    private static readonly string[] RowMembers = ["schemaVersion", "line", "id", "status"];

    private static CliRun Batch(TempDirectory dir, params string[] options) =>
        CliHarness.Run(["batch", dir.Write("plans.csv", ContractCases.BatchCsv), "--quiet", "--fail-on", "never", .. options]);

    private static List<JsonObject> Rows(CliRun run) =>
        [.. run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];

    [Theory]
    [InlineData("summary", new[] { "summary" })]
    [InlineData("volumes", new[] { "volumes" })]
    [InlineData("dose", new[] { "dose" })]
    [InlineData("schedule", new[] { "schedule" })]
    [InlineData("reirradiation", new[] { "reirradiation" })]
    [InlineData("findings", new[] { "findings" })]
    [InlineData("finding-codes", new[] { "finding-codes" })]
    [InlineData("literature", new[] { "literature" })]
    [InlineData("summary,volumes,dose,findings", new[] { "summary", "volumes", "dose", "findings" })]
    [InlineData("Dose, Summary ,finding-codes", new[] { "summary", "dose", "finding-codes" })]
    [InlineData("all,-literature", new[] { "summary", "volumes", "dose", "schedule", "reirradiation", "organs", "findings" })]
    [InlineData("-literature,-findings", new[] { "summary", "volumes", "dose", "schedule", "reirradiation", "organs" })]
    [InlineData("all,-literature,finding-codes", new[] { "summary", "volumes", "dose", "schedule", "reirradiation", "organs", "finding-codes" })]
    [InlineData("reirradiation,schedule,literature", new[] { "schedule", "reirradiation", "literature" })]
    public void Each_row_holds_exactly_the_chosen_sections_lists_them_and_validates(string option, string[] expected)
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "--format", "jsonl", "--sections", option);
        Assert.True(run.ExitCode == ExitCodes.InvalidInput, run.Stderr); // the contract file has invalid rows
        SchemaValidation.AssertValidBatchRows(run.Stdout, "--sections " + option);
        var rows = Rows(run);
        Assert.Equal(10, rows.Count);
        foreach (var row in rows.Where(r => (string?)r["status"] != "invalid"))
        {
            Assert.Equal(expected, row["sections"]!.AsArray().Select(n => (string?)n));
            var members = RowMembers.Append("sections").Concat(expected.SelectMany(s => Members[s])).Order(StringComparer.Ordinal);
            Assert.Equal(members, row.Select(p => p.Key).Order(StringComparer.Ordinal));
            if (row["findings"] is JsonArray findings)
            {
                Assert.All(findings, f => Assert.Equal(expected.Contains("findings"), f!.AsObject().ContainsKey("message")));
                Assert.All(findings, f => Assert.NotNull(f!["code"]));
            }
        }

        Assert.All(rows.Where(r => (string?)r["status"] == "invalid"), r => Assert.False(r.ContainsKey("sections")));
    }

    [Fact]
    public void Every_subset_of_sections_validates_against_the_batch_row_schema()
    {
        // All 2^9 subsets but those with both forms of the findings: 383 lists, each on a re-irradiation plan with a calendar,
        // a single fraction below the conus and an invalid row.
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv",
            "id,lesion,dose,fractions,margin,start,prior\n" +
            "re,T8-T12,30,15,10,2026-12-01,30Gy/15@2023-01-10:T3-T8\n" +
            "sf,L3,15,1,,2026-12-01,20Gy/10@2025-01-10:L2-L4\n" +
            "bad,X9,20,10,,,\n");
        var checkedLists = 0;
        for (var bits = 1; bits < 512; bits++)
        {
            var sections = (PlanJsonSections)bits;
            if (sections.HasFlag(PlanJsonSections.Findings) && sections.HasFlag(PlanJsonSections.FindingCodes))
            {
                continue;
            }

            var list = string.Join(',', PlanJsonSectionList.Format(sections));
            var run = CliHarness.Run("batch", input, "--quiet", "--format", "jsonl", "--sections", list);
            Assert.True(run.ExitCode == ExitCodes.InvalidInput, list + ": " + run.Stderr);
            SchemaValidation.AssertValidBatchRows(run.Stdout, "--sections " + list);
            checkedLists++;
        }

        Assert.Equal(383, checkedLists);
    }

    [Fact]
    public void Sections_all_writes_the_same_bytes_as_no_option_and_no_sections_member()
    {
        using var dir = new TempDirectory();
        var plain = Batch(dir, "--format", "jsonl");
        var all = Batch(dir, "--format", "jsonl", "--sections", "all");
        Assert.Equal(plain.Stdout, all.Stdout);
        Assert.All(Rows(plain), r => Assert.False(r.ContainsKey("sections")));
    }

    [Fact]
    public void Dropping_literature_and_messages_makes_a_row_a_fraction_of_its_size()
    {
        using var dir = new TempDirectory();
        var full = Batch(dir, "--format", "jsonl").Stdout.Length;
        var lean = Batch(dir, "--format", "jsonl", "--sections", "summary,volumes,dose,finding-codes").Stdout.Length;
        Assert.True(lean * 2 < full, $"{lean} characters with --sections against {full} without");
    }

    [Fact]
    public void The_batch_row_schema_rejects_rows_whose_members_do_not_match_their_sections()
    {
        using var dir = new TempDirectory();
        var row = Rows(Batch(dir, "--format", "jsonl", "--sections", "summary,dose,finding-codes"))[0];
        SchemaValidation.AssertValid(OutputSchemas.BatchRow, row.ToJsonString(), "the row as written");

        var missing = row.DeepClone().AsObject();
        missing.Remove("cord");
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.BatchRow, missing.ToJsonString()));

        var unlisted = row.DeepClone().AsObject();
        unlisted["schedule"] = null;
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.BatchRow, unlisted.ToJsonString()));

        var withMessage = row.DeepClone().AsObject();
        withMessage["findings"]![0]!["message"] = "a message finding-codes leaves out";
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.BatchRow, withMessage.ToJsonString()));

        var unknownSection = row.DeepClone().AsObject();
        unknownSection["sections"]!.AsArray().Add("kidneys");
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.BatchRow, unknownSection.ToJsonString()));

        var full = Rows(Batch(dir, "--format", "jsonl"))[0];
        full.Remove("literature");
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.BatchRow, full.ToJsonString())); // without sections every member is required
    }

    [Theory]
    [InlineData("sumary", "error: --sections: unknown section 'sumary'; did you mean 'summary'? Sections: summary, volumes, dose, schedule, reirradiation, organs, findings, finding-codes, literature, all")]
    [InlineData("dose,litterature", "error: --sections: unknown section 'litterature'; did you mean 'literature'? Sections: summary, volumes, dose, schedule, reirradiation, organs, findings, finding-codes, literature, all")]
    [InlineData("kidneys", "error: --sections: unknown section 'kidneys'. Sections: summary, volumes, dose, schedule, reirradiation, organs, findings, finding-codes, literature, all")]
    [InlineData("dose,,summary", "error: --sections: empty section name in the list")]
    [InlineData("findings,finding-codes", "error: --sections: findings (with messages) and finding-codes (without) both write the findings: choose one")]
    [InlineData("-all", "error: --sections: no section left to write")]
    public void A_bad_section_list_exits_2_with_one_line_naming_the_option(string option, string expected)
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "--format", "jsonl", "--sections", option);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Sections_with_csv_output_are_refused_because_the_columns_are_fixed()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "--sections", "summary");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(
            "error: --sections: chooses the sections of JSON Lines rows; the CSV columns are fixed: add --format jsonl, or leave --sections out",
            Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Theory]
    [InlineData("warning", "pass", "pass = no finding at or above warning (--fail-on warning); ")]
    [InlineData("caution", "findings", "pass = no finding at or above caution (--fail-on caution); ")]
    [InlineData("never", "pass", "pass = every valid row, findings or not (--fail-on never); ")]
    public void Status_follows_fail_on_and_the_summary_line_says_which_threshold_was_in_force(string failOn, string status, string rule)
    {
        // 18 Gy in 10 fractions of 1.8 Gy over T2-S1 with a 20 mm margin (seed 002): its highest finding is a caution.
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions,margin,treated,age,sex\nseed002,T2-S1,18,10,20,T1-S2,60,male\n");
        var run = CliHarness.Run("batch", input, "--fail-on", failOn);
        var row = CsvText.Parse(run.Stdout)[1];
        Assert.Equal("caution", row[3]);
        Assert.Equal(status, row[2]);
        var summary = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"batch: 1 rows read, {(status == "pass" ? "1 passed, 0" : "0 passed, 1")} with findings, 0 invalid; {rule}", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_help_explains_status_with_fail_on_and_lists_the_sections()
    {
        var help = CliHarness.Run("batch", "--help").Stdout;
        var flat = string.Join(' ', help.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--sections", flat, StringComparison.Ordinal);
        Assert.Contains("It also sets each row's status: pass = no finding at or above it, findings = at least one", flat, StringComparison.Ordinal);
        Assert.Contains("summary, volumes, dose, schedule, reirradiation, findings, finding-codes (findings without messages), literature, or all (default)", flat, StringComparison.Ordinal);
        Assert.Contains("emhrt batch plans.csv --format jsonl --sections summary,dose,finding-codes", flat, StringComparison.Ordinal);
    }
}
