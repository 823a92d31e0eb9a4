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

    private BatchInputRow(long line, string?[] cells, int offset, int defaulted = 0)
    {
        Line = line;
        Defaulted = defaulted;
        this.cells = cells;
        this.offset = offset;
    }

    /// <summary>
    /// The input line where the row starts (1-based physical line; the CSV header is line 1; a quoted field
    /// spanning lines does not change the row's line; blank lines count).
    /// </summary>
    public long Line { get; }

    /// <summary>The columns whose value came from a command-line default, one bit per <see cref="BatchColumn"/>.</summary>
    public int Defaulted { get; }

    /// <summary>True when the value of <paramref name="column"/> came from a command-line default, not the file.</summary>
    public bool IsDefaulted(BatchColumn column) => (Defaulted & (1 << (int)column)) != 0;

    /// <summary>Where the value of <paramref name="column"/> came from: <c>column dose</c> or <c>default from --dose</c>.</summary>
    public string Source(BatchColumn column) =>
        IsDefaulted(column) ? "default from " + BatchDefaults.OptionName(column) : "column " + BatchColumns.GetName(column);

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
    internal static BatchInputRow Over(long line, string?[] cells, int offset, int defaulted = 0) => new(line, cells, offset, defaulted);

    /// <summary>A copy of this row that records <paramref name="defaulted"/> as filled from defaults (for tests).</summary>
    internal BatchInputRow WithDefaulted(int defaulted) => new(Line, cells, offset, defaulted);
}
