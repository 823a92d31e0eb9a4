using System.Text.Json;

namespace EmhRt.Cli.Tests.Commands;

/// <summary>Shared assertions for the eqd2/schedule/ctv/cases/protocol command tests.</summary>
internal static class CommandAssert
{
    public static CliRun Ok(params string[] args)
    {
        var run = CliHarness.Run(args);
        Assert.True(run.ExitCode == ExitCodes.Success, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Equal(string.Empty, run.Stderr);
        return run;
    }

    public static JsonElement OkJson(params string[] args)
    {
        var run = Ok([.. args, "--format", "json"]);
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.Clone();
    }

    public static string[][] OkCsv(params string[] args)
    {
        var run = Ok([.. args, "--format", "csv"]);
        Assert.EndsWith("\n", run.Stdout, StringComparison.Ordinal);
        return run.Stdout.TrimEnd('\n').Split('\n').Select(SplitCsv).ToArray();
    }

    /// <summary>Exit 2, nothing on stdout, every expected message as an "error: ..." line, no stack trace.</summary>
    public static CliRun InputError(string[] args, params string[] expectedMessages)
    {
        var run = CliHarness.Run(args);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        foreach (string message in expectedMessages)
        {
            Assert.Contains("error: " + message, run.ErrorLines);
        }

        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        return run;
    }

    public static void Near(double expected, double actual, double tolerance = 1e-4) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected} ± {tolerance}, got {actual}");

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
