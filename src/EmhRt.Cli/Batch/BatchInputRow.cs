namespace EmhRt.Cli.Batch;

/// <summary>
/// One input row handed to an <see cref="IBatchRowProcessor"/>: its input line number and the raw text of every
/// known column (null = not given; empty and blank cells are not given; command-line defaults already merged).
/// A view over a pooled buffer: valid only during <see cref="IBatchRowProcessor.Process"/>; do not keep it.
/// </summary>
internal readonly struct BatchInputRow
{
    private readonly string?[] cells;
    private readonly int offset;

    private BatchInputRow(long line, string?[] cells, int offset)
    {
        Line = line;
        this.cells = cells;
        this.offset = offset;
    }

    /// <summary>
    /// The input line where the row starts (1-based physical line; the CSV header is line 1; a quoted field
    /// spanning lines does not change the row's line; blank lines count).
    /// </summary>
    public long Line { get; }

    /// <summary>The row's <c>id</c> cell, or null.</summary>
    public string? Id => cells[offset];

    /// <summary>The raw text of <paramref name="column"/>, or null when not given.</summary>
    public string? this[BatchColumn column] => cells[offset + (int)column];

    /// <summary>Creates a row over its own copy of <paramref name="cellsByColumn"/> (for tests and benchmarks).</summary>
    public static BatchInputRow Create(long line, IReadOnlyList<string?> cellsByColumn)
    {
        ArgumentNullException.ThrowIfNull(cellsByColumn);
        if (cellsByColumn.Count != BatchColumns.Count)
        {
            throw new ArgumentException("Expected one cell per BatchColumn.", nameof(cellsByColumn));
        }

        return new BatchInputRow(line, [.. cellsByColumn], 0);
    }

    /// <summary>A view of the row stored at <paramref name="offset"/> in a chunk's cell buffer.</summary>
    internal static BatchInputRow Over(long line, string?[] cells, int offset) => new(line, cells, offset);
}
