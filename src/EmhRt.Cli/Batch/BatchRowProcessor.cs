namespace EmhRt.Cli.Batch;

/// <summary>Helpers to build an <see cref="IBatchRowProcessor"/>.</summary>
internal static class BatchRowProcessor
{
    /// <summary>A processor calling <paramref name="process"/> (which must be thread-safe).</summary>
    public static IBatchRowProcessor FromDelegate(Func<BatchInputRow, BatchOutputFormat, BatchOutputRow> process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new DelegateProcessor(process);
    }

    private sealed class DelegateProcessor(Func<BatchInputRow, BatchOutputFormat, BatchOutputRow> process)
        : IBatchRowProcessor
    {
        public BatchOutputRow Process(in BatchInputRow row, BatchOutputFormat format) => process(row, format);
    }
}
