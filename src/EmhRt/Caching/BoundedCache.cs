namespace EmhRt.Caching;

/// <summary>
/// A fixed-size, lossy, lock-free memo table for pure functions whose inputs repeat (cell texts in a batch file,
/// formatted numbers, finding-code sets). Each key maps to one slot; a new key overwrites the slot's previous
/// entry, so memory never grows beyond the capacity given at construction.
/// </summary>
/// <remarks>
/// Thread-safe without locks: a slot holds a reference to an immutable entry, and reference reads and writes
/// are atomic. Two threads may compute the same value at once; both results are equal because the cached
/// function must be pure, so which entry wins does not matter. A cached value is shared between callers: store
/// only immutable values.
/// </remarks>
/// <typeparam name="TKey">The key (the function's input).</typeparam>
/// <typeparam name="TValue">The value (the function's output), immutable.</typeparam>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Entry?[] _slots;
    private readonly IEqualityComparer<TKey> _comparer;
    private readonly int _shift;

    /// <summary>Creates a cache of 2^<paramref name="bits"/> slots.</summary>
    /// <param name="bits">Log2 of the slot count, 1 to 20.</param>
    /// <param name="comparer">Key equality; null for the default comparer.</param>
    public BoundedCache(int bits, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 20);
        _slots = new Entry?[1 << bits];
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
        _shift = 32 - bits;
    }

    /// <summary>The value cached for <paramref name="key"/>, or computed by <paramref name="compute"/> and cached.</summary>
    /// <param name="key">The input.</param>
    /// <param name="state">Passed to <paramref name="compute"/> (lets the caller use a static lambda).</param>
    /// <param name="compute">The pure function being memoised.</param>
    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        var hash = _comparer.GetHashCode(key);
        var slot = (int)(((uint)hash * 0x9E3779B9u) >> _shift);
        var entry = Volatile.Read(ref _slots[slot]);
        if (entry is not null && entry.Hash == hash && _comparer.Equals(entry.Key, key))
        {
            return entry.Value;
        }

        var value = compute(key, state);
        Volatile.Write(ref _slots[slot], new Entry(key, value, hash));
        return value;
    }

    private sealed record Entry(TKey Key, TValue Value, int Hash);
}
