using System.Collections.Immutable;
using System.Text;
using EmhRt.Text;

namespace EmhRt.Scheduling;

/// <summary>
/// The days of the week on which fractions are given; never empty. <c>default(TreatmentDays)</c> is Monday–Friday
/// (<see cref="MondayToFriday"/>), the classical five fractions a week (clinical-facts §2).
/// </summary>
public readonly struct TreatmentDays : IEquatable<TreatmentDays>
{
    private const int WeekdayMask = 0b0111110; // bits by (int)DayOfWeek: Sunday = 0 … Saturday = 6
    private static readonly string[] ShortNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    // Stored XOR the Monday–Friday mask so that default(TreatmentDays) means Monday–Friday.
    private readonly byte _maskXorWeekdays;

    private TreatmentDays(int mask) => _maskXorWeekdays = (byte)(mask ^ WeekdayMask);

    /// <summary>Monday to Friday (the default).</summary>
    public static TreatmentDays MondayToFriday => default;

    /// <summary>Number of treatment days per week (1–7).</summary>
    public int Count => System.Numerics.BitOperations.PopCount((uint)Mask);

    /// <summary>The days, Monday first.</summary>
    public ImmutableArray<DayOfWeek> Days
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<DayOfWeek>(Count);
            for (var i = 1; i <= 7; i++)
            {
                var day = (DayOfWeek)(i % 7);
                if (Contains(day))
                {
                    builder.Add(day);
                }
            }

            return builder.MoveToImmutable();
        }
    }

    internal int Mask => _maskXorWeekdays ^ WeekdayMask;

    /// <summary>Creates a set of treatment days.</summary>
    /// <param name="days">At least one day.</param>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty or holds an undefined value.</exception>
    public static TreatmentDays FromDays(IEnumerable<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var mask = 0;
        foreach (var day in days)
        {
            if (day < DayOfWeek.Sunday || day > DayOfWeek.Saturday)
            {
                throw new ArgumentException("Undefined day of week.", nameof(days));
            }

            mask |= 1 << (int)day;
        }

        return mask == 0 ? throw new ArgumentException("At least one treatment day is needed.", nameof(days)) : new TreatmentDays(mask);
    }

    /// <summary>Whether fractions are given on <paramref name="day"/>.</summary>
    /// <param name="day">The day of the week.</param>
    public bool Contains(DayOfWeek day) => (Mask & (1 << (int)day)) != 0;

    /// <summary>
    /// Parses days: <c>Mon-Fri</c>, <c>mon,tue,thu</c>, <c>Mon-Thu</c>, <c>Monday-Friday</c>, <c>Mon, Wed, Fri</c>
    /// (three-letter or full English names, case-insensitive; ranges run forward from Monday to Sunday). Never throws.
    /// </summary>
    /// <param name="text">The text.</param>
    public static ParseResult<TreatmentDays> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<TreatmentDays>.ForError("no treatment days given: expected e.g. 'Mon-Fri' or 'Mon,Tue,Thu'", 0);
        }

        var mask = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var comma = text.IndexOf(',', start);
            var end = comma < 0 ? text.Length : comma;
            var item = text.AsSpan(start, end - start);
            var lead = CountLeadingWhitespace(item);
            var itemStart = start + lead;
            item = item.Trim();
            if (item.IsEmpty)
            {
                return ParseResult<TreatmentDays>.ForError("empty entry in the list of days: expected e.g. 'Mon,Tue,Thu'", itemStart);
            }

            var dash = item.IndexOfAny('-', '\u2013');
            if (dash >= 0)
            {
                var left = item[..dash];
                var right = item[(dash + 1)..];
                var rightStart = itemStart + dash + 1 + CountLeadingWhitespace(right);
                if (!TryDay(left.Trim(), out var from))
                {
                    return UnknownDay(left.Trim(), itemStart);
                }

                if (!TryDay(right.Trim(), out var to))
                {
                    return UnknownDay(right.Trim(), rightStart);
                }

                var fromIndex = MondayFirst(from);
                var toIndex = MondayFirst(to);
                if (toIndex < fromIndex)
                {
                    return ParseResult<TreatmentDays>.ForError(
                        "'" + item.ToString() + "' runs backwards: a range must run forward within Monday–Sunday, e.g. 'Mon-Fri'", itemStart);
                }

                for (var i = fromIndex; i <= toIndex; i++)
                {
                    mask |= 1 << ((i + 1) % 7);
                }
            }
            else
            {
                if (!TryDay(item, out var day))
                {
                    return UnknownDay(item, itemStart);
                }

                mask |= 1 << (int)day;
            }

            if (comma < 0)
            {
                break;
            }

            start = comma + 1;
        }

        return ParseResult<TreatmentDays>.ForValue(new TreatmentDays(mask));
    }

    /// <summary>Invariant compact text, Monday first, runs of three or more as ranges: "Mon-Fri", "Mon,Tue,Thu".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < 7)
        {
            if (!Contains((DayOfWeek)((i + 1) % 7)))
            {
                i++;
                continue;
            }

            var j = i;
            while (j + 1 < 7 && Contains((DayOfWeek)((j + 2) % 7)))
            {
                j++;
            }

            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            sb.Append(ShortNames[(i + 1) % 7]);
            if (j - i >= 2)
            {
                sb.Append('-').Append(ShortNames[(j + 1) % 7]);
                i = j + 1;
            }
            else
            {
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>Same set of days.</summary>
    /// <param name="other">The other set.</param>
    public bool Equals(TreatmentDays other) => _maskXorWeekdays == other._maskXorWeekdays;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TreatmentDays other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _maskXorWeekdays;

    /// <summary>Same set of days.</summary>
    public static bool operator ==(TreatmentDays left, TreatmentDays right) => left.Equals(right);

    /// <summary>Different sets of days.</summary>
    public static bool operator !=(TreatmentDays left, TreatmentDays right) => !left.Equals(right);

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    private static int CountLeadingWhitespace(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && char.IsWhiteSpace(s[n]))
        {
            n++;
        }

        return n;
    }

    private static ParseResult<TreatmentDays> UnknownDay(ReadOnlySpan<char> word, int position) =>
        ParseResult<TreatmentDays>.ForError(
            "'" + (word.IsEmpty ? string.Empty : word.ToString()) + "' is not a day: expected Mon, Tue, Wed, Thu, Fri, Sat, Sun or the full English name",
            position);

    private static bool TryDay(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        for (var i = 0; i < 7; i++)
        {
            var full = ((DayOfWeek)i).ToString();
            if (word.Equals(ShortNames[i], StringComparison.OrdinalIgnoreCase) || word.Equals(full, StringComparison.OrdinalIgnoreCase))
            {
                day = (DayOfWeek)i;
                return true;
            }
        }

        day = default;
        return false;
    }
}
