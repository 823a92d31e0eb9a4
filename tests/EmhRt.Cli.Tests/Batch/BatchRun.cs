using System.Text;
using EmhRt.Cli.Batch;

namespace EmhRt.Cli.Tests.Batch;

/// <summary>Runs the engine over text and captures the output text.</summary>
internal static class BatchRun
{
    public static (BatchSummary Summary, string Output) Csv(string input, BatchOptions? options = null, char? separator = null,
        BatchOutputFormat outputFormat = BatchOutputFormat.Csv, IBatchRowProcessor? processor = null) =>
        Run(BatchInput.FromReader(new StringReader(input), BatchInputFormat.Csv, separator), options, outputFormat, processor);

    public static (BatchSummary Summary, string Output) JsonLines(string input, BatchOptions? options = null,
        BatchOutputFormat outputFormat = BatchOutputFormat.JsonLines) =>
        Run(BatchInput.FromReader(new StringReader(input), BatchInputFormat.JsonLines), options, outputFormat, null);

    public static (BatchSummary Summary, string Output) Run(BatchInput input, BatchOptions? options,
        BatchOutputFormat outputFormat, IBatchRowProcessor? processor)
    {
        var output = new StringWriter();
        var summary = new BatchEngine(processor ?? new FakeProcessor(), options).Run(input, BatchOutput.ToWriter(output, outputFormat));
        return (summary, output.ToString());
    }

    public static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static BatchInput Utf8(string text, bool bom) =>
        BatchInput.FromStream(new MemoryStream((bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray()));

    public const string Header =
        "line,id,status,highest_severity,finding_codes,ctv,ptv_length_mm,geometry_source,total_dose_gy,fractions,dose_per_fraction_gy,alpha_beta_emh_gy,bed_emh_at_alpha_beta_gy,eqd2_emh_gy,cord_tissue,alpha_beta_cord_gy,bed_cord_at_alpha_beta_gy,eqd2_cord_gy,cord_check_measure,cord_check_gy,cord_check_limit_gy,cumulative_bed_cord_gy2,start_date,end_date,overall_days,protocol_id,protocol_version,protocol_sha256,organs_near_field,organs_flagged,error";
}
