namespace EmhRt.Text;

/// <summary>Levenshtein distance ignoring case, for "did you mean …?" suggestions (protocol properties, CLI options).</summary>
internal static class EditDistance
{
    /// <summary>The number of single-character insertions, deletions and substitutions that turn <paramref name="a"/> into <paramref name="b"/>, case ignored (invariant).</summary>
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The known name closest to <paramref name="name"/> (case ignored), or null when none is within a third of the longer length (at least 2).</summary>
    public static string? Nearest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var d = Between(name, candidate);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        var limit = Math.Max(2, Math.Max(name.Length, best?.Length ?? 0) / 3);
        return bestDistance <= limit ? best : null;
    }
}
