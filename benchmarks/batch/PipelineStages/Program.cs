using System.Diagnostics;
using System.Globalization;
using EmhRt.Cli.Batch;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reporting;

namespace EmhRt.Benchmarks.PipelineStages;

/// <summary>
/// Whole-process decomposition of <c>emhrt batch</c> (used by <c>benchmarks/batch/run.sh</c>): the same
/// <see cref="BatchEngine"/> (threads that each read, assess and write chunks in order, CsvHelper in and out) with a row processor that stops
/// after a given stage, so the time of each stage is the difference between two runs:
/// <list type="bullet">
/// <item><c>engine</c>: no clinical work; each row gets fixed values, as in the CsvHelper baseline.</item>
/// <item><c>volume</c>: no clinical work; each row gets fixed values as long as an average real output row (about
/// 162 characters where the baseline's are 73): the I/O floor of the real output, with no clinical work.</item>
/// <item><c>cells</c>: the cells are parsed into <c>PlanInput</c> (<see cref="BatchPlanInput"/>), then fixed values.</item>
/// <item><c>request</c>: then <c>PlanInput.ToRequest</c> (the checked <c>PlanRequest</c>), then fixed values.</item>
/// <item><c>assess</c>: then the assessment (<c>PlanAssessor.TryAssess</c>), then fixed values.</item>
/// <item><c>full</c>: the real <see cref="PlanBatchProcessor"/> (what <c>emhrt batch</c> runs).</item>
/// </list>
/// Usage: <c>PipelineStages engine|volume|cells|request|assess|full input.csv output.csv</c>.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: PipelineStages engine|volume|cells|request|assess|full <input.csv> <output.csv>");
            return 2;
        }

        IBatchRowProcessor processor = args[0] switch
        {
            "engine" => new FixedValues(Stage.Engine),
            "volume" => new RealSizedValues(),
            "cells" => new FixedValues(Stage.Cells),
            "request" => new FixedValues(Stage.Request),
            "assess" => new FixedValues(Stage.Assess),
            "full" => new PlanBatchProcessor(PlanAssessor.Default, new ToolIdentity("emhrt", "bench"), Severity.Warning, treatmentDays: null),
            _ => throw new ArgumentException($"unknown stage '{args[0]}'", nameof(args)),
        };
        var stopwatch = Stopwatch.StartNew();
        var summary = new BatchEngine(processor).Run(BatchInput.FromFile(args[1]), BatchOutput.ToFile(args[2]));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {summary.RowsRead} rows, {stopwatch.Elapsed.TotalSeconds:0.000} s in the engine"));
        return summary.FatalError is null ? 0 : 2;
    }

    /// <summary>Where <see cref="FixedValues"/> stops: after reading the row, parsing its cells, building the request, or assessing it.</summary>
    private enum Stage
    {
        Engine,
        Cells,
        Request,
        Assess,
    }

    private sealed class FixedValues(Stage stage) : IBatchRowProcessor
    {
        // The same per-run memo of parsed fields as PlanBatchProcessor.
        private readonly BatchCellCache _cells = new();
        private readonly BatchInputParsers _parsers = new();

        public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format)
        {
            if (stage >= Stage.Cells)
            {
                if (!BatchPlanInput.TryParse(row, _cells, null, out var input, out var error))
                {
                    return BatchOutputRow.Invalid(error!);
                }

                if (stage >= Stage.Request)
                {
                    var request = input.ToRequest(_parsers);
                    if (!request.Success)
                    {
                        return BatchOutputRow.Invalid("invalid request");
                    }

                    if (stage >= Stage.Assess && !PlanAssessor.Default.TryAssess(request.Request, out _, out var assessError))
                    {
                        return BatchOutputRow.Invalid(assessError);
                    }
                }
            }

            return new BatchOutputRow
            {
                Status = BatchRowStatus.Pass,
                Values = new PlanCsvValues
                {
                    Ctv = row[BatchColumn.Lesion],
                    PtvLengthMm = "120",
                    TotalDoseGy = row[BatchColumn.Dose],
                    Fractions = row[BatchColumn.Fractions],
                    DosePerFractionGy = "4",
                    BedEmhAtAlphaBetaGy = "28",
                    Eqd2EmhGy = "23.33",
                    BedCordAtAlphaBetaGy = "14.4",
                    Eqd2CordGy = "8.64",
                    EndDate = "2026-01-16",
                },
            };
        }
    }

    /// <summary>
    /// Fixed values shaped like a typical real output row with findings (all 29 columns, about 330 characters with the line
    /// and id), so the CSV writer moves the real output volume.
    /// </summary>
    private sealed class RealSizedValues : IBatchRowProcessor
    {
        public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format) => new()
        {
            Status = BatchRowStatus.Findings,
            HighestSeverityRank = 2,
            Values = new PlanCsvValues
            {
                HighestSeverity = "warning",
                FindingCodes = "CORD_EQD2_HIGH;DOSE_ABOVE_RANGE;FRACTION_SIZE_OUTSIDE_RANGE;GEOMETRY_ESTIMATED;HYPOFRACTIONATION",
                Ctv = row[BatchColumn.Lesion],
                PtvLengthMm = "218.667",
                GeometrySource = "population-male-default",
                TotalDoseGy = row[BatchColumn.Dose],
                Fractions = row[BatchColumn.Fractions],
                DosePerFractionGy = "1.563",
                AlphaBetaEmhGy = "10",
                BedEmhAtAlphaBetaGy = "28.906",
                Eqd2EmhGy = "24.089",
                CordTissue = "spinal cord",
                AlphaBetaCordGy = "2",
                BedCordAtAlphaBetaGy = "44.531",
                Eqd2CordGy = "22.266",
                CordCheckMeasure = "eqd2",
                CordCheckGy = "22.266",
                CordCheckLimitGy = "50",
                StartDate = "2026-07-01",
                EndDate = "2026-07-27",
                OverallDays = "27",
                ProtocolId = "emh-default",
                ProtocolVersion = "1.1.0",
                ProtocolSha256 = "0000000000000000000000000000000000000000000000000000000000000000",
            },
        };
    }
}
