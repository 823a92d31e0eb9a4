using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using EmhRt.Cli.Batch;

namespace EmhRt.Benchmarks;

/// <summary>
/// The per-row path of <c>emhrt batch</c> (CSV in → processor → CSV out) over 4,096 generated rows, with a cheap
/// stub processor. Swap <see cref="StubRowProcessor"/> for the real assessment once it is wired.
/// Quick run: <c>dotnet run -c Release --project benchmarks/EmhRt.Benchmarks -- --filter '*BatchRow*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BatchRowBenchmarks
{
    private const int Rows = 4096;
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
            sb.Append(CultureInfo.InvariantCulture, $"P{i},T{random.Next(1, 8)}-T{random.Next(8, 13)},{random.Next(9, 31)},{random.Next(1, 18)},{random.Next(10, 21)},{random.Next(5, 86)},F\n");
        }

        input = sb.ToString();
    }

    [Benchmark]
    public int CsvToCsv()
    {
        var output = new StringWriter(new StringBuilder(Rows * 96), CultureInfo.InvariantCulture);
        var engine = new BatchEngine(new StubRowProcessor(), new BatchOptions { Pipelined = Pipelined, FailOnSeverityRank = null });
        var summary = engine.Run(BatchInput.FromReader(new StringReader(input)), BatchOutput.ToWriter(output));
        return (int)summary.RowsRead;
    }

    [Benchmark]
    public int ProcessorOnly()
    {
        var processor = new StubRowProcessor();
        var cells = new string?[BatchColumns.Count];
        cells[(int)BatchColumn.Id] = "P1";
        cells[(int)BatchColumn.Lesion] = "T5-T8";
        cells[(int)BatchColumn.Dose] = "20";
        cells[(int)BatchColumn.Fractions] = "5";
        var row = BatchInputRow.Create(2, cells);
        var n = 0;
        for (var i = 0; i < Rows; i++)
        {
            n += (int)processor.Process(in row, BatchOutputFormat.Csv).Status;
        }

        return n;
    }

    /// <summary>Parses dose and fractions and formats a few numbers (placeholder for the plan assessment).</summary>
    internal sealed class StubRowProcessor : IBatchRowProcessor
    {
        public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format)
        {
            if (!double.TryParse(row[BatchColumn.Dose], NumberStyles.Float, CultureInfo.InvariantCulture, out var dose)
                || !int.TryParse(row[BatchColumn.Fractions], NumberStyles.None, CultureInfo.InvariantCulture, out var fractions)
                || fractions < 1)
            {
                return BatchOutputRow.Invalid("column dose or fractions: not a number");
            }

            var perFraction = dose / fractions;
            return new BatchOutputRow
            {
                Status = perFraction > 4 ? BatchRowStatus.Findings : BatchRowStatus.Pass,
                HighestSeverityRank = perFraction > 4 ? 1 : -1,
                Ctv = row[BatchColumn.Lesion],
                TotalDoseGy = dose.ToString("0.##", CultureInfo.InvariantCulture),
                DosePerFractionGy = perFraction.ToString("0.##", CultureInfo.InvariantCulture),
            };
        }
    }
}
