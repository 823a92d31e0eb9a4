using System.Text;
using System.Text.Json.Nodes;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests;

/// <summary>
/// The built CLI as a real process under German, French, Turkish, Saudi Arabian and Japanese locales (LANG and LC_ALL) gives the same
/// bytes as under the C locale. The CLI ships with invariant globalization, so the last test also runs it with
/// globalization (ICU) switched on, to show that the output does not depend on that safety net.
/// </summary>
public class ProcessCultureTests
{
    private static readonly string[] Locales = ["de_DE.UTF-8", "fr_FR.UTF-8", "tr_TR.UTF-8", "ar_SA.UTF-8", "ja_JP.UTF-8"];

    private static readonly string[] Plan =
    [
        "plan", "--lesion", "t5-t8", "--dose", "18", "--fractions", "10", "--dose-per-fraction", "1.8", "--margin", "10.5",
        "--start", "2026-12-18", "--holiday", "2026-12-25", "--holiday", "2027-01-01", "--age", "19.5", "--sex", "male",
        "--assessed-at", "2026-12-01T09:30:00+05:30",
    ];

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("html")]
    public void Plan_output_bytes_are_identical_under_every_locale(string format)
    {
        Assert.True(File.Exists(CliProcess.CliDll), CliProcess.CliDll + " is missing");
        string[] args = [.. Plan, "--format", format];
        var reference = CliProcess.Run("C", null, args);
        Assert.Equal(string.Empty, reference.Stderr);
        Assert.Equal(ExitCodes.Success, reference.ExitCode);
        AssertIsTheReport(format, reference.Stdout);
        foreach (var locale in Locales)
        {
            var run = CliProcess.Run(locale, null, args);
            Assert.Equal(reference.ExitCode, run.ExitCode);
            Assert.Equal(reference.Stderr, run.Stderr);
            Assert.True(reference.Stdout.AsSpan().SequenceEqual(run.Stdout), $"{format} output differs under {locale}");
        }
    }

    [Fact]
    public void Output_does_not_depend_on_invariant_globalization()
    {
        using var dir = new TempDirectory();
        var shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "EmhRt.Cli.runtimeconfig.json")))!;
        shipped["runtimeOptions"]!["configProperties"]!["System.Globalization.Invariant"] = false;
        shipped["runtimeOptions"]!["configProperties"]!["System.Globalization.PredefinedCulturesOnly"] = false;
        var withIcu = dir.Write("EmhRt.Cli.runtimeconfig.json", shipped.ToJsonString());

        string[] args = [.. Plan, "--format", "json"];
        var reference = CliProcess.Run("C", null, args);
        foreach (var locale in Locales)
        {
            var run = CliProcess.Run(locale, withIcu, args);
            Assert.Equal(string.Empty, run.Stderr);
            Assert.Equal(reference.ExitCode, run.ExitCode);
            Assert.True(reference.Stdout.AsSpan().SequenceEqual(run.Stdout), $"JSON output differs under {locale} with ICU globalization");
        }
    }

    [Fact]
    public void Input_errors_are_identical_under_every_locale()
    {
        string[] args = ["plan", "--lesion", "T5-T8", "--dose", "2,5", "--fractions", "10"];
        var reference = CliProcess.Run("C", null, args);
        Assert.Equal(ExitCodes.InvalidInput, reference.ExitCode);
        Assert.Contains("error: --dose: '2,5' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)", reference.Stderr, StringComparison.Ordinal);
        foreach (var locale in Locales)
        {
            var run = CliProcess.Run(locale, null, args);
            Assert.Equal(reference.ExitCode, run.ExitCode);
            Assert.Equal(reference.Stderr, run.Stderr);
            Assert.Empty(run.Stdout);
        }
    }

    private static void AssertIsTheReport(string format, byte[] stdout)
    {
        var text = Encoding.UTF8.GetString(stdout);
        switch (format)
        {
            case "json":
                var json = JsonNode.Parse(text)!;
                Assert.Equal(1.8, (double)json["fractionation"]!["dosePerFractionGy"]!);
                Assert.Equal(10.5, (double)json["ptv"]!["marginMm"]!["superior"]!);
                Assert.Equal(19.5, (double)json["patient"]!["ageYears"]!);
                Assert.Equal("2027-01-04", (string)json["schedule"]!["endDate"]!);
                break;
            case "csv":
                var row = CsvText.Parse(text)[1];
                Assert.Equal(["18", "10", "1.8", "10", "21.24", "17.7", "spinal cord", "2", "34.2", "17.1", "eqd2", "17.1", "50", "", "2026-12-18", "2027-01-04", "18"], row[8..25]);
                break;
            case "html":
                Assert.Contains("2026-12-01T04:00:00Z", text, StringComparison.Ordinal);
                Assert.Contains("2027-01-04", text, StringComparison.Ordinal);
                break;
            default:
                Assert.Contains("Regimen    18 Gy in 10 fractions of 1.8 Gy", text, StringComparison.Ordinal);
                Assert.Contains("PTV        margin superior 10.5 mm", text, StringComparison.Ordinal);
                break;
        }
    }
}
