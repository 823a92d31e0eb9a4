using EmhRt.Reporting;

namespace EmhRt.Cli.Batch;

/// <summary>The output columns of <c>emhrt batch</c>, in CSV order: <see cref="PlanCsvReport.Header"/>, the same as <c>emhrt plan --format csv</c>.</summary>
internal static class BatchOutputColumns
{
    /// <summary>The output column names, in order (<see cref="PlanCsvReport.Header"/>).</summary>
    public static IReadOnlyList<string> Names { get; } = NameArray;

    internal static string[] NameArray => [.. PlanCsvReport.Header];

    /// <summary>
    /// The columns of <see cref="PlanCsvValues"/> whose cells are numbers: written as JSON numbers when the JSON Lines writer
    /// serialises the columns (index 0 = <c>status</c>).
    /// </summary>
    internal static bool IsNumeric(int valueIndex) =>
        PlanCsvReport.Header[PlanCsvReport.ValuesStartColumn + valueIndex] is var name
        && (name.EndsWith("_gy", StringComparison.Ordinal) || name.EndsWith("_gy2", StringComparison.Ordinal)
            || name.EndsWith("_mm", StringComparison.Ordinal) || name is "fractions" or "overall_days");

    /// <summary>The <c>status</c> text.</summary>
    public static string StatusText(BatchRowStatus status) => status switch
    {
        BatchRowStatus.Pass => "pass",
        BatchRowStatus.Findings => "findings",
        _ => "invalid",
    };
}
