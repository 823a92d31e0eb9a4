namespace EmhRt.Cli.Batch;

/// <summary>
/// Where <c>emhrt batch</c> writes its rows, and in which format. A file is written through <see cref="OutputFile"/>:
/// a regular file atomically (a temporary file renamed over the target only when the run completes), a FIFO or
/// device in place.
/// </summary>
internal sealed class BatchOutput
{
    private readonly string? path;
    private readonly Stream? stream;
    private readonly TextWriter? writer;

    private BatchOutput(BatchOutputFormat format, string? path, Stream? stream, TextWriter? writer)
    {
        Format = format;
        this.path = path;
        this.stream = stream;
        this.writer = writer;
    }

    /// <summary>The output format.</summary>
    public BatchOutputFormat Format { get; }

    /// <summary>Writes the file at <paramref name="path"/> (atomically).</summary>
    public static BatchOutput ToFile(string path, BatchOutputFormat format = BatchOutputFormat.Csv)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new BatchOutput(format, Path.GetFullPath(path), null, null);
    }

    /// <summary>Writes UTF-8 (no BOM) to <paramref name="stream"/>; the stream is flushed and left open.</summary>
    public static BatchOutput ToStream(Stream stream, BatchOutputFormat format = BatchOutputFormat.Csv)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new BatchOutput(format, null, stream, null);
    }

    /// <summary>Writes to <paramref name="writer"/> (e.g. a test's <see cref="StringWriter"/>); flushed and left open.</summary>
    public static BatchOutput ToWriter(TextWriter writer, BatchOutputFormat format = BatchOutputFormat.Csv)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new BatchOutput(format, null, null, writer);
    }

    /// <summary>The file <paramref name="pathOrDash"/>, or standard output when it is <c>-</c>.</summary>
    public static BatchOutput Open(string pathOrDash, BatchOutputFormat format = BatchOutputFormat.Csv) =>
        pathOrDash == "-" ? ToStream(Console.OpenStandardOutput(), format) : ToFile(pathOrDash, format);

    internal BatchOutputTarget OpenTarget()
    {
        if (writer is not null)
        {
            return new BatchOutputTarget(null, writer, null);
        }

        if (stream is not null)
        {
            return new BatchOutputTarget(stream, null, null);
        }

        return new BatchOutputTarget(null, null, OutputFile.Open(path!));
    }
}
