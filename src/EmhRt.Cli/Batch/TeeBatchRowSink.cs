namespace EmhRt.Cli.Batch;

/// <summary>
/// Writes every row to the output sink and then shows it to an observer (the <c>--report</c> summary). Disposing
/// disposes the output sink only: the observer belongs to the caller.
/// </summary>
internal sealed class TeeBatchRowSink(IBatchRowSink output, IBatchRowSink observer) : IBatchRowSink
{
    /// <summary>The output sink alone when there is no observer, else a tee.</summary>
    public static IBatchRowSink With(IBatchRowSink output, IBatchRowSink? observer) =>
        observer is null ? output : new TeeBatchRowSink(output, observer);

    public void WriteHeader()
    {
        output.WriteHeader();
        observer.WriteHeader();
    }

    public void Write(long line, string? id, in BatchOutputRow row)
    {
        output.Write(line, id, in row);
        observer.Write(line, id, in row);
    }

    public void Flush()
    {
        output.Flush();
        observer.Flush();
    }

    public void Dispose() => output.Dispose();
}
