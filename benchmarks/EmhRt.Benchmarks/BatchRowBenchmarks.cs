using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using EmhRt.Cli.Batch;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reporting;

namespace EmhRt.Benchmarks;

/// <summary>
/// The per-row path of <c>emhrt batch</c> (CSV in → processor → CSV out) over 4,096 generated rows, with the
/// real processor (row → PlanInput → assessment → formatted row), the same one <c>emhrt batch</c> uses.
/// Quick run: <c>dotnet run -c Release --project benchmarks/EmhRt.Benchmarks -- --filter '*BatchRow*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BatchRowBenchmarks
{
    private const int Rows = 4096;

    private static readonly PlanBatchProcessor Processor =
        new(PlanAssessor.Default, new ToolIdentity("emhrt", "bench"), Severity.Warning, treatmentDays: null);
    private string input = "";

    [Params(false, true)]
    public bool Pipelined { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var sb = new StringBuilder("id,lesion,dose,fractions,margin,age,sex\n");
        for (var i = 0; i < Rows; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"P{i},T{random.Next(1, 8)}-T{random.Next(8, 13)},{random.Next(9, 31)},{random.Next(1, 18)},{random.Next(10, 21)},{random.Next(5, 86)},{(random.Next(2) == 0 ? "female" : "male")}\n");
        }

        input = sb.ToString();
    }

    [Benchmark]
    public int CsvToCsv()
    {
        var output = new StringWriter(new StringBuilder(Rows * 96), CultureInfo.InvariantCulture);
        var engine = new BatchEngine(Processor, new BatchOptions { Pipelined = Pipelined, FailOnSeverityRank = null });
        var summary = engine.Run(BatchInput.FromReader(new StringReader(input)), BatchOutput.ToWriter(output));
        return (int)summary.RowsRead;
    }

    [Benchmark]
    public int ProcessorOnly()
    {
        var processor = Processor;
        var cells = new string?[BatchColumns.Count];
        cells[(int)BatchColumn.Id] = "P1";
        cells[(int)BatchColumn.Lesion] = "T5-T8";
        cells[(int)BatchColumn.Dose] = "20";
        cells[(int)BatchColumn.Fractions] = "10";
        cells[(int)BatchColumn.Margin] = "10";
        var row = BatchInputRow.Create(2, cells);
        var n = 0;
        for (var i = 0; i < Rows; i++)
        {
            n += (int)processor.Process(in row, BatchOutputFormat.Csv).Status;
        }

        return n;
    }
}
