namespace EmhRt.Cli.Batch;

/// <summary>
/// A read-only, forward-only stream (standard input, a pipe) that keeps the last <see cref="Capacity"/> bytes it handed
/// out, so a batch reader can go back to where an over-long record started, skip that record and read on, as it does
/// with a file by seeking. Positions count bytes from the start of the wrapped stream. The wrapped stream is not
/// disposed with this one.
/// </summary>
internal sealed class RewindableSourceStream : Stream
{
    private const int InitialBytes = 1 << 14;

    private readonly Stream inner;
    private readonly int capacity;
    private byte[] history;
    private long fetched;
    private long position;

    /// <param name="inner">The stream to read from.</param>
    /// <param name="capacity">How many of the most recent bytes can be read again (at least 16 KiB); the buffer grows to it as input arrives.</param>
    public RewindableSourceStream(Stream inner, int capacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, InitialBytes);
        this.inner = inner;
        this.capacity = capacity;
        history = new byte[InitialBytes];
    }

    /// <summary>The number of bytes that can be read again behind the end of what was read from the wrapped stream.</summary>
    public int Capacity => capacity;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    /// <summary>The position of the next byte read, from the start of the wrapped stream.</summary>
    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Goes back (or forward, within what was already read from the wrapped stream) to <paramref name="target"/>;
    /// false when those bytes are no longer kept.
    /// </summary>
    public bool TryRewind(long target)
    {
        if (target < 0 || target > fetched || fetched - target > history.Length)
        {
            return false;
        }

        position = target;
        return true;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }

        if (position < fetched)
        {
            // Replay kept bytes: the ring holds byte p at p % capacity.
            var count = (int)Math.Min(destination.Length, fetched - position);
            var start = (int)(position % history.Length);
            var first = Math.Min(count, history.Length - start);
            history.AsSpan(start, first).CopyTo(destination);
            history.AsSpan(0, count - first).CopyTo(destination[first..]);
            position += count;
            return count;
        }

        var read = inner.Read(destination[..Math.Min(destination.Length, capacity)]);
        Keep(destination[..read]);
        return read;
    }

    /// <summary>A larger ring (before any byte was overwritten: it grows while everything read is still kept).</summary>
    private void Grow(int length)
    {
        var larger = new byte[length];
        for (var p = 0L; p < fetched; p++)
        {
            larger[p % length] = history[p % history.Length];
        }

        history = larger;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (fetched + bytes.Length > history.Length && history.Length < capacity)
        {
            Grow((int)Math.Min(capacity, Math.Max(2L * history.Length, fetched + bytes.Length)));
        }

        var start = (int)(fetched % history.Length);
        var first = Math.Min(bytes.Length, history.Length - start);
        bytes[..first].CopyTo(history.AsSpan(start));
        bytes[first..].CopyTo(history);
        fetched += bytes.Length;
        position = fetched;
    }
}
