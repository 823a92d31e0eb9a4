using System.Collections.Immutable;


namespace EmhRt.Cli.Batch;

/// <summary>
/// Memoised results of the pure cell parsers used by <see cref="BatchPlanInput"/>: cell texts repeat across a batch
/// file (doses "20", margins "10", sexes, start dates), so each distinct text is parsed once per cache slot.
/// Bounded (a fixed number of slots per parser) and thread-safe (see <see cref="BoundedCache{TKey, TValue}"/>); the
/// result, value or error message, is exactly what the parser returns. One instance per batch run, owned by the run's
/// <see cref="PlanBatchProcessor"/> (with <see cref="BatchInputParsers"/> and <see cref="BatchCsvTexts"/>): two runs in
/// one process share nothing, and the memory goes with the run.
/// </summary>
internal sealed class BatchCellCache
{
    private const int Bits = 10;

    private readonly BoundedCache<string, Parsed<double>> _doses = new(Bits);
    private readonly BoundedCache<string, Parsed<double>> _lengths = new(Bits);
    private readonly BoundedCache<string, Parsed<double>> _ages = new(Bits);
    private readonly BoundedCache<string, Parsed<double>> _alphaBetas = new(Bits);
    private readonly BoundedCache<string, Parsed<int>> _fractionCounts = new(Bits);
    private readonly BoundedCache<string, Parsed<int>> _levelCounts = new(Bits);
    private readonly BoundedCache<string, Parsed<int>> _thoracicCounts = new(Bits);
    private readonly BoundedCache<string, Parsed<int>> _lumbarCounts = new(Bits);
    private readonly BoundedCache<string, Parsed<DateOnly>> _dates = new(Bits);
    private readonly BoundedCache<string, Parsed<Sex>> _sexes = new(7);
    private readonly BoundedCache<string, Parsed<ImmutableArray<DateOnly>>> _holidayLists = new(8);
    private readonly BoundedCache<string, ImmutableArray<string>> _priorLists = new(8);

    /// <summary><see cref="OptionParsers.TryParseDoseGy"/>, memoised.</summary>
    public Parsed<double> DoseGy(string text) => _doses.GetOrAdd(text, 0, static (t, _) => Parse<double>(t, OptionParsers.TryParseDoseGy));

    /// <summary><see cref="OptionParsers.TryParseLengthMm"/>, memoised.</summary>
    public Parsed<double> LengthMm(string text) => _lengths.GetOrAdd(text, 0, static (t, _) => Parse<double>(t, OptionParsers.TryParseLengthMm));

    /// <summary><see cref="OptionParsers.TryParseAgeYears"/>, memoised.</summary>
    public Parsed<double> AgeYears(string text) => _ages.GetOrAdd(text, 0, static (t, _) => Parse<double>(t, OptionParsers.TryParseAgeYears));

    /// <summary><see cref="OptionParsers.TryParseAlphaBetaGy"/>, memoised.</summary>
    public Parsed<double> AlphaBetaGy(string text) => _alphaBetas.GetOrAdd(text, 0, static (t, _) => Parse<double>(t, OptionParsers.TryParseAlphaBetaGy));

    /// <summary><see cref="OptionParsers.TryParseFractions"/>, memoised.</summary>
    public Parsed<int> Fractions(string text) => _fractionCounts.GetOrAdd(text, 0, static (t, _) => Parse<int>(t, OptionParsers.TryParseFractions));

    /// <summary><see cref="OptionParsers.TryParseCtvLevels"/>, memoised.</summary>
    public Parsed<int> CtvLevels(string text) => _levelCounts.GetOrAdd(text, 0, static (t, _) => Parse<int>(t, OptionParsers.TryParseCtvLevels));

    /// <summary><see cref="OptionParsers.TryParseThoracicCount"/>, memoised.</summary>
    public Parsed<int> ThoracicCount(string text) => _thoracicCounts.GetOrAdd(text, 0, static (t, _) => Parse<int>(t, OptionParsers.TryParseThoracicCount));

    /// <summary><see cref="OptionParsers.TryParseLumbarCount"/>, memoised.</summary>
    public Parsed<int> LumbarCount(string text) => _lumbarCounts.GetOrAdd(text, 0, static (t, _) => Parse<int>(t, OptionParsers.TryParseLumbarCount));

    /// <summary><see cref="OptionParsers.TryParseDate"/>, memoised.</summary>
    public Parsed<DateOnly> Date(string text) => _dates.GetOrAdd(text, 0, static (t, _) => Parse<DateOnly>(t, OptionParsers.TryParseDate));

    /// <summary>
    /// A sex cell: any of <see cref="CliChoices.SexesAndAbbreviations"/>; the error lists only
    /// <see cref="CliChoices.Sexes"/> (as the <c>plan</c> option does). Memoised.
    /// </summary>
    public Parsed<Sex> Sex(string text) => _sexes.GetOrAdd(text, 0, static (t, _) => ParseSex(t));

    /// <summary><see cref="Sex"/> without the memo.</summary>
    internal static Parsed<Sex> ParseSex(string text)
    {
        if (OptionParsers.TryParseChoice(text, CliChoices.SexesAndAbbreviations, out var value, out _))
        {
            return new Parsed<Sex>(value, null);
        }

        OptionParsers.TryParseChoice(text, CliChoices.Sexes, out _, out var message);
        return new Parsed<Sex>(default, message);
    }

    /// <summary>
    /// A <c>;</c>-separated holiday list: the dates that parse, and the messages of those that do not (joined by
    /// <c>"; column holidays: "</c>, as <see cref="BatchPlanInput"/> reports them), or null. Memoised.
    /// </summary>
    public Parsed<ImmutableArray<DateOnly>> Holidays(string text) => _holidayLists.GetOrAdd(text, 0, static (t, _) => ParseHolidays(t));

    /// <summary><see cref="Holidays"/> without the memo.</summary>
    internal static Parsed<ImmutableArray<DateOnly>> ParseHolidays(string text)
    {
        var builder = ImmutableArray.CreateBuilder<DateOnly>();
        List<string>? errors = null;
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
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
    }

    /// <summary>A <c>|</c>-separated list of prior courses, each trimmed, empty entries dropped. Memoised.</summary>
    public ImmutableArray<string> Priors(string text) =>
        _priorLists.GetOrAdd(text, 0, static (t, _) => SplitPriors(t));

    /// <summary><see cref="Priors"/> without the memo.</summary>
    internal static ImmutableArray<string> SplitPriors(string text) => [.. text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A parser's result as a <see cref="Parsed{T}"/>: what each memo stores, and what a cell gives without the memo.</summary>
    internal static Parsed<T> Parse<T>(string text, OptionParsers.TryParser<T> parse) =>
        parse(text, out var value, out var error) ? new Parsed<T>(value, null) : new Parsed<T>(default!, error);

    /// <summary>A parsed cell: <see cref="Value"/> when <see cref="Error"/> is null.</summary>
    /// <param name="Value">The value (meaningful only without an error).</param>
    /// <param name="Error">The parser's message, or null on success.</param>
    internal readonly record struct Parsed<T>(T Value, string? Error);
}
