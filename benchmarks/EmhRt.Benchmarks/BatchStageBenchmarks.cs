using BenchmarkDotNet.Attributes;
using EmhRt.Benchmarks.Data;
using EmhRt.Cli.Batch;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Planning.Input;
using EmhRt.Reporting;

namespace EmhRt.Benchmarks;

/// <summary>
/// The stages of one batch row on realistic, varied rows: the first 2,048 valid rows of the file that
/// <c>benchmarks/batch/run.sh</c> measures (<see cref="PlanRows"/>), so the memo caches miss as they do in a real run
/// (<see cref="BatchRowBenchmarks"/> repeats one plan). Figures are per row.
/// Quick run: <c>dotnet run -c Release --project benchmarks/EmhRt.Benchmarks -- --filter '*BatchStage*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BatchStageBenchmarks
{
    private const int Rows = 2048;

    private static readonly PlanBatchProcessor Processor =
        new(PlanAssessor.Default, new ToolIdentity("emhrt", "bench"), Severity.Warning, treatmentDays: null);

    private readonly BatchCellCache cellCache = new();
    private readonly BatchInputRow[] rows = new BatchInputRow[Rows];
    private readonly PlanInput[] inputs = new PlanInput[Rows];
    private readonly PlanRequest[] requests = new PlanRequest[Rows];
    private readonly PlanAssessment[] assessments = new PlanAssessment[Rows];

    [GlobalSetup]
    public void Setup()
    {
        var text = PlanRows.Header + "\n" + string.Join("\n", PlanRows.Generate(2 * Rows)) + "\n";
        using var source = BatchInput.FromReader(new StringReader(text)).CreateSource(ignoreUnknownColumns: false);
        source.ReadHeader();
        var n = 0;
        while (n < Rows)
        {
            var cells = new string?[BatchColumns.Count];
            if (!source.ReadRow(cells, out var line, out var error))
            {
                throw new InvalidOperationException("not enough valid rows");
            }

            var row = BatchInputRow.Create(line, cells);
            if (error is null
                && BatchPlanInput.TryParse(row, cellCache, null, out var input, out _)
                && input.ToRequest() is { Success: true } result
                && PlanAssessor.Default.TryAssess(result.Request!, out var assessment, out _))
            {
                (rows[n], inputs[n], requests[n], assessments[n]) = (row, input, result.Request!, assessment);
                n++;
            }
        }
    }

    /// <summary>Cells → <see cref="PlanInput"/> (memoised cell parsers).</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int ParseCells()
    {
        var ok = 0;
        foreach (var row in rows)
        {
            ok += BatchPlanInput.TryParse(row, cellCache, null, out _, out _) ? 1 : 0;
        }

        return ok;
    }

    /// <summary><see cref="PlanInput.ToRequest"/>.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int ToRequest()
    {
        var ok = 0;
        foreach (var input in inputs)
        {
            ok += input.ToRequest().Success ? 1 : 0;
        }

        return ok;
    }

    /// <summary><see cref="PlanAssessor.TryAssess"/>.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int Assess()
    {
        var ok = 0;
        foreach (var request in requests)
        {
            ok += PlanAssessor.Default.TryAssess(request, out _, out _) ? 1 : 0;
        }

        return ok;
    }

    /// <summary><see cref="PlanCsvReport.Values"/> (the 13 formatted output values) of the full assessment.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int FormatValues()
    {
        var length = 0;
        foreach (var assessment in assessments)
        {
            length += PlanCsvReport.Values(assessment, Severity.Warning).Ctv?.Length ?? 0;
        }

        return length;
    }

    /// <summary>The whole row processor of <c>emhrt batch</c> (all stages above).</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int WholeRow()
    {
        var n = 0;
        foreach (var row in rows)
        {
            n += (int)Processor.Process(in row, BatchOutputFormat.Csv).Status;
        }

        return n;
    }
}
