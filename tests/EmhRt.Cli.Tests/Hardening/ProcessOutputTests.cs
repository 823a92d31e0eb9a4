using System.Diagnostics;
using EmhRt.Cli.Batch;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests.Hardening;

/// <summary>Issue 19, files: the real process writing to a full device, a closed or broken stdout, and being interrupted.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ProcessOutputTests
{
    private static string Emhrt => $"'{CliProcess.DotnetHost}' exec '{CliProcess.CliDll}'";

    /// <summary>Runs <paramref name="script"/> with bash; returns its exit code and stderr.</summary>
    private static (int ExitCode, string Stderr, string Stdout) Bash(string script)
    {
        var start = new ProcessStartInfo("/bin/bash")
        {
            ArgumentList = { "-c", script },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "timed out: " + script);
        return (process.ExitCode, stderr.Result, stdout.Result);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A private full device (<c>mknod c 1 7</c>): a regression must never replace the system's /dev/full.</summary>
    private static string FullDevice(TempDirectory dir)
    {
        var path = dir.File("full");
        Assert.Equal(0, Bash($"mknod '{path}' c 1 7").ExitCode);
        return path;
    }

    [Fact]
    public void Plan_to_a_full_device_exits_2_with_one_clear_line()
    {
        using var dir = new TempDirectory();
        var (exit, stderr, _) = Bash($"{Emhrt} plan --lesion T5-T8 --dose 20 --fractions 10 > '{FullDevice(dir)}'");
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(["error: cannot write to standard output: No space left on device"], Lines(stderr));
    }

    [Fact]
    public void Plan_with_output_to_a_full_device_exits_2_naming_it()
    {
        using var dir = new TempDirectory();
        var device = FullDevice(dir);
        var (exit, stderr, _) = Bash($"{Emhrt} plan --lesion T5-T8 --dose 20 --fractions 10 --output '{device}'");
        Assert.Equal(ExitCodes.InvalidInput, exit);
        var line = Assert.Single(Lines(stderr));
        Assert.StartsWith($"error: cannot write '{device}': No space left on device", line, StringComparison.Ordinal);
        Assert.Equal(["full"], dir.FileNames());
    }

    [Fact]
    public void Output_to_dev_stdout_appended_to_a_file_keeps_what_the_file_held()
    {
        using var dir = new TempDirectory();
        var log = dir.Write("log.txt", "earlier line\n");
        var (exit, _, _) = Bash($"{Emhrt} plan --lesion T5-T8 --dose 20 --fractions 10 --format csv --output /dev/stdout >> '{log}'");
        Assert.Equal(ExitCodes.Success, exit);
        var text = File.ReadAllText(log);
        Assert.StartsWith("earlier line\nline,id,status,", text, StringComparison.Ordinal);
        Assert.Equal(["log.txt"], dir.FileNames());
    }

    [Fact]
    public void Output_to_dev_stdout_into_a_pipe_writes_the_pipe()
    {
        var (exit, _, stdout) = Bash($"{Emhrt} plan --lesion T5-T8 --dose 20 --fractions 10 --format csv --output /dev/stdout | cat");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("line,id,status,", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_with_stdout_closed_exits_2_with_one_clear_line()
    {
        var (exit, stderr, _) = Bash($"{Emhrt} plan --lesion T5-T8 --dose 20 --fractions 10 >&-");
        Assert.Equal(ExitCodes.InvalidInput, exit);
        var line = Assert.Single(Lines(stderr));
        Assert.StartsWith("error: cannot write to standard output: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_into_a_pipe_that_closes_stops_and_exits_2()
    {
        using var dir = new TempDirectory();
        var rows = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"p{i},T5-T8,20,10\n"));
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\n" + rows);
        var (exit, stderr, stdout) = Bash($"{Emhrt} batch '{input}' | head -c 100; echo \"emhrt=${{PIPESTATUS[0]}}\"");
        Assert.EndsWith("emhrt=2\n", stdout, StringComparison.Ordinal);
        Assert.Contains("cannot write to standard output: Broken pipe", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("200000 rows", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("HUP")]
    public async Task An_interrupted_batch_leaves_no_temporary_file(string signal)
    {
        using var dir = new TempDirectory();
        var output = dir.File("out.csv");
        var start = new ProcessStartInfo(CliProcess.DotnetHost)
        {
            ArgumentList = { "exec", CliProcess.CliDll, "batch", "-", "--quiet", "--output", output },
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();

        // The input does not end before the signal: the temporary output file exists while rows stream in.
        var feeding = Task.Run(() =>
        {
            try
            {
                process.StandardInput.WriteLine("id,lesion,dose,fractions");
                while (!process.HasExited)
                {
                    process.StandardInput.WriteLine("p,T5-T8,20,10");
                }
            }
            catch (IOException)
            {
                // The process ended: the pipe is closed.
            }
        });
        var waited = Stopwatch.StartNew();
        while (dir.FileNames().Length == 0 && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }

        var temp = Assert.Single(dir.FileNames());
        Assert.Matches(@"^\.out\.csv\.[0-9a-f]{8}\.tmp$", temp);
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!)
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(60_000));
        await feeding.WaitAsync(TimeSpan.FromSeconds(30));
        _ = await stderr;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Empty(dir.FileNames());
    }

    /// <summary>
    /// A CSV record over the limit piped into the real process (standard input is a pipe, not seekable) is one invalid
    /// row and the rows after it are read: as many rows out as in, in order, the error cell short.
    /// </summary>
    [Fact]
    public void A_csv_record_over_the_limit_piped_on_standard_input_is_one_invalid_row_and_reading_goes_on()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv",
            "id,lesion,dose,fractions\np1,T5-T8,20,10\np2,\"" + new string('x', 3 * BatchLimits.MaxBatchRecordChars) + "\",20,10\np3,T5-T8,20,10\n");
        var (exit, stderr, stdout) = Bash($"cat '{input}' | {Emhrt} batch - --quiet");
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("", stderr);
        var rows = Lines(stdout);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith("2,p1,pass,", rows[1], StringComparison.Ordinal);
        Assert.Equal("3,,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,the record starting on line 3 is longer than the limit of 1048576 bytes (1 MiB): it was skipped and reading went on", rows[2]);
        Assert.StartsWith("4,p3,pass,", rows[3], StringComparison.Ordinal);
    }
}
