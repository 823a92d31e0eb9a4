using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EmhRt.Text;

namespace EmhRt.Scheduling;

/// <summary>Dates on which no fraction is given (public holidays, machine service days). Immutable, sorted, distinct.</summary>
public sealed class HolidayList
{
    private readonly HashSet<DateOnly> _set;

    private HolidayList(ImmutableArray<DateOnly> dates)
    {
        Dates = dates;
        _set = [.. dates];
    }

    /// <summary>No holidays.</summary>
    public static HolidayList Empty { get; } = new([]);

    /// <summary>The dates, ascending, without duplicates.</summary>
    public ImmutableArray<DateOnly> Dates { get; }

    /// <summary>Number of dates.</summary>
    public int Count => Dates.Length;

    /// <summary>Creates a list from dates (duplicates removed, sorted).</summary>
    /// <param name="dates">The dates.</param>
    public static HolidayList From(IEnumerable<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var sorted = new SortedSet<DateOnly>(dates);
        return sorted.Count == 0 ? Empty : new HolidayList([.. sorted]);
    }

    /// <summary>Whether <paramref name="date"/> is a holiday.</summary>
    /// <param name="date">The date.</param>
    public bool Contains(DateOnly date) => _set.Contains(date);

    /// <summary>
    /// Parses one ISO date (YYYY-MM-DD) per line; blank lines and <c>#</c> comments (whole-line or after the date) are
    /// allowed. On failure the message lists every bad line by number ("line 3: ..."), and the position is the
    /// character offset of the first problem. Never throws.
    /// </summary>
    /// <param name="text">The text.</param>
    public static ParseResult<HolidayList> Parse(string? text)
    {
        if (text is null)
        {
            return ParseResult<HolidayList>.ForValue(Empty);
        }

        using var reader = new StringReader(text);
        return Parse(reader);
    }

    /// <summary>Parses a holiday list from a reader (see <see cref="Parse(string?)"/>). I/O exceptions of the reader propagate.</summary>
    /// <param name="reader">The reader.</param>
    public static ParseResult<HolidayList> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var dates = new SortedSet<DateOnly>();
        StringBuilder? errors = null;
        var firstErrorPosition = -1;
        var lineNumber = 0;
        var offset = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var content = line.AsSpan();
            var hash = content.IndexOf('#');
            if (hash >= 0)
            {
                content = content[..hash];
            }

            var lead = 0;
            while (lead < content.Length && char.IsWhiteSpace(content[lead]))
            {
                lead++;
            }

            var trimmed = content.Trim();
            if (!trimmed.IsEmpty)
            {
                var date = IsoDate.Parse(trimmed, 0);
                if (date.Success)
                {
                    dates.Add(date.Value);
                }
                else
                {
                    errors ??= new StringBuilder();
                    if (errors.Length > 0)
                    {
                        errors.Append("; ");
                    }

                    errors.Append(CultureInfo.InvariantCulture, $"line {lineNumber}: {date.Error}");
                    if (firstErrorPosition < 0)
                    {
                        firstErrorPosition = offset + lead + date.Position;
                    }
                }
            }

            offset += line.Length + 1;
        }

        if (errors is not null)
        {
            return ParseResult<HolidayList>.ForError(errors.ToString(), firstErrorPosition);
        }

        return ParseResult<HolidayList>.ForValue(dates.Count == 0 ? Empty : new HolidayList([.. dates]));
    }
}
