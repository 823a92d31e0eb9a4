using EmhRt.Reporting;

namespace EmhRt.Cli.Batch;

/// <summary>
/// What a processor returns for one row. The engine adds <c>line</c> and <c>id</c> from the input row.
/// Every string is already formatted with the invariant culture (null = empty cell / omitted JSON member).
/// </summary>
/// <remarks>
/// JSON Lines output: when <see cref="Json"/> is set it is written after <c>"line"</c>, <c>"id"</c> and <c>"status"</c>;
/// it must be a complete JSON object (<c>{...}</c>, one line, without <c>line</c> and <c>id</c>). When it is null the
/// writer serialises the CSV columns of <see cref="Values"/> (numbers as JSON numbers, <c>finding_codes</c> as an array).
/// </remarks>
internal readonly struct BatchOutputRow
{
    /// <summary>The <c>status</c> column.</summary>
    public required BatchRowStatus Status { get; init; }

    /// <summary>
    /// Rank of the highest finding severity (0 info, 1 caution, 2 warning), used for the exit code;
    /// -1 when the row has no findings.
    /// </summary>
    public int HighestSeverityRank { get; init; }

    /// <summary>
    /// The cells <c>status</c> to <c>protocol_sha256</c> (<see cref="PlanCsvReport.Header"/>), as
    /// <see cref="PlanCsvReport"/> writes them for <c>emhrt plan --format csv</c>; its own <c>Status</c> is not read
    /// (<see cref="Status"/> is). All empty for an invalid row.
    /// </summary>
    public PlanCsvValues Values { get; init; }

    /// <summary><c>highest_severity</c>, e.g. <c>warning</c>.</summary>
    public string? HighestSeverity => Values.HighestSeverity;

    /// <summary><c>finding_codes</c>: finding codes, sorted, <c>;</c>-separated.</summary>
    public string? FindingCodes => Values.FindingCodes;

    /// <summary><c>error</c>: why the row is invalid, e.g. <c>column dose: '2,5' is not a number</c>.</summary>
    public string? Error { get; init; }

    /// <summary>Optional pre-serialised JSON object for JSON Lines output (see remarks).</summary>
    public string? Json { get; init; }

    /// <summary>An invalid row with its error message.</summary>
    public static BatchOutputRow Invalid(string error) =>
        new() { Status = BatchRowStatus.Invalid, HighestSeverityRank = -1, Error = error };
}
