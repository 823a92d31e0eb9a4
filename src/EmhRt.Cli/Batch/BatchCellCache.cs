using System.Collections.Immutable;


namespace EmhRt.Cli.Batch;

/// <summary>
/// Memoised results of the pure cell parsers used by <see cref="BatchPlanInput"/>: cell texts repeat across a batch
/// file (doses "20", margins "10", sexes, start dates), so each distinct text is parsed once per cache slot.
/// Bounded (a fixed number of slots per parser) and thread-safe (see <see cref="BoundedCache{TKey, TValue}"/>); the
/// result, value or error message, is exactly what the parser returns.
/// </summary>
internal static class BatchCellCache
{
    private const int Bits = 10;

    private static readonly BoundedCache<string, Parsed<double>> Doses = new(Bits);
    private static readonly BoundedCache<string, Parsed<double>> Lengths = new(Bits);
    private static readonly BoundedCache<string, Parsed<double>> Ages = new(Bits);
    private static readonly BoundedCache<string, Parsed<double>> AlphaBetas = new(Bits);
    private static readonly BoundedCache<string, Parsed<int>> FractionCounts = new(Bits);
    private static readonly BoundedCache<string, Parsed<int>> LevelCounts = new(Bits);
    private static readonly BoundedCache<string, Parsed<int>> ThoracicCounts = new(Bits);
    private static readonly BoundedCache<string, Parsed<int>> LumbarCounts = new(Bits);
    private static readonly BoundedCache<string, Parsed<DateOnly>> Dates = new(Bits);
    private static readonly BoundedCache<string, Parsed<Sex>> Sexes = new(7);
    private static readonly BoundedCache<string, Parsed<ImmutableArray<DateOnly>>> HolidayLists = new(8);
    private static readonly BoundedCache<string, ImmutableArray<string>> PriorLists = new(8);

    /// <summary><see cref="OptionParsers.TryParseDoseGy"/>, memoised.</summary>
    public static Parsed<double> DoseGy(string text) => Doses.GetOrAdd(text, 0, static (t, _) => Parse<double>(t, OptionParsers.TryParseDoseGy));

    /// <summary><see cref="OptionParsers.TryParseLengthMm"/>, memoised.</summary>
    public static Parsed<double> LengthMm(string text) => Lengths.GetOrAdd(text, 0, static (t, _) => Parse<double>(t, OptionParsers.TryParseLengthMm));

    /// <summary><see cref="OptionParsers.TryParseAgeYears"/>, memoised.</summary>
    public static Parsed<double> AgeYears(string text) => Ages.GetOrAdd(text, 0, static (t, _) => Parse<double>(t, OptionParsers.TryParseAgeYears));

    /// <summary><see cref="OptionParsers.TryParseAlphaBetaGy"/>, memoised.</summary>
    public static Parsed<double> AlphaBetaGy(string text) => AlphaBetas.GetOrAdd(text, 0, static (t, _) => Parse<double>(t, OptionParsers.TryParseAlphaBetaGy));

    /// <summary><see cref="OptionParsers.TryParseFractions"/>, memoised.</summary>
    public static Parsed<int> Fractions(string text) => FractionCounts.GetOrAdd(text, 0, static (t, _) => Parse<int>(t, OptionParsers.TryParseFractions));

    /// <summary><see cref="OptionParsers.TryParseCtvLevels"/>, memoised.</summary>
    public static Parsed<int> CtvLevels(string text) => LevelCounts.GetOrAdd(text, 0, static (t, _) => Parse<int>(t, OptionParsers.TryParseCtvLevels));

    /// <summary><see cref="OptionParsers.TryParseThoracicCount"/>, memoised.</summary>
    public static Parsed<int> ThoracicCount(string text) => ThoracicCounts.GetOrAdd(text, 0, static (t, _) => Parse<int>(t, OptionParsers.TryParseThoracicCount));

    /// <summary><see cref="OptionParsers.TryParseLumbarCount"/>, memoised.</summary>
    public static Parsed<int> LumbarCount(string text) => LumbarCounts.GetOrAdd(text, 0, static (t, _) => Parse<int>(t, OptionParsers.TryParseLumbarCount));

    /// <summary><see cref="OptionParsers.TryParseDate"/>, memoised.</summary>
    public static Parsed<DateOnly> Date(string text) => Dates.GetOrAdd(text, 0, static (t, _) => Parse<DateOnly>(t, OptionParsers.TryParseDate));

    /// <summary>
    /// A sex cell: any of <see cref="CliChoices.SexesAndAbbreviations"/>; the error lists only
    /// <see cref="CliChoices.Sexes"/> (as the <c>plan</c> option does). Memoised.
    /// </summary>
    public static Parsed<Sex> Sex(string text) => Sexes.GetOrAdd(text, 0, static (t, unused) =>
    {
        if (OptionParsers.TryParseChoice(t, CliChoices.SexesAndAbbreviations, out var value, out _))
        {
            return new Parsed<Sex>(value, null);
        }

        OptionParsers.TryParseChoice(t, CliChoices.Sexes, out _, out var message);
        return new Parsed<Sex>(default, message);
    });

    /// <summary>
    /// A <c>;</c>-separated holiday list: the dates that parse, and the messages of those that do not (joined by
    /// <c>"; column holidays: "</c>, as <see cref="BatchPlanInput"/> reports them), or null. Memoised.
    /// </summary>
    public static Parsed<ImmutableArray<DateOnly>> Holidays(string text) => HolidayLists.GetOrAdd(text, 0, static (t, unused) =>
    {
        var builder = ImmutableArray.CreateBuilder<DateOnly>();
        List<string>? errors = null;
        foreach (var part in t.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (OptionParsers.TryParseDate(part, out var date, out var message))
            {
                builder.Add(date);
            }
            else
            {
                (errors ??= []).Add(message!);
            }
        }

        return new Parsed<ImmutableArray<DateOnly>>(builder.ToImmutable(), errors is null ? null : string.Join("; column holidays: ", errors));
    });

    /// <summary>A <c>|</c>-separated list of prior courses, each trimmed, empty entries dropped. Memoised.</summary>
    public static ImmutableArray<string> Priors(string text) =>
        PriorLists.GetOrAdd(text, 0, static (t, _) => [.. t.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);

    private static Parsed<T> Parse<T>(string text, OptionParsers.TryParser<T> parse) =>
        parse(text, out var value, out var error) ? new Parsed<T>(value, null) : new Parsed<T>(default!, error);

    /// <summary>A parsed cell: <see cref="Value"/> when <see cref="Error"/> is null.</summary>
    /// <param name="Value">The value (meaningful only without an error).</param>
    /// <param name="Error">The parser's message, or null on success.</param>
    internal readonly record struct Parsed<T>(T Value, string? Error);
}
