namespace EmhRt.Cli.Batch;

/// <summary>
/// Turns one input row into one output row (row → assessment → output row). Called concurrently from several
/// threads: implementations must be thread-safe (stateless, or per-thread state).
/// </summary>
internal interface IBatchRowProcessor
{
    /// <summary>
    /// Assesses <paramref name="row"/>. Must not throw for bad input: return
    /// <see cref="BatchOutputRow.Invalid"/> with a precise message (e.g. <c>column dose: '2,5' is not a number</c>).
    /// An exception is caught by the engine and turned into an invalid row (<c>internal error: ...</c>).
    /// </summary>
    /// <param name="row">The row; valid only during the call.</param>
    /// <param name="format">The output format; <see cref="BatchOutputRow.Json"/> is read only for JSON Lines.</param>
    BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format);
}
