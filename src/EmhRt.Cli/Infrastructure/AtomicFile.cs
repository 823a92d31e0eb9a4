using System.Text;

namespace EmhRt.Cli;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content, never half a report:
/// the text goes to a temporary file in the same directory, is flushed to disk, then moved over the target.
/// On any failure the temporary file is deleted. I/O failures (missing or unwritable directory, target is a
/// directory, disk full) become a <see cref="CliInputException"/> naming the path (exit code 2).
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="path"/> atomically.</summary>
    public static void WriteAllText(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Write(path, writer => writer.Write(content));
    }

    /// <summary>
    /// Streams text to <paramref name="path"/> atomically: <paramref name="write"/> writes to a temporary file;
    /// the target is replaced only if it returns normally. Exceptions thrown by <paramref name="write"/> itself
    /// propagate unchanged (after the temporary file is removed).
    /// </summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliInputException($"cannot write '{path}': not a valid file path", e);
        }

        if (Directory.Exists(fullPath))
        {
            throw new CliInputException($"cannot write '{path}': it is a directory; give a file name");
        }

        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new CliInputException($"cannot write '{path}': directory '{directory}' does not exist");
        }

        string tempPath = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        bool moved = false;
        try
        {
            using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            using (var writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024))
            {
                writer.NewLine = "\n";
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(tempPath, fullPath, overwrite: true);
            moved = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write '{path}': {e.Message}", e);
        }
        finally
        {
            if (!moved)
            {
                TryDelete(tempPath);
            }
        }
    }

    private static void TryDelete(string tempPath)
    {
        try
        {
            File.Delete(tempPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original failure is the one worth reporting.
        }
    }
}
