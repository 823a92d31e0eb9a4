using System.CommandLine;
using EmhRt.Doses;

namespace EmhRt.Cli;

/// <summary>The three regimen options of <c>eqd2</c>, <c>schedule</c> and <c>cases</c> (any two of them define a regimen).</summary>
internal sealed record RegimenOptions(Option<double?> Dose, Option<int?> Fractions, Option<double?> DosePerFraction)
{
    /// <summary>The names of the three regimen options, for error messages.</summary>
    public const string Names = "--dose/--fractions/--dose-per-fraction";

    /// <summary>Creates and adds the options to <paramref name="command"/>.</summary>
    public static RegimenOptions AddTo(Command command, string purpose)
    {
        var options = new RegimenOptions(
            OptionParsers.DoseOption("--dose", "Total dose in Gy (20, 20Gy or 2000cGy)" + purpose),
            OptionParsers.FractionsOption("--fractions", "Number of fractions (1 or more)" + purpose),
            OptionParsers.DoseOption("--dose-per-fraction", "Dose per fraction in Gy" + purpose));
        command.Add(options.Dose);
        command.Add(options.Fractions);
        command.Add(options.DosePerFraction);
        return options;
    }

    /// <summary>True when at least one of the options was given.</summary>
    public bool AnyGiven(ParseResult parseResult) =>
        parseResult.GetValue(Dose) is not null || parseResult.GetValue(Fractions) is not null || parseResult.GetValue(DosePerFraction) is not null;

    /// <summary>The regimen from the library's <see cref="Fractionation.Create"/>, or its error prefixed with the option names.</summary>
    public Fractionation? Create(ParseResult parseResult, out string? error)
    {
        double? dose = parseResult.GetValue(Dose), dpf = parseResult.GetValue(DosePerFraction);
        var result = Fractionation.Create(
            dose is { } d ? Doses.Dose.FromGy(d) : null,
            parseResult.GetValue(Fractions),
            dpf is { } p ? Doses.Dose.FromGy(p) : null);
        if (result.Success)
        {
            error = null;
            return result.Value;
        }

        error = Names + ": " + result.Error;
        return null;
    }
}
