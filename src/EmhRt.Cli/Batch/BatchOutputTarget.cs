namespace EmhRt.Cli.Batch;

/// <summary>An opened output: a stream or a text writer, or an <see cref="OutputFile"/> to commit.</summary>
internal sealed class BatchOutputTarget : IDisposable
{
    private readonly OutputFile? file;

    internal BatchOutputTarget(Stream? stream, TextWriter? writer, OutputFile? file)
    {
        Stream = file?.Stream ?? stream;
        Writer = writer;
        this.file = file;
    }

    /// <summary>The byte stream to write to, or null when <see cref="Writer"/> is set.</summary>
    public Stream? Stream { get; }

    /// <summary>The text writer to write to, or null when <see cref="Stream"/> is set.</summary>
    public TextWriter? Writer { get; }

    /// <summary>Flushes and, for a file, commits it (a regular file: renames the temporary file over the target).</summary>
    public void Commit()
    {
        if (file is not null)
        {
            file.Commit();
        }
        else
        {
            Stream?.Flush();
            Writer?.Flush();
        }
    }

    /// <summary>Deletes the temporary file when the run did not commit.</summary>
    public void Dispose() => file?.Dispose();
}
