namespace EmhRt.Cli.Batch;

/// <summary>Receives progress from the writer stage (once per chunk, in order). Single-threaded.</summary>
internal interface IBatchProgress
{
    /// <summary>Rows written so far; bytes of input consumed and the input size when known.</summary>
    void Report(long rowsWritten, long bytesRead, long? totalBytes);

    /// <summary>The run ended (successfully or not): clear the indicator.</summary>
    void Complete();
}
