using EmhRt.Cli.Batch;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Cli.Tests.Batch;

/// <summary>The stream standard input is read through so an over-long CSV record can be skipped (issue 19).</summary>
public sealed class RewindableSourceStreamTests
{
    private const int Capacity = 1 << 14;

    /// <summary>Reads of random sizes and rewinds to random places give the input's bytes; a rewind too far back is refused.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(Arbitraries)])]
    public void Reads_and_rewinds_give_the_bytes_of_the_input(Sample<(int Length, (bool Rewind, int Amount)[] Steps)> sample)
    {
        var (length, steps) = sample.Value;
        var data = new byte[length];
        new Random(length).NextBytes(data);
        using var stream = new RewindableSourceStream(new PipeStream(data, 5000), Capacity);
        long position = 0, fetched = 0;
        foreach (var (rewind, amount) in steps)
        {
            if (rewind)
            {
                var target = position - amount;
                var expected = target >= 0 && fetched - target <= Capacity;
                Assert.Equal(expected, stream.TryRewind(target));
                if (expected)
                {
                    position = target;
                }

                continue;
            }

            var buffer = new byte[amount];
            var read = stream.ReadAtLeast(buffer, amount, throwOnEndOfStream: false);
            Assert.Equal(Math.Min(amount, length - position), read);
            Assert.Equal(data.AsSpan((int)position, read).ToArray(), buffer[..read]);
            position += read;
            fetched = Math.Max(fetched, position);
            Assert.Equal(position, stream.Position);
        }
    }

    [Fact]
    public void Bytes_older_than_the_capacity_cannot_be_read_again()
    {
        var data = new byte[3 * Capacity];
        using var stream = new RewindableSourceStream(new PipeStream(data, 5000), Capacity);
        stream.ReadExactly(new byte[data.Length]);
        Assert.True(stream.TryRewind(2 * Capacity));
        Assert.False(stream.TryRewind((2 * Capacity) - 1));
        Assert.False(stream.TryRewind(data.Length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RewindableSourceStream(new PipeStream(data, 5000), Capacity - 1));
    }

    public static class Arbitraries
    {
        public static Arbitrary<Sample<(int, (bool, int)[])>> Steps() =>
            (from length in Draw.Choose(0, 5 * Capacity)
             from steps in Draw.ArrayOf(Draw.Zip(Draw.Elements(false, true), Draw.Choose(0, 2 * Capacity)))
             select (length, steps)).ToArbitrary();
    }
}
