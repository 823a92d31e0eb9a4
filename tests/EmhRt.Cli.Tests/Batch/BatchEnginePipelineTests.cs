using System.Globalization;
using System.Text;
using EmhRt.Cli.Batch;

namespace EmhRt.Cli.Tests.Batch;

public class BatchEnginePipelineTests
{
    private static string MixedInput(int validRows, int garbageRows, int seed, out int[] expectedInvalid)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("id,lesion,dose,fractions\n");
        var total = validRows + garbageRows;
        var garbageLeft = garbageRows;
        var invalid = new List<int>();
        for (var i = 0; i < total; i++)
        {
            var garbage = random.Next(total - i) < garbageLeft;
            var id = "p" + i.ToString(CultureInfo.InvariantCulture);
            if (!garbage)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{id},T5-T8,{random.Next(9, 31)},{random.Next(1, 18)}\n");
                continue;
            }

            garbageLeft--;
            invalid.Add(i);
            switch (random.Next(5))
            {
                case 0: sb.Append(CultureInfo.InvariantCulture, $"{id},T5-T8,abc,5\n"); break;
                case 1: sb.Append(CultureInfo.InvariantCulture, $"{id},T5-T8,10,5,extra\n"); break;
                case 2: sb.Append(CultureInfo.InvariantCulture, $"{id},T5-T8\n"); break;
                case 3: sb.Append(CultureInfo.InvariantCulture, $"{id},\"T5\nT8\",,5\n"); break;
                default: sb.Append(CultureInfo.InvariantCulture, $"{id},T5-T8,\"1,5\",5\n"); break;
            }
        }

        expectedInvalid = [.. invalid];
        return sb.ToString();
    }

    [Fact]
    public void A_character_limit_per_chunk_splits_chunks_without_changing_the_output()
    {
        var input = MixedInput(500, 50, seed: 9, out _) + "big," + new string('x', 5000) + ",20\nlast,T5-T8,20,10\n";
        var byRows = BatchRun.Csv(input, new BatchOptions { ChunkSize = 64 });
        var oneRowPerChunk = BatchRun.Csv(input, new BatchOptions { ChunkSize = 64, ChunkChars = 1 });
        var someRowsPerChunk = BatchRun.Csv(input, new BatchOptions { ChunkSize = 64, ChunkChars = 100, Workers = 1 });

        Assert.Equal(552, byRows.Summary.RowsRead);
        Assert.Equal(byRows.Output, oneRowPerChunk.Output);
        Assert.Equal(byRows.Output, someRowsPerChunk.Output);
        Assert.Contains(",last,", BatchRun.Lines(byRows.Output)[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, null)]
    [InlineData(1, 0, null)]
    [InlineData(1, 1, 0L)]
    [InlineData(64, 1024, -1L)]
    public void Chunk_and_heap_limits_below_one_are_refused(int rows, long chars, long? heapBudget) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new BatchEngine(new FakeProcessor(), new BatchOptions { ChunkSize = rows, ChunkChars = chars, HeapBudgetBytes = heapBudget }));

    [Fact]
    public void A_heap_budget_makes_the_writer_collect_the_young_generation_and_changes_no_output()
    {
        var input = MixedInput(2000, 100, seed: 5, out _);
        var unbounded = BatchRun.Csv(input, new BatchOptions { HeapBudgetBytes = null, ChunkSize = 50 });
        var collectionsBefore = GC.CollectionCount(0);
        var bounded = BatchRun.Csv(input, new BatchOptions { HeapBudgetBytes = 1, ChunkSize = 50 });

        Assert.True(GC.CollectionCount(0) - collectionsBefore >= 2, "a one-byte budget collects after most chunks");
        Assert.Equal(unbounded.Output, bounded.Output);
        Assert.Equal(unbounded.Summary with { Elapsed = default }, bounded.Summary with { Elapsed = default });
    }

    [Fact]
    public void Garbage_rows_mixed_with_valid_rows_give_one_output_row_each_in_input_order_in_parallel()
    {
        var input = MixedInput(9000, 1000, seed: 42, out var invalidIndexes);
        var parallel = BatchRun.Csv(input, new BatchOptions { Workers = 3, ChunkSize = 37 });
        var sequential = BatchRun.Csv(input, new BatchOptions { Pipelined = false, ChunkSize = 4096 });

        Assert.Equal(10_000, parallel.Summary.RowsRead);
        Assert.Equal(1000, parallel.Summary.Invalid);
        Assert.Equal(2, parallel.Summary.ExitCode);
        Assert.Equal(sequential.Output, parallel.Output);
        var callingThreadAlone = BatchRun.Csv(input, new BatchOptions { Workers = 0, ChunkSize = 100 });
        Assert.Equal(sequential.Output, callingThreadAlone.Output);
        Assert.Equal(sequential.Summary with { Elapsed = default }, parallel.Summary with { Elapsed = default });

        var lines = BatchRun.Lines(parallel.Output);
        var ids = lines.Skip(1).Where(l => l.Contains(",p", StringComparison.Ordinal))
            .Select(l => l.Split(',')[1]).ToArray();
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => "p" + i.ToString(CultureInfo.InvariantCulture)), ids);
        var invalidIds = lines.Skip(1).Where(l => l.Contains(",invalid,", StringComparison.Ordinal)).Select(l => l.Split(',')[1]);
        Assert.Equal(invalidIndexes.Select(i => "p" + i.ToString(CultureInfo.InvariantCulture)), invalidIds);
    }

    [Fact]
    public void Line_numbers_stay_right_across_chunks_with_multi_line_records()
    {
        var (_, output) = BatchRun.Csv("id,lesion,dose\na,\"x\ny\",10\nb,T5,10\nc,\"1\n2\n3\",10\nd,T6,10\n", new BatchOptions { ChunkSize = 1, Workers = 2 });
        var lineNumbers = output.Split('\n').Where(l => l.Length > 0 && char.IsAsciiDigit(l[0]) && l.Contains(",pass,", StringComparison.Ordinal))
            .Select(l => l.Split(',')[0]);
        Assert.Equal(["2", "4", "5", "8"], lineNumbers);
    }

    [Fact]
    public void A_processor_exception_makes_only_its_row_invalid()
    {
        var (summary, output) = BatchRun.Csv("id,dose\na,10\nboom,10\nc,10\n");
        Assert.Equal(2, summary.ExitCode);
        var lines = BatchRun.Lines(output);
        Assert.Equal("3,boom,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,internal error: kaboom", lines[2]);
        Assert.Equal("4,c,pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,", lines[3]);
    }

    [Theory]
    [InlineData("10", 2, 0)]
    [InlineData("16", 2, 0)]
    [InlineData("16", 1, 1)]
    [InlineData("21", 2, 1)]
    [InlineData("21", 0, 1)]
    [InlineData("21", null, 0)]
    [InlineData("x", null, 2)]
    public void Exit_code_follows_invalid_rows_then_the_fail_on_severity(string dose, int? failOn, int exitCode)
    {
        var (summary, _) = BatchRun.Csv("id,dose\na,10\nb," + dose + "\n", new BatchOptions { FailOnSeverityRank = failOn });
        Assert.Equal(exitCode, summary.ExitCode);
    }

    [Fact]
    public void Summary_counts_rows_by_status()
    {
        var (summary, _) = BatchRun.Csv("id,dose\na,10\nb,16\nc,21\nd,x\ne,1\n");
        Assert.Equal((5L, 2L, 2L, 1L), (summary.RowsRead, summary.Passed, summary.WithFindings, summary.Invalid));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Summary_numbers_are_invariant_under_any_culture(string culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var summary = new BatchSummary { RowsRead = 1_234_567, Passed = 1_000_000, WithFindings = 200_000, Invalid = 34_567, Elapsed = TimeSpan.FromMilliseconds(2500) };
            Assert.Equal("batch: 1234567 rows read, 1000000 passed, 200000 with findings, 34567 invalid; 2.500 s, 493827 rows/s", summary.ToString());
            var (_, output) = BatchRun.Csv("id,dose\na,2.5\n");
            Assert.Equal("2,a,pass,,,,,,2.5,,,,,,,,,,,,,,,,,,,,,,", BatchRun.Lines(output)[1]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Fact]
    public void Formula_injection_in_ids_is_escaped_unless_disabled()
    {
        var guarded = BatchRun.Csv("id,dose\n=1+2,10\n");
        Assert.Equal("2,\"'=1+2\",pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,", BatchRun.Lines(guarded.Output)[1]);
        var raw = BatchRun.Csv("id,dose\n=1+2,10\n", new BatchOptions { GuardFormulaInjection = false });
        Assert.Equal("2,=1+2,pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,", BatchRun.Lines(raw.Output)[1]);
    }

    [Fact]
    public void File_output_is_written_atomically_and_a_fatal_error_leaves_no_file()
    {
        var directory = Directory.CreateTempSubdirectory("emhrt-batch-");
        try
        {
            var input = Path.Combine(directory.FullName, "in.csv");
            var output = Path.Combine(directory.FullName, "out.csv");
            File.WriteAllText(input, "id,dose\na,10\n");
            var summary = new BatchEngine(new FakeProcessor()).Run(BatchInput.FromFile(input), BatchOutput.ToFile(output));
            Assert.Equal(0, summary.ExitCode);
            Assert.Equal(BatchRun.Header + "\n2,a,pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,\n", File.ReadAllText(output));
            Assert.Equal(["in.csv", "out.csv"], directory.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));

            File.WriteAllText(input, "id,colour\na,red\n");
            var other = Path.Combine(directory.FullName, "other.csv");
            var failed = new BatchEngine(new FakeProcessor()).Run(BatchInput.FromFile(input), BatchOutput.ToFile(other));
            Assert.Equal(2, failed.ExitCode);
            Assert.False(File.Exists(other));
            Assert.Equal(2, directory.GetFiles().Length);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_input_file_is_a_fatal_error()
    {
        var summary = new BatchEngine(new FakeProcessor()).Run(
            BatchInput.FromFile("/nonexistent/emhrt/in.csv"), BatchOutput.ToWriter(new StringWriter()));
        Assert.Equal(2, summary.ExitCode);
        Assert.StartsWith("cannot read /nonexistent/emhrt/in.csv: ", summary.FatalError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true, true, true)]
    [InlineData(true, true, true, false)]
    [InlineData(false, false, true, false)]
    [InlineData(false, true, false, false)]
    public void Progress_is_shown_only_for_a_file_on_a_terminal_without_quiet(bool quiet, bool file, bool terminal, bool expected) =>
        Assert.Equal(expected, TerminalBatchProgress.ShouldShow(quiet, file, terminal));

    [Fact]
    public void Progress_reports_rows_and_percent_and_is_cleared_at_the_end()
    {
        var error = new StringWriter();
        var progress = new TerminalBatchProgress(error);
        progress.Report(4096, 500, 1000);
        progress.Report(8192, 1000, 1000);
        progress.Complete();
        Assert.StartsWith("\rbatch: 4096 rows (50 %)   \r", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("8192", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_reports_progress_once_per_chunk_in_order()
    {
        var progress = new RecordingProgress();
        var input = BatchInput.FromReader(new StringReader("id,dose\n" + string.Concat(Enumerable.Repeat("a,10\n", 10))));
        new BatchEngine(new FakeProcessor(), new BatchOptions { ChunkSize = 4, Workers = 0 })
            .Run(input, BatchOutput.ToWriter(new StringWriter()), progress);
        Assert.Equal([4L, 8L, 10L], progress.Rows);
        Assert.True(progress.Completed);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    [InlineData(4, 3)]
    [InlineData(8, 2)]
    public void Chunks_assessed_out_of_order_are_written_in_input_order(int workers, int chunkSize)
    {
        // Random delays make later chunks finish before earlier ones; each thread writes only what is next in order.
        var input = MixedInput(400, 40, seed: workers * 31 + chunkSize, out _);
        var sequential = BatchRun.Csv(input, new BatchOptions { Pipelined = false });
        var progress = new RecordingProgress();
        var output = new StringWriter();
        var summary = new BatchEngine(new DelayingProcessor(seed: chunkSize), new BatchOptions { Workers = workers, ChunkSize = chunkSize })
            .Run(BatchInput.FromReader(new StringReader(input)), BatchOutput.ToWriter(output), progress);

        Assert.Equal(sequential.Output, output.ToString());
        Assert.Equal(sequential.Summary with { Elapsed = default }, summary with { Elapsed = default });
        Assert.Equal(progress.Rows.Order(), progress.Rows);
        Assert.Equal(440L, progress.Rows[^1]);
        Assert.True(progress.Completed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void An_output_that_fails_mid_run_stops_every_thread_with_an_io_error(int workers)
    {
        var input = MixedInput(20_000, 0, seed: 7, out _);
        var summary = new BatchEngine(new FakeProcessor(), new BatchOptions { Workers = workers, ChunkSize = 16 })
            .Run(BatchInput.FromReader(new StringReader(input)), BatchOutput.ToWriter(new FailingWriter(afterChars: 50_000)));

        Assert.Equal(2, summary.ExitCode);
        Assert.StartsWith("I/O error while reading", summary.FatalError, StringComparison.Ordinal);
        Assert.Contains("disk full", summary.FatalError, StringComparison.Ordinal);
    }

    /// <summary><see cref="FakeProcessor"/> with a random pause of 0 to 2 ms before some rows.</summary>
    private sealed class DelayingProcessor(int seed) : IBatchRowProcessor
    {
        private readonly FakeProcessor inner = new();
        private int calls;

        public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format)
        {
            var call = Interlocked.Increment(ref calls);
            if ((call * 2654435761u + (uint)seed) % 7 == 0)
            {
                Thread.Sleep((int)((call + seed) % 3));
            }

            return inner.Process(row, format);
        }
    }

    /// <summary>A text writer that fails like a full disk after some characters.</summary>
    private sealed class FailingWriter(int afterChars) : StringWriter(CultureInfo.InvariantCulture)
    {
        private int written;

        public override void Write(char value) => Count(1, () => base.Write(value));

        public override void Write(char[] buffer, int index, int count) => Count(count, () => base.Write(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Count(buffer.Length, null);
            base.Write(buffer);
        }

        public override void Write(string? value) => Count(value?.Length ?? 0, () => base.Write(value));

        private void Count(int chars, Action? write)
        {
            written += chars;
            if (written > afterChars)
            {
                throw new IOException("disk full");
            }

            write?.Invoke();
        }
    }

    private sealed class RecordingProgress : IBatchProgress
    {
        public List<long> Rows { get; } = [];

        public bool Completed { get; private set; }

        public void Report(long rowsWritten, long bytesRead, long? totalBytes) => Rows.Add(rowsWritten);

        public void Complete() => Completed = true;
    }
}
