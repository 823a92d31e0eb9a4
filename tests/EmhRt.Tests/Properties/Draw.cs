using FsCheck;
using FsCheck.Fluent;

namespace EmhRt.Tests.Properties;

/// <summary>
/// A generator written like a FsCheck <c>Gen</c> (LINQ over <see cref="Draw.Choose"/>, <see cref="Draw.Elements{T}"/>,
/// <see cref="Draw.ListOf{T}"/>…) whose <see cref="Arbitrary"/> shrinks: every value is built from a recorded sequence of
/// bounded integer choices, and shrinking replays the recipe on simpler choice sequences (each choice toward zero or the
/// bound nearest to it, list lengths toward zero, choices deleted). A plain <c>Gen</c> turned into an <c>Arbitrary</c> would not shrink.
/// </summary>
/// <typeparam name="T">The generated value.</typeparam>
internal sealed class Draw<T>
{
    private readonly Func<DrawSource, T> run;

    public Draw(Func<DrawSource, T> run) => this.run = run;

    public T Run(DrawSource source) => run(source);

    public Draw<TResult> Select<TResult>(Func<T, TResult> selector) => new(s => selector(Run(s)));

    public Draw<TResult> SelectMany<TNext, TResult>(Func<T, Draw<TNext>> next, Func<T, TNext, TResult> selector) =>
        new(s =>
        {
            var first = Run(s);
            return selector(first, next(first).Run(s));
        });

    /// <summary>The arbitrary: generation as the recipe says (sized like FsCheck's lists), shrinking over the choices.</summary>
    public Arbitrary<Sample<T>> ToArbitrary() =>
        Arb.From(
            Gen.Sized(size => Gen.Choose(0, int.MaxValue - 1).Select(seed => Replay(DrawSource.Random(seed, size)))),
            Shrink);

    private Sample<T> Replay(DrawSource source)
    {
        var value = Run(source);
        return new Sample<T>(value, source.Recorded, source.Size);
    }

    private IEnumerable<Sample<T>> Shrink(Sample<T> sample)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in Candidates(sample.Choices))
        {
            var replayed = Replay(DrawSource.FromChoices(candidate, sample.Size));
            // Only strictly simpler choice sequences: shrinking always ends.
            if (DrawChoice.IsSimpler(replayed.Choices, sample.Choices) && seen.Add(DrawChoice.Key(replayed.Choices)))
            {
                yield return replayed;
            }
        }
    }

    private static IEnumerable<int[]> Candidates(IReadOnlyList<DrawChoice> choices)
    {
        var values = choices.Select(c => c.Value).ToArray();

        // Delete blocks of choices (drops list elements), largest first.
        for (var block = Math.Min(8, values.Length); block >= 1; block /= 2)
        {
            for (var start = 0; start + block <= values.Length; start++)
            {
                yield return [.. values[..start], .. values[(start + block)..]];
            }
        }

        // Move each choice toward its target: the target itself, then halfway, then one step.
        for (var i = 0; i < choices.Count; i++)
        {
            var (value, target) = (choices[i].Value, choices[i].Target);
            if (value == target)
            {
                continue;
            }

            foreach (var smaller in new[] { target, target + ((value - target) / 2), value - Math.Sign(value - target) }.Distinct())
            {
                var copy = (int[])values.Clone();
                copy[i] = smaller;
                yield return copy;
            }
        }
    }
}

/// <summary>A generated value with the choices it was built from; prints as the value.</summary>
public sealed class Sample<T>
{
    public Sample(T value, IReadOnlyList<DrawChoice> choices, int size)
    {
        Value = value;
        Choices = choices;
        Size = size;
    }

    public T Value { get; }

    public IReadOnlyList<DrawChoice> Choices { get; }

    public int Size { get; }

    public override string ToString() => Show(Value);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        System.Runtime.CompilerServices.ITuple t => "(" + string.Join(", ", Enumerable.Range(0, t.Length).Select(i => Show(t[i]))) + ")",
        System.Collections.IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>One bounded integer choice and the value it shrinks toward.</summary>
public readonly record struct DrawChoice(int Value, int Target)
{
    public static bool IsSimpler(IReadOnlyList<DrawChoice> candidate, IReadOnlyList<DrawChoice> current)
    {
        if (candidate.Count != current.Count)
        {
            return candidate.Count < current.Count;
        }

        for (var i = 0; i < candidate.Count; i++)
        {
            var a = Math.Abs((long)candidate[i].Value - candidate[i].Target);
            var b = Math.Abs((long)current[i].Value - current[i].Target);
            if (a != b)
            {
                return a < b;
            }
        }

        return false;
    }

    public static string Key(IReadOnlyList<DrawChoice> choices) => string.Join(',', choices.Select(c => c.Value));
}

/// <summary>Where choices come from: a seeded stream while generating, a recorded sequence while shrinking.</summary>
internal sealed class DrawSource
{
    private readonly int[]? replay;
    private readonly List<DrawChoice> recorded = [];
    private ulong state;
    private int position;

    private DrawSource(ulong seed, int[]? replay, int size)
    {
        state = seed;
        this.replay = replay;
        Size = size;
    }

    /// <summary>FsCheck's size: the upper bound of list lengths, as for <c>Gen.ListOf</c>.</summary>
    public int Size { get; }

    public IReadOnlyList<DrawChoice> Recorded => recorded;

    public static DrawSource Random(int seed, int size) => new((ulong)seed, null, size);

    public static DrawSource FromChoices(int[] choices, int size) => new(0, choices, size);

    /// <summary>
    /// A uniform integer in [low, high] that shrinks toward zero, or toward the bound nearest zero when zero is out of range;
    /// replayed choices are clamped to the bounds, missing ones are that target.
    /// </summary>
    public int Int(int low, int high)
    {
        var target = Math.Clamp(0, low, high);
        int value;
        if (replay is null)
        {
            value = (int)(low + (long)(Next() % (ulong)((long)high - low + 1)));
        }
        else
        {
            value = position < replay.Length ? Math.Clamp(replay[position], low, high) : target;
            position++;
        }

        recorded.Add(new DrawChoice(value, target));
        return value;
    }

    // SplitMix64: deterministic from FsCheck's seed, so a reported seed replays the same values.
    private ulong Next()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>The shrinking counterparts of FsCheck's <c>Gen.Choose</c>, <c>Gen.Elements</c>, <c>Gen.ListOf</c>…</summary>
internal static class Draw
{
    /// <summary>Like <c>Gen.Choose(low, high)</c>; shrinks toward zero (or the bound nearest zero).</summary>
    public static Draw<int> Choose(int low, int high) => new(s => s.Int(low, high));

    /// <summary>Like <c>Gen.Elements</c>; shrinks toward the first element.</summary>
    public static Draw<T> Elements<T>(params T[] items) => new(s => items[s.Int(0, items.Length - 1)]);

    /// <summary>Like <c>Gen.ArrayOf(d, n)</c>.</summary>
    public static Draw<T[]> ArrayOf<T>(Draw<T> item, int count) => new(s =>
    {
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = item.Run(s);
        }

        return items;
    });

    /// <summary>Like <c>Gen.ArrayOf(d)</c>: a length from 0 to the size; shrinks toward shorter arrays.</summary>
    public static Draw<T[]> ArrayOf<T>(Draw<T> item) => new(s => ArrayOf(item, s.Int(0, s.Size)).Run(s));

    /// <summary>Like <c>Gen.ListOf(d)</c>: a length from 0 to the size; shrinks toward shorter lists.</summary>
    public static Draw<List<T>> ListOf<T>(Draw<T> item) => ArrayOf(item).Select(a => a.ToList());

    /// <summary>Like <c>Gen.Zip</c>.</summary>
    public static Draw<(T1, T2)> Zip<T1, T2>(Draw<T1> first, Draw<T2> second) => new(s => (first.Run(s), second.Run(s)));

    /// <summary>Like <c>Gen.OneOf</c>; shrinks toward the first alternative.</summary>
    public static Draw<T> OneOf<T>(params Draw<T>[] alternatives) => new(s => alternatives[s.Int(0, alternatives.Length - 1)].Run(s));
}
