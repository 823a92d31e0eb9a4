using System.Globalization;
using EmhRt.Cli.Batch;

// Usage: EngineHarness <input|-> <output|-> [--jsonl] [--threads N] [--chunk N]
var threads = Environment.ProcessorCount;
var chunk = 4096;
var format = BatchOutputFormat.Csv;
for (var i = 2; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--jsonl": format = BatchOutputFormat.JsonLines; break;
        case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--chunk": chunk = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: throw new ArgumentException("unknown option " + args[i]);
    }
}

var input = BatchInput.Open(args[0]);
var engine = new BatchEngine(new StubProcessor(), new BatchOptions { DegreeOfParallelism = threads, ChunkSize = chunk, FailOnSeverityRank = null });
var summary = engine.Run(input, BatchOutput.Open(args[1], format), TerminalBatchProgress.ForConsole(quiet: false, input));
Console.Error.WriteLine(summary.ToString());
return summary.ExitCode;
