namespace EmhRt.Cli.Batch;

/// <summary>Input format of <c>emhrt batch</c>.</summary>
internal enum BatchInputFormat
{
    /// <summary>RFC 4180 CSV with a header row; <c>,</c> or <c>;</c> separated; UTF-8 with or without BOM.</summary>
    Csv,

    /// <summary>JSON Lines: one JSON object per line; values strings or numbers; null or absent = not given.</summary>
    JsonLines,
}
