using System.Globalization;

namespace EmhRt.Cli.Batch;

/// <summary>The outcome of a batch run: counts, time, exit code, or the fatal error that stopped it.</summary>
internal sealed record BatchSummary
{
    /// <summary>Rows read (= rows written).</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows with status <c>pass</c>.</summary>
    public long Passed { get; init; }

    /// <summary>Rows with status <c>findings</c>.</summary>
    public long WithFindings { get; init; }

    /// <summary>Rows with status <c>invalid</c>.</summary>
    public long Invalid { get; init; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>A fatal error (empty input, unknown or duplicate column, unreadable file); null when the run completed.</summary>
    public string? FatalError { get; init; }

    /// <summary>
    /// 2 on a fatal error or when any row is invalid; else 1 when a row's findings reach the fail-on severity;
    /// else 0.
    /// </summary>
    public int ExitCode { get; init; }

    /// <summary>
    /// The <c>--fail-on</c> threshold in force (<c>info</c>, <c>caution</c>, <c>warning</c> or <c>never</c>), which decides
    /// between <c>pass</c> and <c>findings</c>; the summary line states it. Null: not stated.
    /// </summary>
    public string? FailOn { get; init; }

    /// <summary>Rows per second (0 when no time elapsed).</summary>
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsRead / Elapsed.TotalSeconds : 0;

    /// <summary>The stderr text: <c>error: ...</c>, or the summary line with invariant numbers.</summary>
    public override string ToString() => FatalError is not null
        ? "error: " + FatalError
        : string.Create(
            CultureInfo.InvariantCulture,
            $"batch: {RowsRead} rows read, {Passed} passed, {WithFindings} with findings, {Invalid} invalid; {PassRule}{Elapsed.TotalSeconds:0.000} s, {RowsPerSecond:0} rows/s");

    /// <summary>What <c>pass</c> meant in this run, e.g. <c>pass = no finding at or above caution (--fail-on caution); </c>, or empty.</summary>
    private string PassRule => FailOn switch
    {
        null => string.Empty,
        "never" => "pass = every valid row, findings or not (--fail-on never); ",
        _ => "pass = no finding at or above " + FailOn + " (--fail-on " + FailOn + "); ",
    };
}
