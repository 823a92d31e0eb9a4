using System.Diagnostics;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Runs a batch: reads rows (CSV or JSON Lines), hands each to an <see cref="IBatchRowProcessor"/>, writes one
/// output row per input row in input order, and summarises. Streaming: at most <c>2 × threads + 2</c> chunks
/// (threads: see <see cref="BatchOptions.Workers"/>) are in memory, each of at most <see cref="BatchOptions.ChunkSize"/>
/// rows and <see cref="BatchOptions.ChunkChars"/> characters of cells (plus the row that crosses that limit).
/// </summary>
/// <remarks>
/// Pipeline: <see cref="BatchOptions.Workers"/> threads, the calling one included, each read a chunk (one at a time, in
/// input order), assess it, and write the chunks that are complete and next in input order, counting statuses and
/// reporting progress (one writer at a time). A row's bad input or a processor exception makes that row
/// <c>invalid</c> and never stops the run. Fatal (no output written, exit code 2): empty CSV input, unknown or
/// duplicate header column, input that cannot be opened. A malformed CSV record (unclosed quote) becomes one
/// invalid row at the line where the record starts and reading stops there (rows before it are written).
/// I/O errors while writing propagate as exceptions (the temporary output file is deleted).
/// </remarks>
internal sealed class BatchEngine
{
    private readonly IBatchRowProcessor processor;
    private readonly BatchOptions options;

    public BatchEngine(IBatchRowProcessor processor, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(processor);
        this.processor = processor;
        this.options = options ?? new BatchOptions();
        if (this.options.ChunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), this.options.ChunkSize, "ChunkSize must be at least 1.");
        }

        if (this.options.ChunkChars < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), this.options.ChunkChars, "ChunkChars must be at least 1.");
        }

        if (this.options.HeapBudgetBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), this.options.HeapBudgetBytes, "HeapBudgetBytes must be at least 1 when set.");
        }
    }

    /// <summary>Runs the batch. Returns the summary; its <see cref="BatchSummary.ExitCode"/> is the process exit code.</summary>
    public BatchSummary Run(BatchInput input, BatchOutput output, IBatchProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var stopwatch = Stopwatch.StartNew();
        IBatchRowSource source;
        long? totalBytes;
        try
        {
            source = input.CreateSource(options.IgnoreUnknownColumns);
            totalBytes = input.TotalBytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fatal($"cannot read {input.Description}: {e.Message}", stopwatch);
        }

        using (source)
        {
            var fatal = source.ReadHeader();
            if (fatal is not null)
            {
                return Fatal(fatal, stopwatch);
            }

            var counts = new Counts();
            try
            {
                using (var target = output.OpenTarget())
                {
                    using (var sink = TeeBatchRowSink.With(
                        output.Format == BatchOutputFormat.JsonLines
                            ? new JsonLinesBatchRowSink(target)
                            : new CsvBatchRowSink(target, options.GuardFormulaInjection),
                        options.Observer))
                    {
                        sink.WriteHeader();
                        try
                        {
                            if (!options.Pipelined)
                            {
                                RunSequential(source, sink, output.Format, counts, progress, totalBytes, cancellationToken);
                            }
                            else
                            {
                                RunParallel(source, sink, output.Format, counts, progress, totalBytes, cancellationToken);
                            }
                        }
                        finally
                        {
                            progress?.Complete();
                        }

                        sink.Flush();
                    }

                    target.Commit();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fatal($"I/O error while reading {input.Description} or writing the output: {e.Message}", stopwatch);
            }
            catch (CliInputException e)
            {
                // The output path cannot be written (read-only, a directory, disk full on commit).
                return Fatal(e.Message, stopwatch);
            }

            var failing = options.FailOnSeverityRank is { } rank && counts.HighestFindingRank >= rank;
            return new BatchSummary
            {
                RowsRead = counts.Passed + counts.Findings + counts.Invalid,
                Passed = counts.Passed,
                WithFindings = counts.Findings,
                Invalid = counts.Invalid,
                Elapsed = stopwatch.Elapsed,
                ExitCode = counts.Invalid > 0 ? 2 : failing ? 1 : 0,
            };
        }
    }

    private static BatchSummary Fatal(string message, Stopwatch stopwatch) =>
        new() { FatalError = message, ExitCode = 2, Elapsed = stopwatch.Elapsed };

    private void RunSequential(IBatchRowSource source, IBatchRowSink sink, BatchOutputFormat format, Counts counts,
        IBatchProgress? progress, long? totalBytes, CancellationToken cancellationToken)
    {
        var chunk = new BatchChunk(options.ChunkSize);
        while (Fill(source, chunk) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Process(chunk, format);
            Write(chunk, sink, counts, progress, totalBytes);
        }
    }

    /// <summary>
    /// Symmetric workers: each of <see cref="BatchOptions.Workers"/> threads (the calling one included) takes a free chunk,
    /// fills it from the source (one reader at a time, in input order), assesses it, and hands it back for writing.
    /// Whichever thread completes the chunk that is next in input order writes it and every completed chunk after it,
    /// so rows are written in order by one thread at a time. A chunk is read, assessed and usually written by the same
    /// thread, with no hand-off between threads: on 2 cores this replaced a reader thread, 2 assessing threads and a
    /// writer thread, which the scheduler preempted about 85,000 times per million rows.
    /// </summary>
    private void RunParallel(IBatchRowSource source, IBatchRowSink sink, BatchOutputFormat format, Counts counts,
        IBatchProgress? progress, long? totalBytes, CancellationToken cancellationToken)
    {
        var threads = Math.Max(1, options.Workers ?? Environment.ProcessorCount);
        var run = new OrderedRun(this, source, sink, format, counts, progress, totalBytes, threads, cancellationToken);
        var others = new Task[threads - 1];
        for (var t = 0; t < others.Length; t++)
        {
            others[t] = Task.Factory.StartNew(run.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        run.Work();
        Task.WaitAll(others, CancellationToken.None);
        run.ThrowIfFailed();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>The shared state of <see cref="RunParallel"/>.</summary>
    private sealed class OrderedRun
    {
        private readonly BatchEngine engine;
        private readonly IBatchRowSource source;
        private readonly IBatchRowSink sink;
        private readonly BatchOutputFormat format;
        private readonly Counts counts;
        private readonly IBatchProgress? progress;
        private readonly long? totalBytes;
        private readonly CancellationToken cancellationToken;

        // Reading: one thread at a time, under readGate.
        private readonly Lock readGate = new();
        private long nextRead;
        private bool ended;

        // Free chunks, completed chunks waiting for their turn, and the writing turn: under gate (a monitor, for Wait and PulseAll).
        private readonly object gate = new();
        private readonly Stack<BatchChunk> free;
        private readonly BatchChunk?[] completed;
        private long nextToWrite;
        private bool writing;
        private volatile bool stopping;
        private Exception? failure;

        public OrderedRun(BatchEngine engine, IBatchRowSource source, IBatchRowSink sink, BatchOutputFormat format, Counts counts,
            IBatchProgress? progress, long? totalBytes, int threads, CancellationToken cancellationToken)
        {
            this.engine = engine;
            this.source = source;
            this.sink = sink;
            this.format = format;
            this.counts = counts;
            this.progress = progress;
            this.totalBytes = totalBytes;
            this.cancellationToken = cancellationToken;

            // Each thread holds at most one chunk; the others give a fast thread room to run ahead of a slow one.
            var chunks = (2 * threads) + 2;
            free = new Stack<BatchChunk>(chunks);
            for (var i = 0; i < chunks; i++)
            {
                free.Push(new BatchChunk(engine.options.ChunkSize));
            }

            // In-flight sequence numbers span fewer than `chunks` consecutive values, so sequence % chunks is a free slot.
            completed = new BatchChunk?[chunks];
        }

        public void Work()
        {
            try
            {
                while (TakeFree() is { } chunk)
                {
                    long sequence;
                    lock (readGate)
                    {
                        if (ended || stopping || cancellationToken.IsCancellationRequested || engine.Fill(source, chunk) == 0)
                        {
                            ended = true;
                            Release(chunk);
                            return;
                        }

                        sequence = nextRead++;
                    }

                    engine.Process(chunk, format);
                    Complete(chunk, sequence);
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= e;
                    stopping = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        public void ThrowIfFailed()
        {
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }

        private BatchChunk? TakeFree()
        {
            lock (gate)
            {
                while (free.Count == 0 && !stopping)
                {
                    Monitor.Wait(gate);
                }

                return stopping ? null : free.Pop();
            }
        }

        private void Release(BatchChunk chunk)
        {
            lock (gate)
            {
                free.Push(chunk);
                Monitor.PulseAll(gate);
            }
        }

        /// <summary>Queues <paramref name="chunk"/> for writing; writes it and what follows when it is next and no one else is writing.</summary>
        private void Complete(BatchChunk chunk, long sequence)
        {
            lock (gate)
            {
                completed[sequence % completed.Length] = chunk;
                chunk.Sequence = sequence;
                if (writing)
                {
                    return;
                }

                writing = true;
            }

            while (true)
            {
                BatchChunk? next;
                lock (gate)
                {
                    var slot = (int)(nextToWrite % completed.Length);
                    next = completed[slot];
                    if (next is null || next.Sequence != nextToWrite || stopping)
                    {
                        writing = false;
                        return;
                    }

                    completed[slot] = null;
                }

                engine.Write(next, sink, counts, progress, totalBytes);
                lock (gate)
                {
                    nextToWrite++;
                    free.Push(next);
                    Monitor.PulseAll(gate);
                }
            }
        }
    }

    private int Fill(IBatchRowSource source, BatchChunk chunk)
    {
        var defaults = options.Defaults;
        var applyDefaults = !defaults.IsEmpty;
        var cells = chunk.Cells;
        var count = 0;
        long chars = 0;
        while (count < chunk.Capacity && chars < options.ChunkChars)
        {
            var row = cells.AsSpan(count * BatchColumns.Count, BatchColumns.Count);
            row.Clear();
            if (!source.ReadRow(row, out var line, out var error))
            {
                break;
            }

            chunk.Lines[count] = line;
            chunk.Errors[count] = error;
            chunk.Defaulted[count] = applyDefaults && error is null ? defaults.Apply(row) : 0;

            foreach (var cell in row)
            {
                chars += cell?.Length ?? 0;
            }

            count++;
        }

        chunk.Count = count;
        chunk.BytesReadAfter = source.BytesRead;
        return count;
    }

    private void Process(BatchChunk chunk, BatchOutputFormat format)
    {
        var outputs = chunk.Outputs;
        for (var i = 0; i < chunk.Count; i++)
        {
            if (chunk.Errors[i] is { } error)
            {
                outputs[i] = BatchOutputRow.Invalid(error);
                continue;
            }

            try
            {
                var row = BatchInputRow.Over(chunk.Lines[i], chunk.Cells, i * BatchColumns.Count, chunk.Defaulted[i]);
                var result = processor.Process(in row, format);
                if (format == BatchOutputFormat.JsonLines && result.Json is { } json && !JsonText.IsSingleLineObject(json))
                {
                    result = BatchOutputRow.Invalid(BatchMessages.ProcessorJsonNotObject);
                }

                outputs[i] = result;
            }
#pragma warning disable CA1031 // A processor bug on one row must not stop the other rows: it becomes an invalid row.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                outputs[i] = BatchOutputRow.Invalid(BatchMessages.InternalError(e));
            }
        }
    }

    private void Write(BatchChunk chunk, IBatchRowSink sink, Counts counts, IBatchProgress? progress, long? totalBytes)
    {
        var outputs = chunk.Outputs;
        var cells = chunk.Cells;
        for (var i = 0; i < chunk.Count; i++)
        {
            ref readonly var row = ref outputs[i];
            sink.Write(chunk.Lines[i], cells[i * BatchColumns.Count], in row);
            switch (row.Status)
            {
                case BatchRowStatus.Pass:
                    counts.Passed++;
                    break;
                case BatchRowStatus.Findings:
                    counts.Findings++;
                    counts.HighestFindingRank = Math.Max(counts.HighestFindingRank, row.HighestSeverityRank);
                    break;
                default:
                    counts.Invalid++;
                    break;
            }

            outputs[i] = default;
        }

        progress?.Report(counts.Passed + counts.Findings + counts.Invalid, chunk.BytesReadAfter, totalBytes);
        if (options.HeapBudgetBytes is { } budget)
        {
            counts.HeapBound.Check(budget);
        }
    }

    private sealed class Counts
    {
        public long Passed;
        public long Findings;
        public long Invalid;
        public int HighestFindingRank = -1;
        public HeapBound HeapBound;
    }

    /// <summary>See <see cref="BatchOptions.HeapBudgetBytes"/>. Used by the thread that is writing (one at a time).</summary>
    private struct HeapBound
    {
        private long allocatedAtLastCheck;
        private int collectionsAtLastCheck;

        /// <summary>Collects the youngest generation when <paramref name="budget"/> bytes were allocated since the last collection this bound saw.</summary>
        public void Check(long budget)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            if (allocated - allocatedAtLastCheck < budget)
            {
                return;
            }

            if (GC.CollectionCount(0) == collectionsAtLastCheck)
            {
                GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: false);
            }

            allocatedAtLastCheck = allocated;
            collectionsAtLastCheck = GC.CollectionCount(0);
        }
    }
}
