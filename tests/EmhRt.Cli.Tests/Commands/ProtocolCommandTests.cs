using EmhRt.Protocol;
using static EmhRt.Cli.Tests.Commands.CommandAssert;

namespace EmhRt.Cli.Tests.Commands;

public sealed class ProtocolCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("emhrt-protocol-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Show_prints_the_default_json_exactly() =>
        Assert.Equal(EmhProtocol.DefaultJson, Ok("protocol", "show").Stdout);

    [Fact]
    public void Show_writes_the_default_json_to_a_file()
    {
        string path = Path.Combine(_directory, "copy.json");
        Assert.Equal(string.Empty, Ok("protocol", "show", "--output", path).Stdout);
        Assert.Equal(EmhProtocol.DefaultJson, File.ReadAllText(path));
    }

    [Fact]
    public void Check_accepts_the_default_protocol_and_prints_its_hash()
    {
        string path = Write("default.json", EmhProtocol.DefaultJson);
        var run = Ok("protocol", "check", path);
        Assert.Equal($"ok: emh-default 1.3.0 sha256 {EmhProtocol.Default.Sha256}\n", run.Stdout);
        Assert.Matches("^ok: emh-default 1.3.0 sha256 [0-9a-f]{64}\n$", run.Stdout);
    }

    [Fact]
    public void Check_reports_a_typo_property_with_its_path()
    {
        string path = Write("typo.json", EmhProtocol.DefaultJson.Replace("\"hypofractionationGy\"", "\"hypofractionatonGy\"", StringComparison.Ordinal));
        var run = InputError(["protocol", "check", path],
            $"{path}: $.thresholds.hypofractionatonGy: unknown property 'hypofractionatonGy'; did you mean 'hypofractionationGy'?",
            $"{path}: $.thresholds.hypofractionationGy: required property 'hypofractionationGy' is missing");
        Assert.Equal(2, run.ErrorLines.Length);
    }

    [Fact]
    public void Check_reports_min_above_max()
    {
        string path = Write("minmax.json", EmhProtocol.DefaultJson.Replace("\"minGy\": 16", "\"minGy\": 26", StringComparison.Ordinal));
        InputError(["protocol", "check", path], $"{path}: $.thresholds.doseRange.minGy: minGy (26) must not be greater than maxGy (20)");
    }

    [Fact]
    public void Check_reports_malformed_json_on_one_line()
    {
        string path = Write("malformed.json", "{\"id\": \n");
        var run = InputError(["protocol", "check", path]);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"error: {path}: $: invalid JSON at line 2", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_missing_file_exits_2()
    {
        string path = Path.Combine(_directory, "missing.json");
        InputError(["protocol", "check", path], $"FILE: file '{path}' does not exist");
    }

    [Fact]
    public void Protocol_without_a_subcommand_exits_2() =>
        Assert.Equal(ExitCodes.InvalidInput, CliHarness.Run("protocol").ExitCode);
}
