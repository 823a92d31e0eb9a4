using System.Collections.Concurrent;
using System.Diagnostics;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Runs a batch: reads rows (CSV or JSON Lines), hands each to an <see cref="IBatchRowProcessor"/>, writes one
/// output row per input row in input order, and summarises. Streaming: at most
/// <c>2 × Workers + 3</c> chunks are in memory, each of at most <see cref="BatchOptions.ChunkSize"/> rows and
/// <see cref="BatchOptions.ChunkChars"/> characters of cells (plus the row that crosses that limit).
/// </summary>
/// <remarks>
/// Pipeline: a reader thread fills chunks; worker threads (or the reader, with 0 workers) assess whole chunks; the calling thread writes chunks
/// in sequence, counts statuses and reports progress. A row's bad input or a processor exception makes that row
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
                    using (var sink = output.Format == BatchOutputFormat.JsonLines
                        ? (IBatchRowSink)new JsonLinesBatchRowSink(target)
                        : new CsvBatchRowSink(target, options.GuardFormulaInjection))
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

    private void RunParallel(IBatchRowSource source, IBatchRowSink sink, BatchOutputFormat format, Counts counts,
        IBatchProgress? progress, long? totalBytes, CancellationToken cancellationToken)
    {
        var workers = Math.Max(0, options.Workers ?? Environment.ProcessorCount);
        var inFlight = (2 * workers) + 3;
        using var free = new BlockingCollection<BatchChunk>(inFlight);
        using var work = new BlockingCollection<BatchChunk>(inFlight);
        using var ordered = new BlockingCollection<BatchChunk>(inFlight);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? failure = null;
        for (var i = 0; i < inFlight; i++)
        {
            free.Add(new BatchChunk(options.ChunkSize), CancellationToken.None);
        }

        void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
            stop.Cancel();
        }

        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    while (true)
                    {
                        var chunk = free.Take(stop.Token);
                        if (Fill(source, chunk) == 0)
                        {
                            break;
                        }

                        chunk.Processed.Reset();
                        ordered.Add(chunk, stop.Token);
                        if (workers == 0)
                        {
                            Process(chunk, format);
                            chunk.Processed.Set();
                        }
                        else
                        {
                            work.Add(chunk, stop.Token);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception e)
                {
                    Fail(e);
                }
                finally
                {
                    work.CompleteAdding();
                    ordered.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        var processors = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            processors[w] = Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        foreach (var chunk in work.GetConsumingEnumerable(stop.Token))
                        {
                            Process(chunk, format);
                            chunk.Processed.Set();
                        }
                    }
                    catch (OperationCanceledException)
                    {
                    }
                    catch (Exception e)
                    {
                        Fail(e);
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        try
        {
            foreach (var chunk in ordered.GetConsumingEnumerable(stop.Token))
            {
                chunk.Processed.Wait(stop.Token);
                Write(chunk, sink, counts, progress, totalBytes);
                free.Add(chunk, stop.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }

        Task.WaitAll([reader, .. processors], CancellationToken.None);
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        cancellationToken.ThrowIfCancellationRequested();
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
            if (applyDefaults && error is null)
            {
                defaults.Apply(row);
            }

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
                var row = BatchInputRow.Over(chunk.Lines[i], chunk.Cells, i * BatchColumns.Count);
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

    /// <summary>See <see cref="BatchOptions.HeapBudgetBytes"/>. Used by the writer thread only.</summary>
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
