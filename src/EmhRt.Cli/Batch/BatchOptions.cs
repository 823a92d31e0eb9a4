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

    /// <summary>
    /// True (default): <see cref="Workers"/> threads read, assess and write chunks in parallel, with output in input
    /// order. False: read, assess and write on the calling thread.
    /// </summary>
    public bool Pipelined { get; init; } = true;

    /// <summary>
    /// Threads, the calling one included, that each read a chunk, assess it and write what is next in input order; 0
    /// or 1 = the calling thread alone. Null (default) = the processor count. Measured on 2 cores, 1,000,000 plans,
    /// median of 6 runs: 2 threads 1.24 s, 3 threads 1.29–1.45 s; the former design (a reader thread, 2 assessing
    /// threads, the calling thread writing) 1.30 s, with about 85,000 involuntary context switches against 2,000.
    /// </summary>
    public int? Workers { get; init; }

    /// <summary>
    /// Rows per chunk (the unit of parallel work and of memory). Default 64: at most <c>2 × threads + 2</c> chunks
    /// (threads: <see cref="Workers"/>, at least 1) are in flight, and what they hold survives each garbage collection, so small chunks keep collections cheap and
    /// peak memory flat (measured on 2 cores, 1,000,000 plans, 2 threads, median of 6 runs: 64 rows 1.24 s / 61.7 MiB,
    /// 256 rows 1.22 s / 64.2 MiB).
    /// </summary>
    public int ChunkSize { get; init; } = 64;

    /// <summary>
    /// A chunk ends after the row that brings its cells to this many characters, even before
    /// <see cref="ChunkSize"/> rows. Default 1 Mi characters: a file of huge records (up to 1 MiB each) keeps a
    /// bounded number of them in flight instead of <see cref="ChunkSize"/> per chunk.
    /// </summary>
    public long ChunkChars { get; init; } = 1L << 20;

    /// <summary>
    /// Bytes the process may allocate between two collections of the youngest generation before the thread that is
    /// writing asks for one; null = leave it to the runtime. Default 6 MiB. The runtime sizes that budget from the CPU
    /// cache and lets it grow during a long run (to about 140 MiB of peak memory at 1,000,000 rows on a machine with a
    /// large L3 cache); this bound keeps peak memory flat whatever the number of rows. Measured on 2 cores, peak at
    /// 10,000 and at 1,000,000 rows: 6 MiB 50.1–51.6 and 61.4–62.8 MiB (ratio 1.19–1.23); 4 MiB 49.5 and
    /// 59.8–60.8 MiB (1.21–1.23) at the same speed; 8 MiB (with the former reader/worker/writer threads) 51.5 and
    /// 62–63.5 MiB (1.23–1.24, too close to the 1.25 target). Must be at least 1 when set.
    /// </summary>
    public long? HeapBudgetBytes { get; init; } = 6L << 20;

    /// <summary>
    /// Write CSV cells starting with <c>= @ + -</c>, tab or carriage return quoted with a <c>'</c> prefix (spreadsheet
    /// formula injection), as CsvHelper's escape mode does. Default true.
    /// </summary>
    public bool GuardFormulaInjection { get; init; } = true;

    /// <summary>Sees every output row after it is written, in order, on the writing thread (the <c>--report</c> summary); null for none.</summary>
    public IBatchRowSink? Observer { get; init; }
}
