using System.Text;
using EmhRt.Cli.Tests.Contract;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests.Shipped;

/// <summary>
/// The shipped <c>emhrt</c> as a process: for every case of <see cref="ShippedCases"/>, the exit code, stdout, stderr
/// and written files of the published native executable and of the JIT build, every JSON output validated against
/// its schema, and the two builds byte-identical.
/// </summary>
public class ShippedBinaryTests
{
    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, ShippedCases.All.Length)];

    [Fact]
    public void The_suite_covers_every_command_and_at_least_30_commands()
    {
        Assert.True(ShippedCases.All.Length >= 30, $"{ShippedCases.All.Length} cases");
        foreach (string command in new[] { "plan", "ctv", "eqd2", "schedule", "cases", "protocol", "schema", "batch" })
        {
            Assert.Contains(ShippedCases.All, c => c.Args[0] == command);
            Assert.Contains(ShippedCases.All, c => c.Args[0] == command && c.Exit == ExitCodes.InvalidInput || command is "schema");
        }

        Assert.Equal(ShippedCases.All.Length, ShippedCases.All.Select(c => c.Name).Distinct().Count());
    }

    [NativeTheory]
    [MemberData(nameof(Cases))]
    public void Native_executable_gives_the_documented_exit_code_output_and_files(int index) =>
        RunAndCheck(RequireNative(), ShippedCases.All[index]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Jit_build_gives_the_documented_exit_code_output_and_files(int index) =>
        RunAndCheck(ShippedTool.Jit, ShippedCases.All[index]);

    [NativeTheory]
    [MemberData(nameof(Cases))]
    public void Native_and_jit_builds_write_identical_bytes(int index)
    {
        var c = ShippedCases.All[index];
        var native = Run(RequireNative(), c, out var nativeFile);
        var jit = Run(ShippedTool.Jit, c, out var jitFile);
        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.True(jit.Stdout.AsSpan().SequenceEqual(native.Stdout), $"{c.Name}: stdout differs\njit:\n{Head(jit.StdoutText)}\nnative:\n{Head(native.StdoutText)}");
        Assert.Equal(WithoutTimings(jit.Stderr), WithoutTimings(native.Stderr));
        Assert.True(jitFile.AsSpan().SequenceEqual(nativeFile), $"{c.Name}: the written file differs");
    }

    [NativeFact]
    public void Native_executable_prints_the_same_version_and_commit_as_the_jit_build()
    {
        using var dir = new TempDirectory();
        var native = RequireNative().Run(dir.Path, ["--version"]);
        var jit = ShippedTool.Jit.Run(dir.Path, ["--version"]);
        Assert.Equal(0, native.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\S* \(commit ([0-9a-f]{7,64}|unknown)\)\n$", native.StdoutText);
        Assert.Equal(jit.StdoutText, native.StdoutText);
    }

    [Fact]
    public void Jit_build_continues_a_shared_redirection_instead_of_overwriting_what_came_before() =>
        AssertSharedRedirectionKeepsEveryWrite(ShippedTool.Jit);

    [NativeFact]
    public void Native_executable_continues_a_shared_redirection_instead_of_overwriting_what_came_before() =>
        AssertSharedRedirectionKeepsEveryWrite(RequireNative());

    /// <summary>
    /// <c>{ emhrt …; emhrt …; echo; } &gt; file</c>: the commands share one descriptor and its offset. A file stream that
    /// writes at its own position without moving the shared offset let the second report overwrite the first.
    /// </summary>
    private static void AssertSharedRedirectionKeepsEveryWrite(ShippedTool tool)
    {
        using var dir = new TempDirectory();
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = dir.Path, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("{ echo first; \"$@\" eqd2 --dose 20 --fractions 10 --format json; \"$@\" --version; echo last; } > out.txt");
        start.ArgumentList.Add("sh");
        foreach (var word in tool.CommandWords)
        {
            start.ArgumentList.Add(word);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        var expected = ShippedTool.Jit.Run(dir.Path, ["eqd2", "--dose", "20", "--fractions", "10", "--format", "json"]).StdoutText;
        var version = ShippedTool.Jit.Run(dir.Path, ["--version"]).StdoutText;
        Assert.Equal("first\n" + expected + version + "last\n", File.ReadAllText(dir.File("out.txt")));
    }

    private static ShippedTool RequireNative() =>
        ShippedTool.Native is { } native && ShippedTool.NativeMissingReason is null
            ? native
            : throw new InvalidOperationException("CI=true but " + ShippedTool.NativeMissingReason);

    private static ShippedRun Run(ShippedTool tool, ShippedCase c, out byte[] outputFile)
    {
        using var dir = new TempDirectory();
        ShippedCases.WriteFixtures(dir.Path);
        string[] args = [.. c.Args.Select(a => a.Replace("{dir}", dir.Path, StringComparison.Ordinal))];
        var run = tool.Run(dir.Path, args, c.Stdin is null ? null : Encoding.UTF8.GetBytes(c.Stdin));
        outputFile = c.OutputFile is { } name && File.Exists(dir.File(name)) ? File.ReadAllBytes(dir.File(name)) : [];
        if (c.OutputFile is not null)
        {
            // No temporary file is left next to the output.
            Assert.DoesNotContain(dir.FileNames(), n => n.EndsWith(".tmp", StringComparison.Ordinal));
        }

        // Error output names the fixture directory; make it comparable between runs.
        return run with { Stderr = run.Stderr.Replace(dir.Path, "{dir}", StringComparison.Ordinal) };
    }

    private static void RunAndCheck(ShippedTool tool, ShippedCase c)
    {
        var run = Run(tool, c, out var file);
        string context = $"{tool.Name}: {c.Name}: emhrt {string.Join(' ', c.Args)}";
        Assert.True(c.Exit == run.ExitCode, $"{context}: exit {run.ExitCode}, expected {c.Exit}\nstderr: {run.Stderr}");
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected internal error", run.Stderr, StringComparison.Ordinal);
        CheckContent(c.Stdout, c, run.StdoutText, context + " (stdout)");
        CheckStderr(c, run, context);
        if (c.OutputFile is not null)
        {
            Assert.True(file.Length > 0, $"{context}: {c.OutputFile} was not written");
            CheckContent(c.OutputKind, c, Encoding.UTF8.GetString(file), context + " (" + c.OutputFile + ")");
        }
    }

    private static void CheckContent(Expect expect, ShippedCase c, string text, string context)
    {
        switch (expect)
        {
            case Expect.Empty:
                Assert.True(text.Length == 0, $"{context}: expected no output, got:\n{Head(text)}");
                break;
            case Expect.Json:
                SchemaValidation.AssertValid(c.Schema!, text, context);
                break;
            case Expect.JsonLines:
                SchemaValidation.AssertValidBatchRows(text, context);
                break;
            case Expect.Text:
                Assert.True(text.Contains(c.Contains!, StringComparison.Ordinal), $"{context}: expected '{c.Contains}' in:\n{Head(text)}");
                Assert.DoesNotContain('\r', text);
                break;
            case Expect.Csv:
                string first = text.Split('\n')[0];
                Assert.True(first.Contains(c.Contains!, StringComparison.Ordinal), $"{context}: CSV header '{first}' lacks '{c.Contains}'");
                Assert.True(text.EndsWith('\n'), $"{context}: CSV does not end with a line break");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expect), expect, null);
        }
    }

    private static void CheckStderr(ShippedCase c, ShippedRun run, string context)
    {
        switch (c.Stderr)
        {
            case Expect.Empty:
                Assert.True(run.Stderr.Length == 0, $"{context}: unexpected stderr:\n{run.Stderr}");
                break;
            case Expect.OneError:
                var errors = run.StderrLines.Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToArray();
                var others = run.StderrLines.Where(l => !l.StartsWith("error: ", StringComparison.Ordinal) && !l.StartsWith("Run 'emhrt", StringComparison.Ordinal)).ToArray();
                Assert.True(errors.Length == 1 && others.Length == 0, $"{context}: expected one 'error:' line (and at most the usage hint), got:\n{run.Stderr}");
                Assert.True(errors[0].Contains(c.Contains!, StringComparison.Ordinal), $"{context}: '{errors[0]}' does not name '{c.Contains}'");
                break;
            case Expect.BatchSummary:
                Assert.Matches(@"^batch: \d+ rows read, \d+ passed, \d+ with findings, \d+ invalid; ", run.Stderr);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(c), c.Stderr, null);
        }
    }

    /// <summary>The batch summary's seconds and rows per second differ from run to run.</summary>
    private static string WithoutTimings(string stderr) =>
        System.Text.RegularExpressions.Regex.Replace(stderr, @"; [0-9.]+ s, [0-9.]+ rows/s", "; (time)");

    private static string Head(string text) => text.Length <= 1500 ? text : text[..1500] + " …";
}
