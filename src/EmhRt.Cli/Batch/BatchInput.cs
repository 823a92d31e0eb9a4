namespace EmhRt.Cli.Batch;

/// <summary>Where <c>emhrt batch</c> reads its rows from, and in which format.</summary>
internal sealed class BatchInput
{
    private readonly string? path;
    private readonly Stream? stream;
    private readonly TextReader? reader;

    private BatchInput(BatchInputFormat format, char? separator, string? path, Stream? stream, TextReader? reader)
    {
        if (separator is not null and not ',' and not ';')
        {
            throw new ArgumentOutOfRangeException(nameof(separator), separator, "The CSV separator must be ',' or ';'.");
        }

        Format = format;
        Separator = separator;
        this.path = path;
        this.stream = stream;
        this.reader = reader;
    }

    /// <summary>The input format.</summary>
    public BatchInputFormat Format { get; }

    /// <summary>The CSV separator, or null to detect <c>,</c> or <c>;</c> from the header line.</summary>
    public char? Separator { get; }

    /// <summary>True when reading a file (progress can be shown as a percentage).</summary>
    public bool IsFile => path is not null;

    /// <summary>A description for messages: the path or <c>standard input</c>.</summary>
    public string Description => path ?? "standard input";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static BatchInput FromFile(string path, BatchInputFormat format = BatchInputFormat.Csv, char? separator = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new BatchInput(format, separator, path, null, null);
    }

    /// <summary>Reads <paramref name="stream"/> (UTF-8, BOM optional); the stream is left open.</summary>
    public static BatchInput FromStream(Stream stream, BatchInputFormat format = BatchInputFormat.Csv, char? separator = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new BatchInput(format, separator, null, stream, null);
    }

    /// <summary>Reads <paramref name="reader"/> (e.g. a test's <see cref="StringReader"/>); left open.</summary>
    public static BatchInput FromReader(TextReader reader, BatchInputFormat format = BatchInputFormat.Csv, char? separator = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new BatchInput(format, separator, null, null, reader);
    }

    /// <summary>The file <paramref name="pathOrDash"/>, or standard input when it is <c>-</c>.</summary>
    public static BatchInput Open(string pathOrDash, BatchInputFormat format = BatchInputFormat.Csv, char? separator = null) =>
        pathOrDash == "-" ? FromStream(Console.OpenStandardInput(), format, separator) : FromFile(pathOrDash, format, separator);

    internal IBatchRowSource CreateSource(bool ignoreUnknownColumns) => Format switch
    {
        BatchInputFormat.JsonLines => new JsonLinesBatchRowSource(path, stream, reader, ignoreUnknownColumns),
        _ => new CsvBatchRowSource(path, stream, reader, Separator, ignoreUnknownColumns),
    };

    internal long? TotalBytes()
    {
        if (path is not null)
        {
            return new FileInfo(path).Length;
        }

        return stream is { CanSeek: true } ? stream.Length : null;
    }
}
