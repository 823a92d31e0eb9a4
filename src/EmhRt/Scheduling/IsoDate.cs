using System.Globalization;
using EmhRt.Text;

namespace EmhRt.Scheduling;

/// <summary>ISO 8601 calendar dates in the one accepted form <c>YYYY-MM-DD</c> (e.g. 2026-12-01).</summary>
public static class IsoDate
{
    /// <summary>Parses <c>YYYY-MM-DD</c> exactly (surrounding whitespace ignored); anything else is an input error. Never throws.</summary>
    /// <param name="text">The text.</param>
    public static ParseResult<DateOnly> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<DateOnly>.ForError("no date given: expected YYYY-MM-DD, e.g. 2026-12-01", 0);
        }

        var lead = 0;
        while (char.IsWhiteSpace(text[lead]))
        {
            lead++;
        }

        return Parse(text.AsSpan().Trim(), lead);
    }

    /// <summary>Formats as <c>YYYY-MM-DD</c> (invariant).</summary>
    /// <param name="date">The date.</param>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static ParseResult<DateOnly> Parse(ReadOnlySpan<char> s, int offset)
    {
        var shape = s.Length == 10 && s[4] == '-' && s[7] == '-';
        for (var i = 0; shape && i < 10; i++)
        {
            if (i != 4 && i != 7 && !char.IsAsciiDigit(s[i]))
            {
                shape = false;
            }
        }

        if (!shape)
        {
            return ParseResult<DateOnly>.ForError("'" + s.ToString() + "' is not a date: expected YYYY-MM-DD, e.g. 2026-12-01", offset);
        }

        var year = Digits(s[..4]);
        var month = Digits(s.Slice(5, 2));
        var day = Digits(s.Slice(8, 2));
        if (year < 1 || month < 1 || month > 12)
        {
            return ParseResult<DateOnly>.ForError("'" + s.ToString() + "' is not a date: the month must be 01–12 and the year 0001–9999", offset);
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            return ParseResult<DateOnly>.ForError(
                FormattableString.Invariant($"'{s.ToString()}' is not a date: {year:D4}-{month:D2} has days 01–{daysInMonth}"), offset + 8);
        }

        return ParseResult<DateOnly>.ForValue(new DateOnly(year, month, day));
    }

    private static int Digits(ReadOnlySpan<char> s)
    {
        var value = 0;
        foreach (var c in s)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
