using System.Globalization;
using EmhRt.Cli.Batch;

// Usage: EngineHarness <input|-> <output|-> [--jsonl] [--workers N] [--sequential] [--trivial] [--chunk N]
int? workers = null;
var pipelined = true;
IBatchRowProcessor processor = new StubProcessor();
var chunk = 4096;
var format = BatchOutputFormat.Csv;
for (var i = 2; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--jsonl": format = BatchOutputFormat.JsonLines; break;
        case "--workers": workers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--sequential": pipelined = false; break;
        case "--trivial": processor = BatchRowProcessor.FromDelegate((row, _) => new BatchOutputRow { Status = BatchRowStatus.Pass, Ctv = row[BatchColumn.Lesion], TotalDoseGy = row[BatchColumn.Dose] }); break;
        case "--chunk": chunk = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: throw new ArgumentException("unknown option " + args[i]);
    }
}

var input = BatchInput.Open(args[0]);
var engine = new BatchEngine(processor, new BatchOptions { Workers = workers, Pipelined = pipelined, ChunkSize = chunk, FailOnSeverityRank = null });
var summary = engine.Run(input, BatchOutput.Open(args[1], format), TerminalBatchProgress.ForConsole(quiet: false, input));
Console.Error.WriteLine(summary.ToString());
return summary.ExitCode;
