using EmhRt.Cli;

namespace EmhRt.Cli.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("emhrt-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_the_complete_content_and_leaves_no_temp_file()
    {
        string path = Path.Combine(_dir, "report.txt");
        string content = string.Concat(Enumerable.Repeat("Dose 20 Gy in 10 fractions. ÄÖÜ\n", 50_000));
        AtomicFile.WriteAllText(path, content);
        Assert.Equal(content, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
        Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void Replaces_an_existing_file()
    {
        string path = Path.Combine(_dir, "report.txt");
        File.WriteAllText(path, "old content that is longer than the new one");
        AtomicFile.WriteAllText(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Failure_while_streaming_keeps_the_old_file_and_removes_the_temp_file()
    {
        string path = Path.Combine(_dir, "report.csv");
        File.WriteAllText(path, "old");
        var e = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, writer =>
        {
            writer.Write("half a rep");
            throw new InvalidOperationException("generator failed");
        }));
        Assert.Equal("generator failed", e.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public void Missing_directory_is_an_input_error_naming_the_path()
    {
        string path = Path.Combine(_dir, "no-such-dir", "report.txt");
        var e = Assert.Throws<CliInputException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.StartsWith($"cannot write '{path}': directory", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Parent_that_is_a_file_is_an_input_error_naming_the_path()
    {
        string file = Path.Combine(_dir, "plain-file");
        File.WriteAllText(file, "x");
        string path = Path.Combine(file, "report.txt");
        var e = Assert.Throws<CliInputException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.StartsWith($"cannot write '{path}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_that_is_a_directory_is_an_input_error_and_leaves_no_temp_file()
    {
        string path = Path.Combine(_dir, "sub");
        Directory.CreateDirectory(path);
        var e = Assert.Throws<CliInputException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.Equal($"cannot write '{path}': it is a directory; give a file name", e.Message);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Report_to_dash_or_null_goes_to_stdout()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var io = new CommandIO(stdout, stderr, useColor: false, verbose: false);
        io.WriteReport("-", "a");
        io.WriteReport(null, w => w.Write("b"));
        Assert.Equal("ab", stdout.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }
}
