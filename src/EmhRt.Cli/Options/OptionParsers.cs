using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EmhRt.Doses;
using EmhRt.Planning;
using EmhRt.Radiobiology;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Text;
using EmhRt.Volumes;

namespace EmhRt.Cli;

/// <summary>
/// Factories for options whose values go through the library's grammar. System.CommandLine 3 parses numbers with
/// the current culture (under de-DE "2.5" became 25), so every number, date and choice goes through a
/// <c>CustomParser</c> here that calls the library's parser (<see cref="Dose.Parse"/>, <see cref="AlphaBeta.Parse"/>,
/// <see cref="IsoDate.Parse(string?)"/>, ...: one grammar for the options, the batch cells and JSON Lines) and reports
/// its message with <see cref="ArgumentResult.AddError(string)"/> as "--option: what was wrong, the expected form".
/// The <c>TryParse*</c> functions are pure (the library's message, without the option name) and never throw; none
/// of them has a grammar of its own.
/// </summary>
internal static class OptionParsers
{
    /// <summary>The only accepted date form.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    // ---------------------------------------------------------------- pure parsing: the library's grammar

    /// <summary>A dose in Gy: <see cref="Dose.Parse"/> (e.g. 20, 20Gy, 2000cGy; greater than 0).</summary>
    public static bool TryParseDoseGy(string? text, out double gy, out string? error) =>
        From(Dose.Parse(text), static d => d.Gy, out gy, out error);

    /// <summary>A length in mm: <see cref="PtvMargin.ParseMillimetres"/> (e.g. 5 or 5mm; 0 or more).</summary>
    public static bool TryParseLengthMm(string? text, out double mm, out string? error) =>
        From(PtvMargin.ParseMillimetres(text), static v => v, out mm, out error);

    /// <summary>An α/β in Gy: <see cref="AlphaBeta.Parse"/> (greater than 0, within the input-sanity limits).</summary>
    public static bool TryParseAlphaBetaGy(string? text, out double gy, out string? error) =>
        From(AlphaBeta.Parse(text), static a => a.Gy, out gy, out error);

    /// <summary>An age in years: <see cref="PatientDetails.ParseAge"/> (0 to 150, decimals allowed).</summary>
    public static bool TryParseAgeYears(string? text, out double years, out string? error) =>
        From(PatientDetails.ParseAge(text), static v => v, out years, out error);

    /// <summary>A number of fractions: <see cref="Fractionation.ParseFractions"/> (1 or more).</summary>
    public static bool TryParseFractions(string? text, out int fractions, out string? error) =>
        From(Fractionation.ParseFractions(text), static v => v, out fractions, out error);

    /// <summary>A number of CTV levels: <see cref="CtvLevelMargin.ParseLevels"/> (0 or more).</summary>
    public static bool TryParseCtvLevels(string? text, out int levels, out string? error) =>
        From(CtvLevelMargin.ParseLevels(text), static v => v, out levels, out error);

    /// <summary>A number of thoracic vertebrae: <see cref="SpineAnatomy.ParseThoracicCount"/> (11, 12 or 13).</summary>
    public static bool TryParseThoracicCount(string? text, out int count, out string? error) =>
        From(SpineAnatomy.ParseThoracicCount(text), static v => v, out count, out error);

    /// <summary>A number of lumbar vertebrae: <see cref="SpineAnatomy.ParseLumbarCount"/> (4, 5 or 6).</summary>
    public static bool TryParseLumbarCount(string? text, out int count, out string? error) =>
        From(SpineAnatomy.ParseLumbarCount(text), static v => v, out count, out error);

    /// <summary>An ISO calendar date: <see cref="IsoDate.Parse(string?)"/> (exactly yyyy-MM-dd).</summary>
    public static bool TryParseDate(string? text, out DateOnly date, out string? error) =>
        From(IsoDate.Parse(text), static d => d, out date, out error);

    /// <summary>A report width in columns: a whole number (the library's grammar) from 40 to 400.</summary>
    public static bool TryParseWidth(string? text, out int columns, out string? error)
    {
        if (!From(NumberText.ParseWhole(text, "a width", "'80'"), static v => v, out columns, out error))
        {
            return false;
        }

        if (columns is < 40 or > 400)
        {
            error = "'" + (text ?? string.Empty).Trim() + "' is out of range: use 40 to 400 columns";
            return false;
        }

        return true;
    }

    private static bool From<TParsed, T>(ParseResult<TParsed> parsed, Func<TParsed, T> convert, out T value, out string? error)
    {
        if (parsed.TryGetValue(out var result))
        {
            value = convert(result);
            error = null;
            return true;
        }

        value = default!;
        error = parsed.Error;
        return false;
    }

    /// <summary>One of <paramref name="choices"/> (case-insensitive); the error lists the allowed values.</summary>
    public static bool TryParseChoice<T>(string? text, IReadOnlyList<(string Token, T Value)> choices, out T value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(choices);
        string trimmed = (text ?? string.Empty).Trim();
        foreach (var (token, choice) in choices)
        {
            if (string.Equals(token, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = choice;
                error = null;
                return true;
            }
        }

        value = default!;
        error = $"'{trimmed}' is not allowed: use {DescribeChoices(choices)}";
        return false;
    }

    /// <summary>"a or b", "a, b or c".</summary>
    public static string DescribeChoices<T>(IReadOnlyList<(string Token, T Value)> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 1)
        {
            return choices[0].Token;
        }

        var head = new string[choices.Count - 1];
        for (int i = 0; i < head.Length; i++)
        {
            head[i] = choices[i].Token;
        }

        return string.Join(", ", head) + " or " + choices[^1].Token;
    }

    // ---------------------------------------------------------------- option factories

    /// <summary>Dose option in Gy (accepts Gy/cGy suffix), null when absent.</summary>
    public static Option<double?> DoseOption(string name, string description) =>
        Single<double>(name, description, "GY", TryParseDoseGy);

    /// <summary>Length option in mm (accepts mm suffix), null when absent.</summary>
    public static Option<double?> LengthOption(string name, string description) =>
        Single<double>(name, description, "MM", TryParseLengthMm);

    /// <summary>Alpha/beta option in Gy, null when absent.</summary>
    public static Option<double?> AlphaBetaOption(string name, string description) =>
        Single<double>(name, description, "GY", TryParseAlphaBetaGy);

    /// <summary>Age option in years, null when absent.</summary>
    public static Option<double?> AgeOption(string name, string description) =>
        Single<double>(name, description, "YEARS", TryParseAgeYears);

    /// <summary>Number-of-fractions option (1 or more), null when absent.</summary>
    public static Option<int?> FractionsOption(string name, string description) =>
        Single<int>(name, description, "N", TryParseFractions);

    /// <summary>CTV-levels option (0 or more), null when absent.</summary>
    public static Option<int?> CtvLevelsOption(string name, string description) =>
        Single<int>(name, description, "N", TryParseCtvLevels);

    /// <summary>Thoracic-vertebrae option (11, 12 or 13), null when absent.</summary>
    public static Option<int?> ThoracicCountOption(string name, string description) =>
        Single<int>(name, description, "N", TryParseThoracicCount);

    /// <summary>Lumbar-vertebrae option (4, 5 or 6), null when absent.</summary>
    public static Option<int?> LumbarCountOption(string name, string description) =>
        Single<int>(name, description, "N", TryParseLumbarCount);

    /// <summary>Date option (yyyy-MM-dd), null when absent.</summary>
    public static Option<DateOnly?> DateOption(string name, string description) =>
        Single<DateOnly>(name, description, "DATE", TryParseDate);

    /// <summary>
    /// An instant in ISO 8601 with an offset or <c>Z</c> (<c>2026-12-01T09:00:00Z</c>, <c>2026-12-01T10:00:00+01:00</c>),
    /// read invariantly; null when absent.
    /// </summary>
    public static Option<DateTimeOffset?> InstantOption(string name, string description) =>
        Single<DateTimeOffset>(name, description, "TIME", TryParseInstant);

    /// <summary>Parses an ISO 8601 instant that states its offset (a time without one is refused: it would depend on the machine).</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant, out string? error)
    {
        string trimmed = (text ?? string.Empty).Trim();
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        if (trimmed.Length > 0 && (trimmed.EndsWith('Z') || trimmed.EndsWith('z') || trimmed.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParseExact(trimmed.ToUpperInvariant(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            instant = instant.ToUniversalTime();
            error = null;
            return true;
        }

        instant = default;
        error = trimmed.Length == 0
            ? "a time is required: use ISO 8601 with an offset, e.g. 2026-12-01T09:00:00Z"
            : $"'{trimmed}' is not a time with an offset: use ISO 8601, e.g. 2026-12-01T09:00:00Z";
        return false;
    }

    /// <summary>Report width in columns (40 to 400), null when absent.</summary>
    public static Option<int?> WidthOption(string name, string description) =>
        Single<int>(name, description, "N", TryParseWidth);

    /// <summary>Repeatable date option (<c>--holiday D --holiday D</c>), empty when absent.</summary>
    public static Option<DateOnly[]> RepeatableDateOption(string name, string description)
    {
        var option = new Option<DateOnly[]>(name)
        {
            Description = description,
            HelpName = "DATE",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        option.CustomParser = result =>
        {
            var dates = new DateOnly[result.Tokens.Count];
            for (int i = 0; i < dates.Length; i++)
            {
                if (!TryParseDate(result.Tokens[i].Value, out dates[i], out string? error))
                {
                    result.AddError(name + ": " + error);
                    return [];
                }
            }

            return dates;
        };
        return option;
    }

    /// <summary>Repeatable measured organ dose (<c>--organ-dose kidneys=mean:12.5</c>), each read by <see cref="EmhRt.Organs.OrganDoseMeasurement.Parse"/>; empty when absent.</summary>
    public static Option<string[]> RepeatableOrganDoseOption(string name, string description)
    {
        var option = new Option<string[]>(name)
        {
            Description = description,
            HelpName = "ORGAN=METRIC:VALUE",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        option.CustomParser = result =>
        {
            var values = new string[result.Tokens.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = result.Tokens[i].Value;
                var parsed = EmhRt.Organs.OrganDoseMeasurement.Parse(values[i]);
                if (!parsed.Success)
                {
                    result.AddError(name + ": '" + values[i] + "': " + parsed.Error);
                    return [];
                }
            }

            return values;
        };
        return option;
    }

    /// <summary>Repeatable free-text option (<c>--prior X --prior Y</c>), empty when absent.</summary>
    public static Option<string[]> RepeatableTextOption(string name, string description, string helpName)
    {
        var option = new Option<string[]>(name)
        {
            Description = description,
            HelpName = helpName,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        option.CustomParser = result =>
        {
            var values = new string[result.Tokens.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = result.Tokens[i].Value.Trim();
                if (values[i].Length == 0)
                {
                    result.AddError(name + ": an empty value is not allowed");
                    return [];
                }
            }

            return values;
        };
        return option;
    }

    /// <summary>Free-text option (spans, lists), trimmed, non-empty; null when absent.</summary>
    public static Option<string?> TextOption(string name, string description, string helpName, bool required = false)
    {
        var option = new Option<string?>(name)
        {
            Description = description,
            HelpName = helpName,
            Required = required,
        };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            string value = result.Tokens[0].Value.Trim();
            if (value.Length == 0)
            {
                result.AddError(name + ": an empty value is not allowed");
                return null;
            }

            return value;
        };
        return option;
    }

    /// <summary>Path of an input file that must exist; null when absent.</summary>
    public static Option<string?> ExistingFileOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "FILE" };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            string path = result.Tokens[0].Value;
            if (!TryCheckExistingFile(path, out string? error))
            {
                result.AddError(name + ": " + error);
                return null;
            }

            return path;
        };
        return option;
    }

    /// <summary>Positional argument naming an input file that must exist.</summary>
    public static Argument<string> ExistingFileArgument(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description, HelpName = name.ToUpperInvariant() };
        argument.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return string.Empty;
            }

            string path = result.Tokens[0].Value;
            if (!TryCheckExistingFile(path, out string? error))
            {
                result.AddError(name.ToUpperInvariant() + ": " + error);
                return string.Empty;
            }

            return path;
        };
        return argument;
    }

    /// <summary>Path of an output file ("-" means stdout); null when absent. Writability is checked on write.</summary>
    public static Option<string?> OutputFileOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "FILE" };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            string path = result.Tokens[0].Value;
            if (path.Trim().Length == 0)
            {
                result.AddError(name + ": an empty file name is not allowed");
                return null;
            }

            if (path != "-" && Directory.Exists(path))
            {
                result.AddError(name + ": '" + path + "' is a directory: give a file name");
                return null;
            }

            return path;
        };
        return option;
    }

    /// <summary>
    /// Choice option (<c>--format text|json</c>) whose absence means <paramref name="defaultValue"/>: the option
    /// value is null when absent (so help shows our lower-case default, not the enum name); read it with
    /// <c>parseResult.GetValue(option) ?? defaultValue</c>. Tokens in <paramref name="unavailable"/> are recognised
    /// but refused with <paramref name="unavailableMessage"/>.
    /// </summary>
    public static Option<T?> ChoiceOption<T>(
        string name,
        string description,
        IReadOnlyList<(string Token, T Value)> choices,
        T defaultValue,
        IReadOnlyCollection<string>? unavailable = null,
        string? unavailableMessage = null)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(choices);
        var option = new Option<T?>(name)
        {
            Description = description + " Default: " + TokenOf(choices, defaultValue) + ".",
            HelpName = HelpNameOf(choices),
        };
        AddCompletions(option, choices);
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            string token = result.Tokens[0].Value.Trim();
            if (unavailable is not null && unavailable.Contains(token, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError(unavailableMessage ?? $"{name} {token} is not available yet");
                return null;
            }

            if (!TryParseChoice(token, choices, out T value, out string? error))
            {
                result.AddError(name + ": " + error);
                return null;
            }

            return value;
        };
        return option;
    }

    /// <summary>Choice option without a default: null when absent (e.g. <c>--sex</c>).</summary>
    public static Option<T?> OptionalChoiceOption<T>(
        string name, string description, IReadOnlyList<(string Token, T Value)> choices, IReadOnlyList<(string Token, T Value)>? accepted = null)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(choices);
        var option = new Option<T?>(name) { Description = description, HelpName = HelpNameOf(choices) };
        AddCompletions(option, choices);
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            if (!TryParseChoice(result.Tokens[0].Value, accepted ?? choices, out T value, out string? _))
            {
                TryParseChoice(result.Tokens[0].Value, choices, out _, out string? error);
                result.AddError(name + ": " + error);
                return null;
            }

            return value;
        };
        return option;
    }

    /// <summary>
    /// <c>--pregnancy-status</c>: the library's grammar (<see cref="PregnancyStatusText.Parse"/>), its message prefixed with the
    /// option name; null when absent.
    /// </summary>
    public static Option<PregnancyStatus?> PregnancyStatusOption(string name, string description)
    {
        var option = new Option<PregnancyStatus?>(name) { Description = description, HelpName = "unknown|negative|pregnant" };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            var parsed = PregnancyStatusText.Parse(result.Tokens[0].Value);
            if (!parsed.Success)
            {
                result.AddError(name + ": " + parsed.Error);
                return null;
            }

            return parsed.Value;
        };
        return option;
    }

    /// <summary>A pregnancy-status cell or default (<see cref="PregnancyStatusText.Parse"/>).</summary>
    public static bool TryParsePregnancyStatus(string? text, out PregnancyStatus value, out string? error)
    {
        var parsed = PregnancyStatusText.Parse(text);
        value = parsed.Success ? parsed.Value : default;
        error = parsed.Error;
        return parsed.Success;
    }

    private static bool TryCheckExistingFile(string path, out string? error)
    {
        if (path.Trim().Length == 0)
        {
            error = "an empty file name is not allowed";
            return false;
        }

        if (Directory.Exists(path))
        {
            error = $"'{path}' is a directory, not a file";
            return false;
        }

        if (!File.Exists(path))
        {
            error = $"file '{path}' does not exist";
            return false;
        }

        error = null;
        return true;
    }

    private static string HelpNameOf<T>(IReadOnlyList<(string Token, T Value)> choices)
    {
        var tokens = new string[choices.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = choices[i].Token;
        }

        return string.Join('|', tokens);
    }

    private static string TokenOf<T>(IReadOnlyList<(string Token, T Value)> choices, T value)
    {
        foreach (var (token, choice) in choices)
        {
            if (EqualityComparer<T>.Default.Equals(choice, value))
            {
                return token;
            }
        }

        throw new ArgumentException("The default value is not one of the choices.", nameof(value));
    }

    private static void AddCompletions<T>(Option option, IReadOnlyList<(string Token, T Value)> choices)
    {
        var tokens = new string[choices.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = choices[i].Token;
        }

        option.CompletionSources.Add(tokens);
    }

    internal delegate bool TryParser<T>(string? text, out T value, out string? error);

    private static Option<T?> Single<T>(string name, string description, string helpName, TryParser<T> parse)
        where T : struct
    {
        var option = new Option<T?>(name) { Description = description, HelpName = helpName };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            if (!parse(result.Tokens[0].Value, out T value, out string? error))
            {
                result.AddError(name + ": " + error);
                return null;
            }

            return value;
        };
        return option;
    }
}
