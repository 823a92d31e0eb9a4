namespace EmhRt.Cli.Batch;

/// <summary>Settings of one batch run. Immutable.</summary>
internal sealed record BatchOptions
{
    /// <summary>Skip unknown CSV columns / JSON members instead of failing (default false).</summary>
    public bool IgnoreUnknownColumns { get; init; }

    /// <summary>Column defaults for cells a row does not give.</summary>
    public BatchDefaults Defaults { get; init; } = BatchDefaults.None;

    /// <summary>
    /// Exit code 1 when a row has findings whose highest severity rank is at least this (0 info, 1 caution,
    /// 2 warning); null = never. Default 2 (warning).
    /// </summary>
    public int? FailOnSeverityRank { get; init; } = 2;

    /// <summary>Worker threads assessing chunks (1 = everything on the calling thread). Default: processor count.</summary>
    public int DegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Rows per chunk (the unit of parallel work and of memory). Default 4096.</summary>
    public int ChunkSize { get; init; } = 4096;

    /// <summary>Prefix CSV cells starting with <c>= + - @</c> or tab with <c>'</c> (spreadsheet formula injection). Default true.</summary>
    public bool GuardFormulaInjection { get; init; } = true;
}
