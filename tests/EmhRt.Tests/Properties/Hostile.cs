namespace EmhRt.Tests.Properties;

/// <summary>
/// Hostile strings for the "parsers never throw" properties (issue 19): a valid input of the parser's family mutated a
/// few times (a hostile token inserted, a range deleted or duplicated, a code unit replaced, the text cut or its case
/// changed), or a random run of UTF-16 code units. Built from <see cref="Draw"/> choices, so a failure shrinks to the
/// valid input with the fewest and simplest mutations.
/// </summary>
internal static class Hostile
{
    /// <summary>
    /// Tokens inserted: control characters, line breaks, spaces and invisible characters, unpaired surrogates, non-ASCII
    /// letters and digits, dashes and separators, huge and tiny numbers, number spellings .NET would accept, units,
    /// JSON and CSV syntax, extreme dates, a long run of digits.
    /// </summary>
    public static readonly string[] Tokens =
    [
        "\0", "\u0001", "\u001B[2J", "\u001B]0;x\u0007", "\u007F", "\u0085", "\r", "\n", "\r\n", "\t", "\v", "\f",
        "\u00A0", "\u2007", "\u2028", "\u200B", "\u200E", "\u202E", "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDC00", "😀",
        "\u0301", "İ", "ı", "ß", "Ⅻ", "５", "٥", "٫", "०", "½", "²", "−", "–", "—", "‐", "﹣", ",", ";", "|", "@", ":", "/",
        "-", "+", ".", "..", "_", " ", "   ", "x", "X", "×", "e", "E", "e308", "e-320", "1e308", "1.797e308", "1e-320",
        "4.9e-324", "-0", "0", "0x1F", "1_000", "1,5", "00000000000000000000001", "99999999999999999999", "2147483647",
        "2147483648", "-2147483649", "9223372036854775808", "NaN", "Infinity", "-Infinity", "∞", "Gy", "cGy", "mGy",
        "Gray", "mm", "cm", "y", "years", "T", "L", "S", "C", "Co", "to", "and", "in", "of", "fractions", "#", "\"", "\"\"",
        "\\", "\\u0000", "\\ud800", "'", "{", "}", "[", "]", "{}", "[]", "null", "true", "9999-12-31", "0001-01-01",
        "2026-02-29", "2024-02-29", "10000-01-01", new string('9', 400), new string(' ', 100),
    ];

    /// <summary>A mutated valid input (2 in 3) or random code units (1 in 3).</summary>
    public static Draw<string> Strings(params string[] seeds) => Draw.OneOf(Mutated(seeds), Mutated(seeds), RandomText);

    /// <summary>One of <paramref name="seeds"/> after 0 to 6 mutations; shrinks toward the first seed unchanged.</summary>
    public static Draw<string> Mutated(params string[] seeds) =>
        from seed in Draw.Elements(seeds)
        from n in Draw.Choose(0, 6)
        from ops in Draw.ArrayOf(Mutation, n)
        select ops.Aggregate(seed, (text, op) => op(text));

    /// <summary>0 to 40 UTF-16 code units, any of them (surrogates, controls, unassigned).</summary>
    public static Draw<string> RandomText { get; } =
        from n in Draw.Choose(0, 40)
        from units in Draw.ArrayOf(Draw.OneOf(Draw.Choose(32, 126), Draw.Choose(0, 0xFFFF)), n)
        select new string(units.Select(u => (char)u).ToArray());

    private static Draw<Func<string, string>> Mutation { get; } = Draw.OneOf(
        from token in Draw.Elements(Tokens)
        from at in Draw.Choose(0, 4096)
        select (Func<string, string>)(s => s.Insert(at % (s.Length + 1), token)),
        from at in Draw.Choose(0, 4096)
        from length in Draw.Choose(1, 16)
        select (Func<string, string>)(s => s.Length == 0 ? s : s.Remove(at % s.Length, Math.Min(length, s.Length - (at % s.Length)))),
        from at in Draw.Choose(0, 4096)
        from unit in Draw.Choose(0, 0xFFFF)
        select (Func<string, string>)(s => s.Length == 0 ? s : s[..(at % s.Length)] + (char)unit + s[((at % s.Length) + 1)..]),
        from at in Draw.Choose(0, 4096)
        from length in Draw.Choose(1, 64)
        from copies in Draw.Choose(1, 3)
        select (Func<string, string>)(s =>
        {
            if (s.Length == 0)
            {
                return s;
            }

            var start = at % s.Length;
            var piece = s.Substring(start, Math.Min(length, s.Length - start));
            return s.Insert(start, string.Concat(Enumerable.Repeat(piece, copies)));
        }),
        from at in Draw.Choose(0, 4096)
        select (Func<string, string>)(s => s[..(at % (s.Length + 1))]),
        from upper in Draw.Elements(false, true)
        select (Func<string, string>)(s => upper ? s.ToUpperInvariant() : s.ToLowerInvariant()));
}
