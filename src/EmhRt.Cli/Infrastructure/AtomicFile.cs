using System.Text;

namespace EmhRt.Cli;

/// <summary>
/// Writes a report file through <see cref="OutputFile"/>: a regular file is replaced atomically (readers see either
/// the old content or the complete new content, never half a report), a FIFO or device is written in place, a
/// symbolic link's target is written. On any failure the temporary file is deleted. I/O failures (missing or unwritable directory, target is a
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

        using var file = OutputFile.Open(path);
        try
        {
            using (var writer = new StreamWriter(file.Stream, Utf8NoBom, 64 * 1024, leaveOpen: true))
            {
                writer.NewLine = "\n";
                write(writer);
                writer.Flush();
            }

            file.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write '{path}': {e.Message}", e);
        }
    }
}
