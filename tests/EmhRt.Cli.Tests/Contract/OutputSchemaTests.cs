using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmhRt.Reporting;
using Json.Schema;

namespace EmhRt.Cli.Tests.Contract;

/// <summary>
/// The published output contract: every schema is a valid draft 2020-12 schema whose id and <c>schemaVersion</c>
/// agree with <see cref="OutputSchemas"/>; a schema cannot change without a new version (schemas.lock.json); every
/// JSON document of every command validates against its schema; the validator rejects what the schema forbids.
/// </summary>
public class OutputSchemaTests
{
    public static TheoryData<string> SchemaNames() => [.. OutputSchemas.Names];

    public static TheoryData<int> PlanIndexes() => [.. Enumerable.Range(0, ContractCases.Plans.Length)];

    public static TheoryData<int> OtherCommandIndexes() => [.. Enumerable.Range(0, ContractCases.OtherCommands.Length)];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Every_schema_is_a_valid_draft_2020_12_schema(string name)
    {
        Assert.True(OutputSchemas.TryGet(name, out var text));
        using var document = JsonDocument.Parse(text!);
        var results = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(results.IsValid, name + " is not a valid draft 2020-12 schema");
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Schema_id_and_schemaVersion_const_name_the_version_the_writers_use(string name)
    {
        string version = OutputSchemas.VersionOf(name)!;
        Assert.Matches(@"^\d+\.\d+\.\d+$", version);
        var schema = JsonNode.Parse(OutputSchemas.ReadFile(name))!;
        Assert.Equal($"urn:emhrt:schema:{name}:{version}", (string?)schema["$id"]);
        if (name == OutputSchemas.Protocol)
        {
            // An input format too: schemaVersion is optional there, and any version of the same major is read.
            Assert.Equal("^" + version.Split('.')[0] + "\\.[0-9]+\\.[0-9]+$", (string?)schema["properties"]!["schemaVersion"]!["pattern"]);
            return;
        }

        Assert.Equal(version, (string?)schema["properties"]!["schemaVersion"]!["const"]);
        Assert.Contains("schemaVersion", schema["required"]!.AsArray().Select(n => (string?)n));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void A_schema_change_needs_a_new_schemaVersion_recorded_in_the_lock_file(string name)
    {
        var lockFile = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contract", "schemas.lock.json")))!;
        var history = lockFile[name]?.AsArray();
        Assert.True(history is { Count: > 0 }, $"schemas.lock.json has no entry for '{name}': add {{\"version\": \"{OutputSchemas.VersionOf(name)}\", \"sha256\": \"{Hash(name)}\"}}");
        var versions = history!.Select(e => Version.Parse((string)e!["version"]!)).ToList();
        Assert.True(versions.SequenceEqual(versions.Order()) && versions.Distinct().Count() == versions.Count,
            $"schemas.lock.json: the versions of '{name}' must be distinct and ascending (append, never rewrite)");

        string version = OutputSchemas.VersionOf(name)!;
        var entry = history.LastOrDefault(e => (string?)e!["version"] == version);
        Assert.True(entry is not null && ReferenceEquals(entry, history[^1]),
            $"'{name}' is at version {version}, which is not the last entry of schemas.lock.json: append {{\"version\": \"{version}\", \"sha256\": \"{Hash(name)}\"}}");
        Assert.True((string?)entry!["sha256"] == Hash(name),
            $"The '{name}' schema changed but its schemaVersion is still {version}: bump it (OutputSchemas.{Pascal(name)}Version, the schema's $id and schemaVersion const; " +
            $"major when a member is removed or changes meaning) and append its hash {Hash(name)} to schemas.lock.json");
    }

    [Theory]
    [MemberData(nameof(PlanIndexes))]
    public void Plan_json_of_varied_plans_validates_and_starts_with_its_schemaVersion(int index)
    {
        string[] args = ["plan", .. ContractCases.Plans[index], "--format", "json", "--fail-on", "never"];
        var run = CliHarness.Run(args);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Stderr);
        SchemaValidation.AssertValid(OutputSchemas.Plan, run.Stdout, string.Join(' ', args));
        Assert.StartsWith("{\n  \"schemaVersion\": \"" + OutputSchemas.PlanVersion + "\",", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OtherCommandIndexes))]
    public void Ctv_eqd2_schedule_and_cases_json_validate_against_their_schemas(int index)
    {
        var (schema, args) = ContractCases.OtherCommands[index];
        var run = CliHarness.Run(args);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Stderr);
        SchemaValidation.AssertValid(schema, run.Stdout, string.Join(' ', args));
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal("schemaVersion", document.RootElement.EnumerateObject().First().Name);
        Assert.Equal(OutputSchemas.VersionOf(schema), document.RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public void Batch_json_lines_rows_valid_and_invalid_validate_against_the_batch_row_schema()
    {
        using var dir = new EndToEnd.TempDirectory();
        string input = dir.Write("plans.csv", ContractCases.BatchCsv);
        var run = CliHarness.Run("batch", input, "--format", "jsonl", "--quiet");
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.InvalidInput or ExitCodes.FindingsAtOrAboveThreshold, run.Stderr);
        SchemaValidation.AssertValidBatchRows(run.Stdout, "batch jsonl");
        var rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutputSchemas.BatchRowVersion, (string?)r["schemaVersion"]));
        Assert.Equal(["findings", "findings", "findings", "findings", "findings", "findings", "invalid", "invalid", "invalid", "invalid"],
            rows.Select(r => (string?)r["status"] == "pass" ? "findings" : (string?)r["status"]));
    }

    [Fact]
    public void Batch_json_lines_rows_from_json_lines_input_validate()
    {
        using var dir = new EndToEnd.TempDirectory();
        string input = dir.Write("plans.jsonl",
            "{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10,\"margin\":10}\n" +
            "{\"id\":\"b\",\"lesion\":\"T5-T8\",\"dose\":\"x\",\"fractions\":10}\n" +
            "{\"lesion\":\"L1\",\"dose\":18,\"fractions\":10,\"start\":\"2026-12-01\",\"prior\":\"18Gy/10@2026-01-05:L1-L2\"}\n");
        var run = CliHarness.Run("batch", input, "--format", "jsonl", "--quiet");
        SchemaValidation.AssertValidBatchRows(run.Stdout, "batch jsonl from jsonl");
        Assert.Equal(3, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Protocol_show_validates_against_the_protocol_schema_and_starts_with_its_schemaVersion()
    {
        var run = CliHarness.Run("protocol", "show");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        SchemaValidation.AssertValid(OutputSchemas.Protocol, run.Stdout, "protocol show");
        Assert.StartsWith("{\n  \"schemaVersion\": \"" + OutputSchemas.ProtocolVersion + "\",", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"schemaVersion\": \"1.0.0\",", true)]
    [InlineData("\"schemaVersion\": \"1.7.2\",", true)]
    [InlineData("", true)]
    [InlineData("\"schemaVersion\": \"2.0.0\",", false)]
    [InlineData("\"schemaVersion\": \"1.0\",", false)]
    [InlineData("\"schemaVersion\": \"one\",", false)]
    public void A_protocol_file_of_another_major_format_version_is_refused_by_check_and_by_the_schema(string member, bool accepted)
    {
        using var dir = new EndToEnd.TempDirectory();
        string text = EmhRt.Protocol.EmhProtocol.DefaultJson.Replace("\"schemaVersion\": \"" + OutputSchemas.ProtocolVersion + "\",", member, StringComparison.Ordinal);
        string path = dir.Write("p.json", text);
        var check = CliHarness.Run("protocol", "check", path);
        Assert.Equal(accepted ? ExitCodes.Success : ExitCodes.InvalidInput, check.ExitCode);
        Assert.Equal(accepted, SchemaValidation.Errors(OutputSchemas.Protocol, text).Count == 0);
        if (!accepted)
        {
            Assert.Contains("$.schemaVersion", check.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_protocol_schema_rejects_what_protocol_check_rejects_by_shape()
    {
        string good = EmhRt.Protocol.EmhProtocol.DefaultJson;
        Assert.Empty(SchemaValidation.Errors(OutputSchemas.Protocol, good));
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.Protocol, good.Replace("\"minGy\": 16", "\"minGY\": 16", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.Protocol, good.Replace("\"minGy\": 16", "\"minGy\": -16", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.Protocol, good.Replace("\"severity\": \"warning\"", "\"severity\": \"fatal\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("remove", "fractionation")]
    [InlineData("remove", "findings")]
    [InlineData("add", "unexpectedMember")]
    [InlineData("retype", "highestSeverity")]
    [InlineData("version", "schemaVersion")]
    public void The_plan_schema_rejects_a_document_that_breaks_the_contract(string change, string member)
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--margin", "10", "--format", "json");
        var document = JsonNode.Parse(run.Stdout)!.AsObject();
        switch (change)
        {
            case "remove":
                Assert.True(document.Remove(member));
                break;
            case "add":
                document[member] = 1;
                break;
            case "retype":
                document[member] = 3;
                break;
            default:
                document[member] = "0.9.0";
                break;
        }

        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.Plan, document.ToJsonString()));
    }

    [Fact]
    public void The_batch_row_schema_rejects_a_valid_row_without_status_and_an_invalid_row_without_error()
    {
        var withoutStatus = "{\"schemaVersion\":\"" + OutputSchemas.BatchRowVersion + "\",\"line\":2,\"id\":\"x\",\"error\":\"e\"}";
        var withoutError = "{\"schemaVersion\":\"" + OutputSchemas.BatchRowVersion + "\",\"line\":2,\"id\":\"x\",\"status\":\"invalid\"}";
        var good = "{\"schemaVersion\":\"" + OutputSchemas.BatchRowVersion + "\",\"line\":2,\"id\":null,\"status\":\"invalid\",\"error\":\"column dose: bad\"}";
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.BatchRow, withoutStatus));
        Assert.NotEmpty(SchemaValidation.Errors(OutputSchemas.BatchRow, withoutError));
        Assert.Empty(SchemaValidation.Errors(OutputSchemas.BatchRow, good));
    }

    [Fact]
    public void Schema_command_prints_every_schema_and_the_list()
    {
        var list = CliHarness.Run("schema", "--list");
        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.Equal(OutputSchemas.Names.Length, list.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (string name in OutputSchemas.Names)
        {
            Assert.Contains($"urn:emhrt:schema:{name}:{OutputSchemas.VersionOf(name)}", list.Stdout, StringComparison.Ordinal);
            var run = CliHarness.Run("schema", name);
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.True(OutputSchemas.TryGet(name, out var expected));
            Assert.Equal(expected, run.Stdout);
        }

        var unknown = CliHarness.Run("schema", "plans");
        Assert.Equal(ExitCodes.InvalidInput, unknown.ExitCode);
        Assert.StartsWith("error: ", unknown.Stderr, StringComparison.Ordinal);
        var neither = CliHarness.Run("schema");
        Assert.Equal(ExitCodes.InvalidInput, neither.ExitCode);
        Assert.Equal("error: schema: name the schema to print (plan, batch-row, ctv, eqd2, schedule, cases, protocol), or give --list", neither.ErrorLines.Single());
        var both = CliHarness.Run("schema", "plan", "--list");
        Assert.Equal(ExitCodes.InvalidInput, both.ExitCode);
        Assert.Equal("error: schema: give a schema name or --list, not both", both.ErrorLines.Single());
    }

    internal static string Hash(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OutputSchemas.ReadFile(name).ReplaceLineEndings("\n"))));

    private static string Pascal(string name) =>
        string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
