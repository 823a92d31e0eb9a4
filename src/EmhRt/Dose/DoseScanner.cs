using System.Globalization;
using EmhRt.Text;

namespace EmhRt.Doses;

/// <summary>
/// Hand-written scanner for dose and fractionation text (no regex, no allocation on the happy path).
/// Numbers: ASCII digits with an optional point and further digits (or a leading point); no sign, no exponent,
/// no thousands separator; a comma inside a number is an error, never a separator.
/// </summary>
internal ref struct DoseScanner
{
    private readonly string _text;

    public DoseScanner(string text)
    {
        _text = text;
        Position = 0;
    }

    public int Position { get; set; }

    public readonly bool AtEnd => Position >= _text.Length;

    public readonly char Current => Position < _text.Length ? _text[Position] : '\0';

    public readonly string Rest => _text[Position..].Trim();

    public readonly string Text => _text;

    public void SkipWhitespace()
    {
        while (Position < _text.Length && char.IsWhiteSpace(_text[Position]))
        {
            Position++;
        }
    }

    /// <summary>Returns the run of ASCII letters at the position without consuming it; <paramref name="end"/> is where it ends.</summary>
    public ReadOnlySpan<char> PeekWord(out int end)
    {
        end = Position;
        while (end < _text.Length && char.IsAsciiLetter(_text[end]))
        {
            end++;
        }

        return _text.AsSpan(Position, end - Position);
    }

    /// <summary>
    /// Reads an unsigned decimal number: ASCII digits with an optional point followed by at least one digit (<c>2</c>,
    /// <c>2.5</c>, <c>.5</c>); no sign, no exponent, no thousands separator. <paramref name="what"/> ("a dose") and
    /// <paramref name="example"/> ("'20 Gy'") word the messages.
    /// </summary>
    public bool TryReadNumber(string what, out double value, out int start, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error, string? example = null)
    {
        value = 0;
        error = null;
        start = Position;
        var text = _text;
        var i = Position;
        if (i < text.Length && (text[i] == '-' || text[i] == '\u2212') && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.'))
        {
            var end = ScanNumberLike(i + 1);
            error = string.Create(CultureInfo.InvariantCulture, $"'{text[i..end]}' is negative: {what} must not be negative");
            return false;
        }

        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var integerDigits = i - digitsStart;
        if (i < text.Length && text[i] == ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && integerDigits > 0)
        {
            var end = ScanNumberLike(i);
            error = string.Create(CultureInfo.InvariantCulture, $"'{text[start..end]}' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)");
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fractionStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == fractionStart)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"'{text[start..i]}' is not a number: expected digits after the decimal point");
                return false;
            }

            if (i < text.Length && (text[i] == '.' || text[i] == ','))
            {
                var end = ScanNumberLike(i);
                error = string.Create(CultureInfo.InvariantCulture, $"'{text[start..end]}' is not a number: expected one decimal point and no thousands separator");
                return false;
            }
        }
        else if (integerDigits == 0)
        {
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var shown = end > start ? text[start..end] : "end of text";
            error = string.Create(CultureInfo.InvariantCulture, $"'{shown}' is not a number: expected {what} such as {example ?? Example(what)}");
            return false;
        }

        value = double.Parse(text.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"'{text[start..i]}' is too large for {what}");
            return false;
        }

        Position = i;
        return true;
    }

    /// <summary>
    /// Reads a dose: a number followed by an optional unit (<c>Gy</c>, <c>cGy</c>, case-insensitive; a bare number is Gy).
    /// A following word that is not a unit is left unread.
    /// </summary>
    public ParseResult<Dose> ReadDose(out bool hadUnit, string what = "a dose", string? example = null)
    {
        hadUnit = false;
        if (!TryReadNumber(what, out var value, out var start, out var error, example))
        {
            return ParseResult<Dose>.ForError(error, start);
        }

        var afterNumber = Position;
        SkipWhitespace();
        var word = PeekWord(out var end);
        if (word.Equals("gy", StringComparison.OrdinalIgnoreCase))
        {
            Position = end;
            hadUnit = true;
            return ParseResult<Dose>.ForValue(Dose.FromGy(value));
        }

        if (word.Equals("cgy", StringComparison.OrdinalIgnoreCase))
        {
            Position = end;
            hadUnit = true;
            return ParseResult<Dose>.ForValue(Dose.FromCentigray(value));
        }

        Position = afterNumber;
        return ParseResult<Dose>.ForValue(Dose.FromGy(value));
    }

    private static string Example(string what) => what.Contains("fraction", StringComparison.Ordinal) ? "'10'" : "'20 Gy'";

    private readonly int ScanNumberLike(int from)
    {
        var end = from;
        while (end < _text.Length && (char.IsAsciiDigit(_text[end]) || _text[end] == '.' || _text[end] == ','))
        {
            end++;
        }

        return end;
    }
}
