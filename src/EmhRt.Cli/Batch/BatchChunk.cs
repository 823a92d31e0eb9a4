namespace EmhRt.Cli.Batch;

/// <summary>A reusable block of rows moving through the pipeline: read → assessed → written.</summary>
internal sealed class BatchChunk
{
    public BatchChunk(int capacity)
    {
        Capacity = capacity;
        Cells = new string?[capacity * BatchColumns.Count];
        Lines = new long[capacity];
        Errors = new string?[capacity];
        Defaulted = new int[capacity];
        Outputs = new BatchOutputRow[capacity];
    }

    public int Capacity { get; }

    /// <summary>Row i's cells are at [i * BatchColumns.Count, (i + 1) * BatchColumns.Count).</summary>
    public string?[] Cells { get; }

    public long[] Lines { get; }

    /// <summary>Structural error of row i (the processor is not called), or null.</summary>
    public string?[] Errors { get; }

    /// <summary>The columns of row i filled from command-line defaults, one bit per <see cref="BatchColumn"/>.</summary>
    public int[] Defaulted { get; }

    public BatchOutputRow[] Outputs { get; }

    public int Count { get; set; }

    /// <summary>Input bytes consumed after this chunk was read (for progress).</summary>
    public long BytesReadAfter { get; set; }

    /// <summary>Position of the chunk in input order (0 = first chunk read).</summary>
    public long Sequence { get; set; }
}
