using EmhRt.Spine;

namespace EmhRt.Literature;

/// <summary>
/// Tolerant extraction of the spinal regions a printed lesion span touches, e.g. "T8-T12", "T2–S1", "D5-D8",
/// "T2 to S1", "T5-T10 L3-S1", "T3–8", "C6-Coccyx". A stand-in until the spine parser is merged.
/// </summary>
/// <remarks>
/// Rules: a level is a region letter (C; T, Th or D; L; S) followed by a number, or Co / Cx / Coccyx (digits
/// optional). Every level adds its region. A range, two levels joined by a hyphen, en dash, em dash, slash or
/// the word "to", adds every region between its bounds in cranio-caudal order (so "T2 to S1" includes the lumbar
/// spine); an abbreviated second bound ("T3–8") stays in the first bound's region. Other words ("Cranial",
/// "disc", "and") are ignored. Never throws; returns <see cref="SpineRegions.None"/> when nothing is found.
/// </remarks>
internal static class LesionRegionParser
{
    private static readonly SpineRegions[] Order =
    [
        SpineRegions.Cervical, SpineRegions.Thoracic, SpineRegions.Lumbar, SpineRegions.Sacral, SpineRegions.Coccygeal,
    ];

    private enum TokenKind
    {
        Level,
        Number,
        Separator,
        Space,
        Other,
    }

    public static SpineRegions Extract(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return SpineRegions.None;
        }

        var result = SpineRegions.None;
        var previousLevel = -1;          // region index of the last level seen
        var pendingRangeFrom = -1;       // region index of a level followed by a separator
        var i = 0;
        while (i < text.Length)
        {
            var kind = Next(text, ref i, out var regionIndex);
            switch (kind)
            {
                case TokenKind.Level:
                    result |= Order[regionIndex];
                    if (pendingRangeFrom >= 0)
                    {
                        var lo = Math.Min(pendingRangeFrom, regionIndex);
                        var hi = Math.Max(pendingRangeFrom, regionIndex);
                        for (var r = lo; r <= hi; r++)
                        {
                            result |= Order[r];
                        }
                    }

                    pendingRangeFrom = -1;
                    previousLevel = regionIndex;
                    break;
                case TokenKind.Separator:
                    pendingRangeFrom = previousLevel;
                    previousLevel = -1;
                    break;
                case TokenKind.Space:
                    break;
                case TokenKind.Number:
                    // Abbreviated bound ("T3-8"): same region as the first bound, already added.
                    pendingRangeFrom = -1;
                    previousLevel = -1;
                    break;
                default:
                    pendingRangeFrom = -1;
                    previousLevel = -1;
                    break;
            }
        }

        return result;
    }

    private static TokenKind Next(string text, ref int i, out int regionIndex)
    {
        regionIndex = -1;
        var c = text[i];
        if (char.IsWhiteSpace(c))
        {
            i++;
            return TokenKind.Space;
        }

        if (c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '/')
        {
            i++;
            return TokenKind.Separator;
        }

        if (char.IsAsciiDigit(c))
        {
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            return TokenKind.Number;
        }

        if (char.IsLetter(c))
        {
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            var digitsStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            var hasDigits = i > digitsStart;
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && !hasDigits)
            {
                return TokenKind.Separator;
            }

            regionIndex = RegionOf(word, hasDigits);
            return regionIndex >= 0 ? TokenKind.Level : TokenKind.Other;
        }

        i++;
        return TokenKind.Other;
    }

    private static int RegionOf(ReadOnlySpan<char> word, bool hasDigits)
    {
        if (word.Equals("coccyx", StringComparison.OrdinalIgnoreCase)
            || word.Equals("co", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cx", StringComparison.OrdinalIgnoreCase))
        {
            return 4;
        }

        if (!hasDigits)
        {
            return -1;
        }

        if (word.Equals("c", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (word.Equals("t", StringComparison.OrdinalIgnoreCase)
            || word.Equals("th", StringComparison.OrdinalIgnoreCase)
            || word.Equals("d", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (word.Equals("l", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return word.Equals("s", StringComparison.OrdinalIgnoreCase) ? 3 : -1;
    }
}
