using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EmhRt.Planning;

namespace EmhRt.Cli;

/// <summary>
/// Culture-invariant parsing of option values, and factories for options that use it. System.CommandLine 3
/// parses numbers with the current culture (under de-DE "2.5" became 25), so every number, date and choice goes
/// through a <c>CustomParser</c> here that converts AND range-checks, reporting problems with
/// <see cref="ArgumentResult.AddError(string)"/> as "--option: what was wrong, the expected form".
/// The <c>TryParse*</c> functions are pure (message without the option name) and never throw.
/// </summary>
internal static class OptionParsers
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;

    /// <summary>The only accepted date form.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    // ---------------------------------------------------------------- pure parsing

    /// <summary>
    /// Parses a decimal number written with a point ("2.5"), optionally followed by a unit suffix from
    /// <paramref name="units"/> (case-insensitive, optional space), whose factor converts to the canonical unit.
    /// A bare number is in the canonical unit. Rejects decimal commas, exponents, NaN and infinities.
    /// </summary>
    public static bool TryParseQuantity(string? text, ReadOnlySpan<(string Suffix, double Divisor)> units, string unitHint, out double value, out string? error)
    {
        value = 0;
        ReadOnlySpan<char> trimmed = (text ?? string.Empty).AsSpan().Trim();
        if (trimmed.Length == 0)
        {
            error = "a value is required";
            return false;
        }

        int split = trimmed.Length;
        while (split > 0 && char.IsAsciiLetter(trimmed[split - 1]))
        {
            split--;
        }

        ReadOnlySpan<char> number = trimmed[..split].TrimEnd();
        ReadOnlySpan<char> suffix = trimmed[split..];
        double divisor = 1;
        if (suffix.Length > 0 && number.IndexOfAnyInRange('0', '9') >= 0)
        {
            bool known = false;
            foreach (var (unitSuffix, unitDivisor) in units)
            {
                if (suffix.Equals(unitSuffix, StringComparison.OrdinalIgnoreCase))
                {
                    divisor = unitDivisor;
                    known = true;
                    break;
                }
            }

            if (!known)
            {
                error = $"'{trimmed}' has an unknown unit '{suffix}': {unitHint}";
                return false;
            }
        }
        else if (suffix.Length > 0)
        {
            // No digits before the letters: "NaN", "-Infinity", "abc".
            number = trimmed;
        }

        if (number.Contains(','))
        {
            error = $"'{trimmed}' is not a number: use a point as decimal separator (e.g. 2.5)";
            return false;
        }

        if (!double.TryParse(number, DecimalStyle, CultureInfo.InvariantCulture, out double parsed) || !double.IsFinite(parsed))
        {
            error = $"'{trimmed}' is not a number: {unitHint}";
            return false;
        }

        value = parsed / divisor;
        error = null;
        return true;
    }

    /// <summary>A dose in Gy: "20", "20Gy", "2000cGy" (= 20 Gy); must be greater than 0.</summary>
    public static bool TryParseDoseGy(string? text, out double gy, out string? error)
    {
        const string Hint = "give a dose in Gy or cGy, e.g. 20, 20Gy or 2000cGy";
        if (!TryParseQuantity(text, [("Gy", 1.0), ("cGy", 100.0)], Hint, out gy, out error))
        {
            return false;
        }

        return CheckPositive(text, gy, "Gy", out error);
    }

    /// <summary>
    /// A measured dose in Gy by the library's grammar (<see cref="EmhRt.Doses.Dose.Parse"/>): "24.1", "24.1 Gy", "2410 cGy";
    /// 0 or more (its upper bound is checked by the library, <see cref="EmhRt.Planning.Input.PlanInput.CordMaxDoseGy"/>).
    /// </summary>
    public static bool TryParseMeasuredDoseGy(string? text, out double gy, out string? error)
    {
        var parsed = EmhRt.Doses.Dose.Parse(text);
        if (parsed.Success)
        {
            gy = parsed.Value.Gy;
            error = null;
            return true;
        }

        gy = 0;
        error = string.Create(CultureInfo.InvariantCulture, $"'{text}': {parsed.Error} (at character {parsed.Position + 1})");
        return false;
    }

    /// <summary>A length in mm: "5" or "5mm"; must be 0 or more.</summary>
    public static bool TryParseLengthMm(string? text, out double mm, out string? error)
    {
        const string Hint = "give a length in mm, e.g. 5 or 5mm";
        if (!TryParseQuantity(text, [("mm", 1.0)], Hint, out mm, out error))
        {
            return false;
        }

        if (mm < 0 || (mm == 0 && double.IsNegative(mm)))
        {
            error = $"'{text!.Trim()}' is negative: a length must be 0 mm or more";
            return false;
        }

        return true;
    }

    /// <summary>An alpha/beta ratio in Gy: "10" or "10Gy"; must be greater than 0.</summary>
    public static bool TryParseAlphaBetaGy(string? text, out double gy, out string? error)
    {
        const string Hint = "give the alpha/beta ratio in Gy, e.g. 10 or 2";
        if (!TryParseQuantity(text, [("Gy", 1.0)], Hint, out gy, out error))
        {
            return false;
        }

        if (!CheckPositive(text, gy, "Gy", out error))
        {
            return false;
        }

        error = Radiobiology.AlphaBeta.CheckInput(gy);
        return error is null;
    }

    /// <summary>An age in years: a number from 0 to 150 (decimals allowed for children, e.g. 0.5).</summary>
    public static bool TryParseAgeYears(string? text, out double years, out string? error)
    {
        const string Hint = "give the age in years, e.g. 34";
        if (!TryParseQuantity(text, [], Hint, out years, out error))
        {
            return false;
        }

        if (years < 0 || years > 150)
        {
            error = $"'{text!.Trim()}' is out of range: an age is from 0 to 150 years";
            return false;
        }

        years += 0.0; // -0 is 0: "aged 0 years", never "aged -0 years".

        return true;
    }

    /// <summary>A whole number (invariant digits, optional sign) not below <paramref name="minimum"/>.</summary>
    public static bool TryParseInteger(string? text, int minimum, out int value, out string? error)
    {
        value = 0;
        string trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            error = "a value is required";
            return false;
        }

        if (!int.TryParse(trimmed, IntegerStyle, CultureInfo.InvariantCulture, out int parsed))
        {
            error = $"'{trimmed}' is not a whole number, e.g. {minimum.ToString(CultureInfo.InvariantCulture)} or 5";
            return false;
        }

        if (parsed < minimum)
        {
            error = minimum == 1
                ? $"'{trimmed}' is not allowed: must be at least 1"
                : $"'{trimmed}' is not allowed: must be {minimum.ToString(CultureInfo.InvariantCulture)} or more";
            return false;
        }

        value = parsed;
        error = null;
        return true;
    }

    /// <summary>An ISO calendar date, exactly yyyy-MM-dd (e.g. 2026-03-02).</summary>
    public static bool TryParseDate(string? text, out DateOnly date, out string? error)
    {
        string trimmed = (text ?? string.Empty).Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = null;
            return true;
        }

        error = trimmed.Length == 0
            ? "a date is required: use yyyy-MM-dd, e.g. 2026-03-02"
            : $"'{trimmed}' is not a date: use yyyy-MM-dd, e.g. 2026-03-02";
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

    private static bool CheckPositive(string? text, double value, string unit, out string? error)
    {
        if (value > 0)
        {
            error = null;
            return true;
        }

        error = $"'{text!.Trim()}' is not allowed: must be greater than 0 {unit}";
        return false;
    }

    // ---------------------------------------------------------------- option factories

    /// <summary>Dose option in Gy (accepts Gy/cGy suffix), null when absent.</summary>
    public static Option<double?> DoseOption(string name, string description) =>
        Single<double>(name, description, "GY", TryParseDoseGy);

    /// <summary>Measured dose option in Gy (<see cref="TryParseMeasuredDoseGy"/>), null when absent.</summary>
    public static Option<double?> MeasuredDoseOption(string name, string description) =>
        Single<double>(name, description, "GY", TryParseMeasuredDoseGy);

    /// <summary>Length option in mm (accepts mm suffix), null when absent.</summary>
    public static Option<double?> LengthOption(string name, string description) =>
        Single<double>(name, description, "MM", TryParseLengthMm);

    /// <summary>Alpha/beta option in Gy, null when absent.</summary>
    public static Option<double?> AlphaBetaOption(string name, string description) =>
        Single<double>(name, description, "GY", TryParseAlphaBetaGy);

    /// <summary>Age option in years, null when absent.</summary>
    public static Option<double?> AgeOption(string name, string description) =>
        Single<double>(name, description, "YEARS", TryParseAgeYears);

    /// <summary>Whole-number option of at least 1 (e.g. fractions), null when absent.</summary>
    public static Option<int?> PositiveIntegerOption(string name, string description) =>
        Single<int>(name, description, "N", static (string? t, out int v, out string? e) => TryParseInteger(t, 1, out v, out e));

    /// <summary>Whole-number option of at least 0 (e.g. CTV levels), null when absent.</summary>
    public static Option<int?> NonNegativeIntegerOption(string name, string description) =>
        Single<int>(name, description, "N", static (string? t, out int v, out string? e) => TryParseInteger(t, 0, out v, out e));

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
        Single<int>(name, description, "N", static (string? t, out int v, out string? e) =>
        {
            if (!TryParseInteger(t, 40, out v, out e))
            {
                return false;
            }

            if (v > 400)
            {
                e = "'" + (t ?? string.Empty).Trim() + "' is too wide: use 40 to 400 columns";
                return false;
            }

            return true;
        });

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
