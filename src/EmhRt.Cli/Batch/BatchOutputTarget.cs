namespace EmhRt.Cli.Batch;

/// <summary>An opened output: a stream or a text writer, plus the temporary file to rename on commit.</summary>
internal sealed class BatchOutputTarget : IDisposable
{
    private readonly string? tempPath;
    private readonly string? finalPath;
    private bool committed;

    internal BatchOutputTarget(Stream? stream, TextWriter? writer, string? tempPath, string? finalPath)
    {
        Stream = stream;
        Writer = writer;
        this.tempPath = tempPath;
        this.finalPath = finalPath;
    }

    /// <summary>The byte stream to write to, or null when <see cref="Writer"/> is set.</summary>
    public Stream? Stream { get; }

    /// <summary>The text writer to write to, or null when <see cref="Stream"/> is set.</summary>
    public TextWriter? Writer { get; }

    /// <summary>Flushes and, for a file, renames the temporary file over the target.</summary>
    public void Commit()
    {
        if (tempPath is not null)
        {
            Stream!.Flush();
            Stream.Dispose();
            File.Move(tempPath, finalPath!, overwrite: true);
        }
        else
        {
            Stream?.Flush();
            Writer?.Flush();
        }

        committed = true;
    }

    /// <summary>Deletes the temporary file when the run did not commit.</summary>
    public void Dispose()
    {
        if (tempPath is not null && !committed)
        {
            Stream!.Dispose();
            File.Delete(tempPath);
        }
    }
}
