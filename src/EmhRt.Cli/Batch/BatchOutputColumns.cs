namespace EmhRt.Cli.Batch;

/// <summary>The output columns of <c>emhrt batch</c>, in CSV order.</summary>
internal static class BatchOutputColumns
{
    /// <summary>The 16 output column names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = NameArray;

    internal static string[] NameArray =>
    [
        "line", "id", "status", "highest_severity", "finding_codes", "ctv", "ptv_length_mm", "total_dose_gy",
        "fractions", "dose_per_fraction_gy", "bed_emh_gy", "eqd2_emh_gy", "bed_cord_gy", "eqd2_cord_gy",
        "end_date", "error",
    ];

    /// <summary>The <c>status</c> text.</summary>
    public static string StatusText(BatchRowStatus status) => status switch
    {
        BatchRowStatus.Pass => "pass",
        BatchRowStatus.Findings => "findings",
        _ => "invalid",
    };
}
