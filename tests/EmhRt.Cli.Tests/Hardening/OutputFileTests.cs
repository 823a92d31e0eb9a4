using System.Diagnostics;
using System.Text;
using EmhRt.Cli.Batch;
using EmhRt.Cli.Tests.Batch;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests.Hardening;

/// <summary>Issue 19, files: <c>--output</c> never destroys what is at the path (<see cref="OutputFile"/>).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputFileTests
{
    private static readonly string[] Plan = ["plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--format", "json"];

    private static void Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command }, UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A private null device (<c>mknod c 1 3</c>) in <paramref name="dir"/>, so no test can clobber the system's.</summary>
    private static string NullDevice(TempDirectory dir)
    {
        var path = dir.File("null");
        Shell($"mknod '{path}' c 1 3");
        Assert.Equal(FileKind.Special, UnixFile.Stat(path).Kind);
        return path;
    }

    [Fact]
    public void Output_to_a_null_device_writes_into_the_device_and_never_replaces_it()
    {
        using var dir = new TempDirectory();
        var device = NullDevice(dir);
        var run = CliHarness.Run([.. Plan, "--output", device]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(FileKind.Special, UnixFile.Stat(device).Kind);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(["null"], dir.FileNames());
    }

    [Fact]
    public void Batch_output_to_a_null_device_keeps_the_device()
    {
        using var dir = new TempDirectory();
        var device = NullDevice(dir);
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\np1,T5-T8,20,10\n");
        var run = CliHarness.Run("batch", input, "--quiet", "--output", device);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(FileKind.Special, UnixFile.Stat(device).Kind);
        Assert.Equal(["null", "plans.csv"], dir.FileNames());
    }

    [Fact]
    public void Output_through_a_symlink_to_a_device_writes_the_device()
    {
        using var dir = new TempDirectory();
        var device = NullDevice(dir);
        var link = dir.File("out.json");
        File.CreateSymbolicLink(link, device);
        Assert.Equal(ExitCodes.Success, CliHarness.Run([.. Plan, "--output", link]).ExitCode);
        Assert.Equal(FileKind.Special, UnixFile.Stat(device).Kind);
        Assert.Equal(device, new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task Output_to_a_fifo_is_written_into_the_fifo_which_stays_a_fifo()
    {
        using var dir = new TempDirectory();
        var fifo = dir.File("pipe");
        Shell($"mkfifo '{fifo}'");
        var reader = Task.Run(() => File.ReadAllText(fifo));
        AtomicFile.WriteAllText(fifo, "the report\n");
        Assert.Equal("the report\n", await reader.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(FileKind.Special, UnixFile.Stat(fifo).Kind);
        Assert.Equal(["pipe"], dir.FileNames());
    }

    [Fact]
    public void Output_through_a_symlink_replaces_its_target_and_keeps_the_link()
    {
        using var dir = new TempDirectory();
        var target = dir.Write("real.json", "old");
        var link = dir.File("link.json");
        File.CreateSymbolicLink(link, "real.json");
        AtomicFile.WriteAllText(link, "new");
        Assert.Equal("real.json", new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(["link.json", "real.json"], dir.FileNames());
    }

    [Fact]
    public void Output_through_a_dangling_symlink_creates_its_target()
    {
        using var dir = new TempDirectory();
        var link = dir.File("link.json");
        File.CreateSymbolicLink(link, "made.json");
        AtomicFile.WriteAllText(link, "new");
        Assert.Equal("made.json", new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(dir.File("made.json")));
    }

    [Fact]
    public void Output_keeps_the_mode_of_the_file_it_replaces()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("secret.json", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var run = CliHarness.Run([.. Plan, "--output", path]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.StartsWith("{", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_output_keeps_the_mode_of_the_file_it_replaces()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\np1,T5-T8,20,10\n");
        var output = dir.Write("out.csv", "old");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(output, mode);
        Assert.Equal(ExitCodes.Success, CliHarness.Run("batch", input, "--quiet", "--output", output).ExitCode);
        Assert.Equal(mode, File.GetUnixFileMode(output));
        Assert.StartsWith("line,id,status", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_refuses_a_read_only_file_and_leaves_it_as_it_was()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("locked.json", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var run = CliHarness.Run([.. Plan, "--output", path]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal([$"error: cannot write '{path}': the file is read-only (mode 0444); make it writable or choose another file"], run.ErrorLines);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["locked.json"], dir.FileNames());
    }

    [Fact]
    public void Batch_refuses_a_read_only_output_file()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\np1,T5-T8,20,10\n");
        var output = dir.Write("out.csv", "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead);
        var run = CliHarness.Run("batch", input, "--quiet", "--output", output);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("read-only (mode 0400)", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(output));
        Assert.Equal(["out.csv", "plans.csv"], dir.FileNames());
    }

    [Fact]
    public void A_file_name_of_255_bytes_gets_a_temporary_name_that_fits()
    {
        using var dir = new TempDirectory();
        var name = new string('é', 122) + ".json"; // 244 + 5 = 249 bytes; ".NAME.XXXXXXXX.tmp" would be 263
        Assert.True(Encoding.UTF8.GetByteCount(name) <= 255);
        var path = dir.File(name);
        AtomicFile.WriteAllText(path, "content");
        Assert.Equal("content", File.ReadAllText(path));
        Assert.Equal([name], dir.FileNames());
    }

    [Theory]
    [InlineData("report.csv")]
    [InlineData("ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé.csv")]
    public void Temporary_names_are_hidden_and_at_most_255_bytes(string name)
    {
        var temp = OutputFile.TempName(name);
        Assert.StartsWith(".", temp, StringComparison.Ordinal);
        Assert.EndsWith(".tmp", temp, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(temp) <= 255);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(temp)));
    }

    [Fact]
    public void Batch_refuses_an_output_path_that_is_the_input_path()
    {
        using var dir = new TempDirectory();
        const string content = "id,lesion,dose,fractions\np1,T5-T8,20,10\n";
        var input = dir.Write("plans.csv", content);
        File.CreateSymbolicLink(dir.File("alias.csv"), "plans.csv");
        Shell($"ln '{input}' '{dir.File("hard.csv")}'");
        foreach (var output in new[] { input, Path.Combine(dir.Path, ".", "plans.csv"), dir.File("alias.csv"), dir.File("hard.csv") })
        {
            var run = CliHarness.Run("batch", input, "--quiet", "--output", output);
            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Equal([$"error: --output: '{output}' is the input file: the results would replace the plans; write them to another file"], run.ErrorLines);
            Assert.Equal(content, File.ReadAllText(input));
        }
    }

    [Fact]
    public void Cancelled_batch_leaves_no_temporary_file()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\n" + string.Concat(Enumerable.Repeat("p,T5-T8,20,10\n", 5000)));
        var output = dir.File("out.csv");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var engine = new BatchEngine(new FakeProcessor());
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Run(BatchInput.FromFile(input), BatchOutput.ToFile(output), null, cancel.Token));
        Assert.Equal(["plans.csv"], dir.FileNames());
    }
}
