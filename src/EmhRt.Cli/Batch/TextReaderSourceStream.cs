using System.Text;

namespace EmhRt.Cli.Batch;

/// <summary>A read-only stream of the UTF-8 bytes of a <see cref="TextReader"/> (tests and embedders give readers).</summary>
internal sealed class TextReaderSourceStream(TextReader reader) : Stream
{
    private readonly Encoder encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] chars = new char[4096];
    private readonly byte[] bytes = new byte[3 * 4096 + 8];
    private int start;
    private int end;
    private bool done;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        while (start == end)
        {
            if (done)
            {
                return 0;
            }

            var n = reader.Read(chars, 0, chars.Length);
            done = n == 0;
            start = 0;
            end = encoder.GetBytes(chars, 0, n, bytes, 0, flush: done);
        }

        var copied = Math.Min(destination.Length, end - start);
        bytes.AsSpan(start, copied).CopyTo(destination);
        start += copied;
        return copied;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
