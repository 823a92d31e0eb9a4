namespace EmhRt.Cli.Batch;

/// <summary>
/// Command-line defaults for columns: a row's cell that is absent or empty takes the default of its column,
/// if any. Immutable.
/// </summary>
internal sealed class BatchDefaults
{
    private readonly string?[] values;

    private BatchDefaults(string?[] values) => this.values = values;

    /// <summary>No defaults.</summary>
    public static BatchDefaults None { get; } = new(new string?[BatchColumns.Count]);

    /// <summary>True when no column has a default.</summary>
    public bool IsEmpty => Array.TrueForAll(values, v => v is null);

    /// <summary>The default of <paramref name="column"/>, or null when it has none.</summary>
    public string? this[BatchColumn column] => values[(int)column];

    /// <summary>Builds defaults from column/value pairs; a null or blank value means no default; the last pair wins.</summary>
    public static BatchDefaults Create(IEnumerable<KeyValuePair<BatchColumn, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = new string?[BatchColumns.Count];
        foreach (var (column, value) in values)
        {
            if ((uint)column >= BatchColumns.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(values), column, "Unknown batch column.");
            }

            array[(int)column] = string.IsNullOrWhiteSpace(value) ? null : value;
        }

        return new BatchDefaults(array);
    }

    /// <summary>Returns a copy with <paramref name="column"/> defaulting to <paramref name="value"/> (null removes it).</summary>
    public BatchDefaults With(BatchColumn column, string? value)
    {
        if ((uint)column >= BatchColumns.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown batch column.");
        }

        var array = (string?[])values.Clone();
        array[(int)column] = string.IsNullOrWhiteSpace(value) ? null : value;
        return new BatchDefaults(array);
    }

    /// <summary>
    /// Fills the null cells of one row (<see cref="BatchColumns.Count"/> cells) with the defaults; returns the columns
    /// filled, one bit per <see cref="BatchColumn"/> (so messages can name the option that gave a value).
    /// </summary>
    internal int Apply(Span<string?> cells)
    {
        var filled = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (cells[i] is null && values[i] is { } value)
            {
                cells[i] = value;
                filled |= 1 << i;
            }
        }

        return filled;
    }

    /// <summary>The option that gives the default of <paramref name="column"/>: <c>--dose</c>, <c>--holiday/--holidays-file</c>.</summary>
    internal static string OptionName(BatchColumn column) => column switch
    {
        BatchColumn.Holidays => "--holiday/--holidays-file",
        _ => "--" + BatchColumns.GetName(column).Replace('_', '-'),
    };
}
