using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EmhRt.Text;

namespace EmhRt.Spine;

/// <summary>
/// Parses and formats the vertebral notation clinicians write: levels (<c>T5</c>, <c>Th5</c>, <c>D5</c>,
/// <c>Co</c>, <c>coccyx</c>), spans (<c>T5-T8</c>, <c>T5–T8</c>, <c>T5 to T8</c>, <c>T3–8</c>), disc levels
/// (<c>T6-7 disc</c>, <c>L5/S1</c>) and lists of spans (<c>T5-T11 and L5-S2</c>).
/// </summary>
/// <remarks>
/// <para>Parsing never throws on user text (including <see langword="null"/>): it returns a
/// <see cref="ParseResult{T}"/> with a message saying what was found and what was expected, and the zero-based
/// position of the problem. Letters are matched case-insensitively and ordinally (culture-independent, so
/// <c>t5</c> parses under tr-TR); surrounding white space is ignored.</para>
/// <para>Accepted grammar:
/// level = region [spaces] number | <c>Co</c> | <c>Cx</c> | <c>coccyx</c>, with region <c>C</c>, <c>T</c>,
/// <c>Th</c>, <c>D</c> (dorsal = thoracic), <c>L</c>, <c>S</c>;
/// span = level [dash level-or-number [<c>disc</c>]] | level <c>/</c> level-or-number, where dash is
/// <c>-</c>, U+2010, U+2011, U+2012, <c>–</c>, <c>—</c>, <c>−</c> or the word <c>to</c>, and a bare number is a
/// level of the first bound's region (<c>T3–8</c> = T3-T8; it must not lie cranial to the first bound);
/// a disc (<c>/</c> or a trailing <c>disc</c>) must join adjacent vertebrae;
/// list = span {separator span}, separator <c>,</c> <c>;</c> <c>+</c> or <c>and</c> (<c>, and</c> too).
/// A reversed span (<c>T8-T5</c>) is normalised to <c>T5-T8</c>; spans keep the order written.</para>
/// <para>T13 and L6 exist only when the anatomy has 13 thoracic or 6 lumbar vertebrae; the error then says which
/// count allows them (a front end names its own option or column for it; the library names none).</para>
/// <para>The scanner is hand-written over <see cref="ReadOnlySpan{T}"/>; a successful parse allocates only the
/// result array.</para>
/// </remarks>
public static class SpineNotation
{
    /// <summary>The expected form, quoted in error messages.</summary>
    public const string ExpectedLevel = "expected a vertebral level such as T5, L1, S2 or Co";

    /// <summary>Parses one vertebral level.</summary>
    /// <param name="text">The text, e.g. <c>T5</c>, <c>th 5</c>, <c>D5</c>, <c>coccyx</c>.</param>
    /// <param name="anatomy">The patient's anatomy, which decides whether T13 or L6 exist.</param>
    public static ParseResult<VertebralLevel> ParseLevel(string? text, SpineAnatomy anatomy) =>
        text is null ? ParseResult<VertebralLevel>.ForError("no text: " + ExpectedLevel, 0) : ParseLevel(text.AsSpan(), anatomy);

    /// <summary>Parses one vertebral level.</summary>
    /// <param name="text">The text, e.g. <c>T5</c>, <c>th 5</c>, <c>D5</c>, <c>coccyx</c>.</param>
    /// <param name="anatomy">The patient's anatomy, which decides whether T13 or L6 exist.</param>
    public static ParseResult<VertebralLevel> ParseLevel(ReadOnlySpan<char> text, SpineAnatomy anatomy)
    {
        var p = new Scanner(text, anatomy);
        p.SkipWhiteSpace();
        if (p.AtEnd)
        {
            return ParseResult<VertebralLevel>.ForError("empty text: " + ExpectedLevel, p.Pos);
        }

        if (!p.TryLevel(out var level, out _))
        {
            return ParseResult<VertebralLevel>.ForError(p.Error!, p.ErrorPos);
        }

        p.SkipWhiteSpace();
        if (!p.AtEnd)
        {
            return ParseResult<VertebralLevel>.ForError(
                Invariant($"unexpected {p.Found(p.Pos)} after {level}: expected a single vertebral level such as T5"), p.Pos);
        }

        return ParseResult<VertebralLevel>.ForValue(level);
    }

    /// <summary>Parses exactly one span (<c>T5-T8</c>, <c>T3–8</c>, <c>L5/S1</c>, <c>T5</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    public static ParseResult<VertebralSpan> ParseSpan(string? text, SpineAnatomy anatomy)
    {
        var spans = ParseSpans(text, anatomy);
        if (!spans.Success)
        {
            return spans.ConvertError<VertebralSpan>();
        }

        return spans.Value.Length == 1
            ? ParseResult<VertebralSpan>.ForValue(spans.Value[0])
            : ParseResult<VertebralSpan>.ForError(
                Invariant($"expected one span such as T5-T8, found {spans.Value.Length} spans"), 0);
    }

    /// <summary>Parses one or more spans, in the order written, each normalised cranial to caudal.</summary>
    /// <param name="text">The text, e.g. <c>T5-T11 and L5-S2</c>, <c>T1-10 and S1-2</c>, <c>L5/S1</c>.</param>
    /// <param name="anatomy">The patient's anatomy, which decides whether T13 or L6 exist.</param>
    public static ParseResult<ImmutableArray<VertebralSpan>> ParseSpans(string? text, SpineAnatomy anatomy) =>
        text is null
            ? ParseResult<ImmutableArray<VertebralSpan>>.ForError("no text: " + ExpectedLevel, 0)
            : ParseSpans(text.AsSpan(), anatomy);

    /// <summary>Parses one or more spans, in the order written, each normalised cranial to caudal.</summary>
    /// <param name="text">The text, e.g. <c>T5-T11 and L5-S2</c>, <c>T1-10 and S1-2</c>, <c>L5/S1</c>.</param>
    /// <param name="anatomy">The patient's anatomy, which decides whether T13 or L6 exist.</param>
    public static ParseResult<ImmutableArray<VertebralSpan>> ParseSpans(ReadOnlySpan<char> text, SpineAnatomy anatomy)
    {
        var p = new Scanner(text, anatomy);
        p.SkipWhiteSpace();
        if (p.AtEnd)
        {
            return ParseResult<ImmutableArray<VertebralSpan>>.ForError("empty text: " + ExpectedLevel, p.Pos);
        }

        Span<VertebralSpan> buffer = stackalloc VertebralSpan[8];
        VertebralSpan[]? heap = null;
        var count = 0;
        while (true)
        {
            if (!p.TrySpan(out var span))
            {
                return ParseResult<ImmutableArray<VertebralSpan>>.ForError(p.Error!, p.ErrorPos);
            }

            if (count == buffer.Length)
            {
                heap = new VertebralSpan[buffer.Length * 2];
                buffer.CopyTo(heap);
                buffer = heap;
            }

            buffer[count++] = span;
            p.SkipWhiteSpace();
            if (p.AtEnd)
            {
                break;
            }

            if (!p.TryListSeparator())
            {
                return ParseResult<ImmutableArray<VertebralSpan>>.ForError(p.Error!, p.ErrorPos);
            }
        }

        return ParseResult<ImmutableArray<VertebralSpan>>.ForValue(ImmutableArray.Create<VertebralSpan>(buffer[..count]));
    }

    /// <summary>Canonical text of a list of spans: <c>T5-T11, L5-S2</c>; round-trips through <see cref="ParseSpans(string?, SpineAnatomy)"/>.</summary>
    /// <param name="spans">The spans, in the order to write them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="spans"/> is null.</exception>
    public static string Format(IEnumerable<VertebralSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var sb = new StringBuilder();
        foreach (var span in spans)
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }

            sb.Append(span.ToString());
        }

        return sb.ToString();
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private enum Word
    {
        Unknown,
        Cervical,
        Thoracic,
        Lumbar,
        Sacral,
        Coccyx,
        To,
        And,
        Disc,
    }

    private ref struct Scanner
    {
        private readonly ReadOnlySpan<char> _s;
        private readonly SpineAnatomy _anatomy;

        public Scanner(ReadOnlySpan<char> s, SpineAnatomy anatomy)
        {
            _s = s;
            _anatomy = anatomy;
        }

        public int Pos;
        public string? Error;
        public int ErrorPos;

        public readonly bool AtEnd => Pos >= _s.Length;

        public void SkipWhiteSpace()
        {
            while (Pos < _s.Length && char.IsWhiteSpace(_s[Pos]))
            {
                Pos++;
            }
        }

        private bool Fail(string message, int position)
        {
            Error = message;
            ErrorPos = position;
            return false;
        }

        private static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

        private readonly int LetterRunLength(int at)
        {
            var i = at;
            while (i < _s.Length && IsAsciiLetter(_s[i]))
            {
                i++;
            }

            return i - at;
        }

        private static Word Classify(ReadOnlySpan<char> w)
        {
            static bool Is(ReadOnlySpan<char> w, string s) => w.Equals(s, StringComparison.OrdinalIgnoreCase);
            return w.Length switch
            {
                1 => (w[0] | 0x20) switch
                {
                    'c' => Word.Cervical,
                    't' or 'd' => Word.Thoracic,
                    'l' => Word.Lumbar,
                    's' => Word.Sacral,
                    _ => Word.Unknown,
                },
                _ when Is(w, "th") => Word.Thoracic,
                _ when Is(w, "co") || Is(w, "cx") || Is(w, "coccyx") => Word.Coccyx,
                _ when Is(w, "to") => Word.To,
                _ when Is(w, "and") => Word.And,
                _ when Is(w, "disc") || Is(w, "disk") => Word.Disc,
                _ => Word.Unknown,
            };
        }

        private readonly Word WordAt(int at, out int length)
        {
            length = LetterRunLength(at);
            return length == 0 ? Word.Unknown : Classify(_s.Slice(at, length));
        }

        /// <summary>Describes what is at a position, for messages: 'T5x', '#' or "the end of the text".</summary>
        public readonly string Found(int at)
        {
            if (at >= _s.Length)
            {
                return "the end of the text";
            }

            var c = _s[at];
            if (char.IsAsciiLetterOrDigit(c))
            {
                var end = at;
                while (end < _s.Length && end - at < 20 && char.IsAsciiLetterOrDigit(_s[end]))
                {
                    end++;
                }

                return "'" + _s[at..end].ToString() + "'";
            }

            if (char.IsHighSurrogate(c) && at + 1 < _s.Length && char.IsLowSurrogate(_s[at + 1]))
            {
                // A whole code point outside the BMP (an emoji): name it, not its first UTF-16 half.
                var scalar = char.ConvertToUtf32(c, _s[at + 1]);
                return Invariant($"'{_s.Slice(at, 2).ToString()}' (U+{scalar:X4})");
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c))
            {
                return Invariant($"character U+{(int)c:X4}");
            }

            return "'" + c + "'";
        }

        private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

        public bool TryLevel(out VertebralLevel level, out int start)
        {
            level = default;
            start = Pos;
            if (AtEnd)
            {
                return Fail(ExpectedLevel + ", found the end of the text", Pos);
            }

            var word = WordAt(Pos, out var length);
            SpineRegion region;
            switch (word)
            {
                case Word.Coccyx:
                    Pos += length;
                    if (Pos < _s.Length && char.IsAsciiDigit(_s[Pos]))
                    {
                        return Fail(Invariant($"the coccyx is one level, written Co; found {Found(start)}"), start);
                    }

                    level = VertebralLevel.Coccyx;
                    return true;
                case Word.Cervical: region = SpineRegion.Cervical; break;
                case Word.Thoracic: region = SpineRegion.Thoracic; break;
                case Word.Lumbar: region = SpineRegion.Lumbar; break;
                case Word.Sacral: region = SpineRegion.Sacral; break;
                case Word.Unknown when length > 0:
                    return Fail(Invariant($"unknown vertebral level {Found(start)}: {ExpectedLevel}"), start);
                default:
                    return Fail(Invariant($"{ExpectedLevel}, found {Found(start)}"), start);
            }

            var regionText = _s.Slice(start, length).ToString();
            Pos += length;
            SkipWhiteSpace();
            if (AtEnd || !char.IsAsciiDigit(_s[Pos]))
            {
                return Fail(
                    Invariant($"expected a level number after '{regionText}' (such as {VertebralLevel.Prefix(region)}5), found {Found(Pos)}"),
                    Pos);
            }

            return TryNumber(region, start, out level);
        }

        /// <summary>Reads digits at Pos and checks the level exists in the anatomy.</summary>
        private bool TryNumber(SpineRegion region, int levelStart, out VertebralLevel level)
        {
            level = default;
            var digitsStart = Pos;
            var value = 0;
            while (Pos < _s.Length && char.IsAsciiDigit(_s[Pos]))
            {
                value = Math.Min(value * 10 + (_s[Pos] - '0'), 1000);
                Pos++;
            }

            var written = VertebralLevel.Prefix(region) + _s[digitsStart..Pos].ToString();
            if (Pos < _s.Length && IsAsciiLetter(_s[Pos]) && WordAt(Pos, out _) is Word.Unknown)
            {
                return Fail(Invariant($"unexpected {Found(Pos)} after {written}: {ExpectedLevel}"), Pos);
            }

            var message = NumberError(region, value, written, _anatomy);
            if (message is not null)
            {
                return Fail(message, levelStart);
            }

            level = VertebralLevel.Unchecked(region, value);
            return true;
        }

        private static string? NumberError(SpineRegion region, int number, string written, SpineAnatomy anatomy)
        {
            var max = anatomy.CountOf(region);
            if (number >= 1 && number <= max)
            {
                return null;
            }

            switch (region)
            {
                case SpineRegion.Thoracic when number <= VertebralLevel.MaxThoracicNumber && number >= 12:
                    return Invariant(
                        $"{written} exists only with {number} or more thoracic vertebrae; this spine has {anatomy.ThoracicCount}, so thoracic levels are T1 to T{max}")
                        .Replace($"with 13 or more", "with 13", StringComparison.Ordinal);
                case SpineRegion.Lumbar when number <= VertebralLevel.MaxLumbarNumber && number >= 5:
                    return Invariant(
                        $"{written} exists only with {number} or more lumbar vertebrae; this spine has {anatomy.LumbarCount}, so lumbar levels are L1 to L{max}")
                        .Replace($"with 6 or more", "with 6", StringComparison.Ordinal);
                case SpineRegion.Thoracic:
                    return Invariant($"{written} does not exist: thoracic levels are T1 to T{max} (T13 only with 13 thoracic vertebrae)");
                case SpineRegion.Lumbar:
                    return Invariant($"{written} does not exist: lumbar levels are L1 to L{max} (L6 only with 6 lumbar vertebrae)");
                case SpineRegion.Cervical:
                    return Invariant($"{written} does not exist: cervical levels are C1 to C7");
                default:
                    return Invariant($"{written} does not exist: sacral levels are S1 to S5, then the coccyx Co");
            }
        }

        /// <summary>The second bound after a dash or slash: a full level or a bare number in the first bound's region.</summary>
        private bool TryBound(VertebralLevel first, int separatorPos, string separator, out VertebralLevel level)
        {
            level = default;
            SkipWhiteSpace();
            if (AtEnd)
            {
                return Fail(Invariant($"'{separator}' must be followed by the second level, such as T8 or 8; found the end of the text"), separatorPos);
            }

            if (!char.IsAsciiDigit(_s[Pos]))
            {
                return TryLevel(out level, out _);
            }

            var start = Pos;
            if (first.Region == SpineRegion.Coccygeal)
            {
                return Fail(Invariant($"a bare number cannot follow Co: write the second level in full, such as S5-Co; found {Found(start)}"), start);
            }

            if (!TryNumber(first.Region, start, out level))
            {
                return false;
            }

            if (level < first)
            {
                return Fail(
                    Invariant($"the abbreviated second level {level} lies cranial to {first}: write both levels in full, such as {first}-L1"),
                    start);
            }

            return true;
        }

        public bool TrySpan(out VertebralSpan span)
        {
            span = default;
            if (!TryLevel(out var first, out var firstPos))
            {
                return false;
            }

            SkipWhiteSpace();
            if (AtEnd)
            {
                span = VertebralSpan.Single(first);
                return true;
            }

            var c = _s[Pos];
            var sepPos = Pos;
            var word = WordAt(Pos, out var wordLength);
            bool isDisc;
            string separator;
            if (IsDash(c))
            {
                separator = c.ToString();
                Pos++;
                isDisc = false;
            }
            else if (word == Word.To)
            {
                separator = _s.Slice(Pos, wordLength).ToString();
                Pos += wordLength;
                isDisc = false;
            }
            else if (c == '/')
            {
                separator = "/";
                Pos++;
                isDisc = true;
            }
            else if (word == Word.Disc)
            {
                return Fail(Invariant($"a disc lies between two adjacent vertebrae: write it as {first}/{NextOrSelf(first)} or {first}-{NextOrSelf(first)} disc"), sepPos);
            }
            else
            {
                span = VertebralSpan.Single(first);
                return true;
            }

            if (!TryBound(first, sepPos, separator, out var second))
            {
                return false;
            }

            var afterBound = Pos;
            SkipWhiteSpace();
            if (!AtEnd && WordAt(Pos, out var discLength) == Word.Disc && !isDisc)
            {
                Pos += discLength;
                isDisc = true;
            }
            else
            {
                Pos = afterBound;
            }

            if (isDisc && Math.Abs(_anatomy.IndexOf(second) - _anatomy.IndexOf(first)) != 1)
            {
                return Fail(
                    Invariant($"a disc joins two adjacent vertebrae, but {first} and {second} are not adjacent; expected a disc level such as T6/T7, L5/S1 or T6-7 disc"),
                    firstPos);
            }

            span = VertebralSpan.Create(first, second);
            return true;
        }

        private readonly VertebralLevel NextOrSelf(VertebralLevel level) =>
            _anatomy.TryStep(level, 1, out var next) ? next : level;

        public bool TryListSeparator()
        {
            var sepPos = Pos;
            var c = _s[Pos];
            string separator;
            if (c is ',' or ';' or '+')
            {
                separator = c.ToString();
                Pos++;
                SkipWhiteSpace();
                if (c != '+' && !AtEnd && WordAt(Pos, out var andLength) == Word.And)
                {
                    separator += " and";
                    Pos += andLength;
                }
            }
            else if (WordAt(Pos, out var length) == Word.And)
            {
                separator = _s.Slice(Pos, length).ToString();
                Pos += length;
            }
            else
            {
                return Fail(Invariant($"expected ',', ';', '+' or 'and' between spans, found {Found(Pos)}"), Pos);
            }

            SkipWhiteSpace();
            if (AtEnd)
            {
                return Fail(Invariant($"'{separator}' must be followed by another span, such as L5-S2; found the end of the text"), sepPos);
            }

            return true;
        }
    }
}
