using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests;

/// <summary>Every <c>dotnet run --project src/EmhRt.Cli -- …</c> command in README.md is accepted as written.</summary>
public class ReadmeCommandTests
{
    private const string Prefix = "dotnet run --project src/EmhRt.Cli -- ";

    [Fact]
    public void Every_readme_command_runs_without_an_input_error()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var commands = readme.Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)).ToList();
        Assert.True(commands.Count >= 8, $"only {commands.Count} README commands found");

        using var dir = new TempDirectory();
        const string plans = "id,lesion,dose,fractions,margin,age,sex\np1,T5-T8,20,10,10,19,male\np2,T4-T8,9,3,,68,male\n";
        File.WriteAllText(Path.Combine(dir.Path, "plans.csv"), plans);

        // Commands run in README order, so files written by one (my-protocol.json) are read by the next.
        foreach (var command in commands)
        {
            var tokens = HelpExampleTests.Tokenize(command[Prefix.Length..]);
            var redirect = tokens.IndexOf("<");
            if (redirect >= 0)
            {
                tokens.RemoveRange(redirect, 2);
            }

            var args = tokens.Select(t => t.Contains('.', StringComparison.Ordinal) && !t.Contains('/', StringComparison.Ordinal)
                && (t.EndsWith(".csv", StringComparison.Ordinal) || t.EndsWith(".json", StringComparison.Ordinal) || t.EndsWith(".html", StringComparison.Ordinal))
                    ? Path.Combine(dir.Path, t)
                    : t).ToArray();
            var run = CliHarness.Run(CliApp.Build(CliEnvironment.Redirected with { OpenStandardInput = () => new StringReader(plans) }), args);
            Assert.True(run.ExitCode is 0 or 1, $"'{command}' exited {run.ExitCode}: {run.Stderr}");
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EmhRt.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("EmhRt.sln not found above the test directory");
    }
}
