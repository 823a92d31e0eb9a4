using System.CommandLine;
using System.Text;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests;

/// <summary>Every example that <c>--help</c> prints runs as printed (with its files provided) and is accepted.</summary>
public class HelpExampleTests
{
    private const string PlansCsv = "id,lesion,dose,fractions,margin,age,sex\np1,T5-T8,20,10,10,19,male\np2,T2-S1,18,10,20,70,male\n";

    [Fact]
    public void Every_help_example_runs_without_an_input_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "plans.csv"), PlansCsv);
        File.WriteAllText(Path.Combine(dir.Path, "plans.jsonl"), "{\"id\":\"p1\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n");
        File.WriteAllText(Path.Combine(dir.Path, "holidays.txt"), "# Easter\n2026-04-03\n2026-04-06\n");
        File.WriteAllText(Path.Combine(dir.Path, "my-protocol.json"), EmhRt.Protocol.EmhProtocol.DefaultJson);

        var root = (EmhRootCommand)CliApp.Build(CliEnvironment.Redirected);
        var examples = AllCommands(root).SelectMany(c => root.Examples.For(c)).ToList();
        Assert.True(examples.Count >= 30, $"only {examples.Count} examples found");

        foreach (var example in examples)
        {
            var tokens = Tokenize(example).Skip(1).ToList();
            var redirect = tokens.IndexOf("<");
            if (redirect >= 0)
            {
                tokens.RemoveRange(redirect, 2); // standard input comes from the environment
            }

            var args = tokens
                .Select(t => t.EndsWith(".csv", StringComparison.Ordinal) || t.EndsWith(".json", StringComparison.Ordinal)
                    || t.EndsWith(".jsonl", StringComparison.Ordinal) || t.EndsWith(".txt", StringComparison.Ordinal) || t.EndsWith(".html", StringComparison.Ordinal)
                    ? Path.Combine(dir.Path, t)
                    : t)
                .ToArray();
            var run = CliHarness.Run(CliApp.Build(CliEnvironment.Redirected with { OpenStandardInput = () => new StringReader(PlansCsv) }), args);
            Assert.True(run.ExitCode is 0 or 1, $"'{example}' exited {run.ExitCode}: {run.Stderr}");
        }
    }

    private static IEnumerable<Command> AllCommands(Command command) =>
        new[] { command }.Concat(command.Subcommands.SelectMany(AllCommands));

    internal static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    tokens.Add(current.ToString());
                }

                current.Clear();
                any = false;
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
