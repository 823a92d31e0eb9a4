namespace EmhRt.Cli.Batch;

/// <summary>Reads input rows one at a time (CSV or JSON Lines). Single-threaded.</summary>
internal interface IBatchRowSource : IDisposable
{
    /// <summary>Bytes (or characters, for a text reader) consumed so far, for progress.</summary>
    long BytesRead { get; }

    /// <summary>Reads the header (CSV); returns a fatal error message (e.g. unknown column), or null.</summary>
    string? ReadHeader();

    /// <summary>
    /// Reads the next row into <paramref name="cells"/> (cleared, one per <see cref="BatchColumn"/>). Returns false
    /// at the end. <paramref name="error"/> is a structural problem of the row (it is then reported invalid).
    /// </summary>
    bool ReadRow(Span<string?> cells, out long line, out string? error);
}
