namespace EmhRt.Cli.Batch;

/// <summary>Writes output rows in order (CSV or JSON Lines). Single-threaded.</summary>
internal interface IBatchRowSink : IDisposable
{
    /// <summary>Writes the header (CSV only).</summary>
    void WriteHeader();

    /// <summary>Writes one row; <paramref name="line"/> and <paramref name="id"/> come from the input row.</summary>
    void Write(long line, string? id, in BatchOutputRow row);

    /// <summary>Flushes buffered text to the target.</summary>
    void Flush();
}
