namespace EmhRt.Cli.Batch;

/// <summary>Limits of the batch reader and its messages (the front end's, not the library's: a plan has no records).</summary>
internal static class BatchLimits
{
    /// <summary>Largest batch record (a CSV record or a JSON Lines line): 1 MiB of text.</summary>
    public const int MaxBatchRecordChars = 1 << 20;

    /// <summary>Characters of an offending value quoted in an error message; longer values are cut with "…".</summary>
    public const int MaxQuotedChars = 40;
}
