namespace EmhRt.Cli.Batch;

/// <summary>Output format of <c>emhrt batch</c>.</summary>
internal enum BatchOutputFormat
{
    /// <summary>CSV with the 16 columns of <see cref="BatchOutputColumns"/> (default).</summary>
    Csv,

    /// <summary>JSON Lines: one JSON object per row, starting with <c>line</c> and <c>id</c>.</summary>
    JsonLines,
}
