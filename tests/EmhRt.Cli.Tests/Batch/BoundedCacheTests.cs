using EmhRt.Cli.Batch;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Cli.Tests.Batch;

public class BoundedCacheTests
{
    [Fact]
    public void A_repeated_key_is_computed_once()
    {
        var cache = new BoundedCache<string, string>(4);
        var computed = 0;
        string Get(string key) => cache.GetOrAdd(key, 0, (k, _) => { computed++; return k.ToUpperInvariant(); });

        Assert.Equal("DOSE", Get("dose"));
        Assert.Equal("DOSE", Get(new string("dose".AsSpan())));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void Two_keys_of_one_set_are_both_kept_and_a_third_drops_the_older()
    {
        // One bit: a single set of two slots, so every key shares it.
        var cache = new BoundedCache<int, int>(1);
        var computed = new List<int>();
        int Get(int key) => cache.GetOrAdd(key, 0, (k, _) => { computed.Add(k); return k * 10; });

        Assert.Equal(10, Get(1));
        Assert.Equal(20, Get(2));
        Assert.Equal(10, Get(1));
        Assert.Equal(20, Get(2));
        Assert.Equal([1, 2], computed);

        Assert.Equal(30, Get(3));  // set held [2, 1]: 1, the older, is dropped
        Assert.Equal(20, Get(2));
        Assert.Equal(30, Get(3));
        Assert.Equal([1, 2, 3], computed);
        Assert.Equal(10, Get(1));
        Assert.Equal([1, 2, 3, 1], computed);
    }

    [Fact]
    public void Memory_stays_bounded_whatever_the_number_of_keys()
    {
        var cache = new BoundedCache<int, int>(4);
        var computed = 0;
        int Get(int key) => cache.GetOrAdd(key, 0, (k, _) => { computed++; return k; });
        for (var key = 0; key < 10_000; key++)
        {
            Get(key);
        }

        computed = 0;
        for (var key = 0; key < 10_000; key++)
        {
            Get(key);
        }

        // 16 slots hold at most 16 of the 10,000 keys: almost every key is computed again.
        Assert.InRange(computed, 10_000 - 16, 10_000);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Always_returns_the_functions_value_even_when_every_key_collides(Sample<(int Bits, int[] Keys)> sample)
    {
        // Same hash for every key: only the equality check tells entries apart.
        var colliding = EqualityComparer<int>.Create((a, b) => a == b, _ => 42);
        var (bits, keys) = sample.Value;
        var plain = new BoundedCache<int, string>(bits);
        var collide = new BoundedCache<int, string>(bits, colliding);
        foreach (var key in keys)
        {
            var expected = $"v{key}";
            Assert.Equal(expected, plain.GetOrAdd(key, 0, static (k, _) => $"v{k}"));
            Assert.Equal(expected, collide.GetOrAdd(key, 0, static (k, _) => $"v{k}"));
        }
    }

    [Fact]
    public void Concurrent_callers_always_get_the_functions_value()
    {
        var cache = new BoundedCache<int, string>(3);
        var wrong = 0;
        Parallel.For(0, 8, worker =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 50_000; i++)
            {
                var key = random.Next(64);
                if (cache.GetOrAdd(key, 0, static (k, _) => $"v{k}") != $"v{key}")
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Refuses_a_size_outside_1_to_20_bits(int bits) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<int, int>(bits));

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(int Bits, int[] Keys)>> BitsAndKeys() =>
            Draw.Zip(Draw.Choose(1, 6), Draw.ArrayOf(Draw.Choose(-20, 20))).ToArbitrary();
    }
}
