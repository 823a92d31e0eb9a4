using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EmhRt.Cli.Tests.EndToEnd;
using EmhRt.Doses;
using EmhRt.Planning;
using EmhRt.Radiobiology;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Tests.Properties;
using EmhRt.Text;
using EmhRt.Volumes;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Cli.Tests.Grammar;

/// <summary>
/// One grammar (issue 17): the same text gets the same verdict and the same message from the library's parser, the
/// <c>plan</c> option, a batch CSV cell and a JSON Lines value. Before, <c>--dose</c> had its own parser: it took
/// <c>5.</c> and <c>+5</c>, which <see cref="Dose.Parse"/> refused, and refused <c>0</c>, which it took.
/// </summary>
public class OneGrammarTests
{
    private static readonly RootCommand Root = CliApp.Build(CliEnvironment.Redirected);

    public static TheoryData<string, string> DoseTexts => new()
    {
        { "20", "a plain number is Gy" },
        { "20Gy", "a unit may follow without a space" },
        { "2000 cGy", "centigray is divided by 100" },
        { ".5", "a leading point is a number" },
        { " 1.8 gy ", "surrounding spaces and the unit's case do not matter" },
        { "5.", "was accepted by --dose: a point needs a digit after it" },
        { "+5", "was accepted by --dose: no sign" },
        { "0", "was accepted by Dose.Parse: a dose is greater than 0 Gy" },
        { "0.0 cGy", "zero in any unit is still zero" },
        { "-0", "a minus sign is refused as negative" },
        { "2,5", "a comma is never a decimal separator" },
        { "1e3", "no exponent" },
        { "2;5", "a broken cell from the generated batch file" },
        { "abc", "not a number" },
        { "20 Sv", "an unknown unit" },
    };

    [Theory]
    [MemberData(nameof(DoseTexts))]
    public void A_dose_text_gets_one_verdict_from_the_library_plan_batch_csv_and_json_lines(string text, string reason)
    {
        _ = reason;
        var library = Dose.Parse(text);

        var plan = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose=" + text, "--fractions", "10", "--format", "json");
        Assert.Equal(library.Success, plan.ExitCode != ExitCodes.InvalidInput);
        if (!library.Success)
        {
            Assert.Contains("--dose: " + library.Error, plan.Stderr, StringComparison.Ordinal);
        }

        using var dir = new TempDirectory();
        var csv = CliHarness.Run("batch", dir.Write("plans.csv", "id,lesion,dose,fractions\np1,T5-T8,\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",10\n"), "--quiet");
        var csvRow = CsvText.Parse(csv.Stdout)[1];
        var totalDose = CsvText.Parse(csv.Stdout)[0].ToList().IndexOf("total_dose_gy");
        Assert.True(totalDose > 0, "the batch CSV has a total_dose_gy column");
        var json = CliHarness.Run("batch", dir.Write("plans.jsonl", "{\"id\":\"p1\",\"lesion\":\"T5-T8\",\"dose\":" + JsonSerializer.Serialize(text) + ",\"fractions\":10}\n"), "--quiet");
        var jsonRow = CsvText.Parse(json.Stdout)[1];
        foreach (var row in new[] { csvRow, jsonRow })
        {
            Assert.Equal(library.Success, row[2] != "invalid");
            Assert.Equal(library.Success ? string.Empty : "column dose: " + library.Error, row[^1]);
            if (library.Success)
            {
                Assert.Equal(library.Value.Gy.ToString("0.###", CultureInfo.InvariantCulture), row[totalDose]);
            }
        }
    }

    /// <summary>A plan option and the library parser behind it.</summary>
    private static readonly (string Option, Func<string, bool> Library)[] Pairs =
    [
        ("--dose", t => Dose.Parse(t).Success),
        ("--dose-per-fraction", t => Dose.Parse(t).Success),
        ("--fractions", t => Fractionation.ParseFractions(t).Success),
        ("--margin", t => PtvMargin.ParseMillimetres(t).Success),
        ("--margin-radial", t => PtvMargin.ParseMillimetres(t).Success),
        ("--ctv-levels", t => CtvLevelMargin.ParseLevels(t).Success),
        ("--age", t => PatientDetails.ParseAge(t).Success),
        ("--alpha-beta-emh", t => AlphaBeta.Parse(t).Success),
        ("--alpha-beta-cord", t => AlphaBeta.Parse(t).Success),
        ("--start", t => IsoDate.Parse(t).Success),
        ("--holiday", t => IsoDate.Parse(t).Success),
        ("--thoracic-vertebrae", t => SpineAnatomy.ParseThoracicCount(t).Success),
        ("--lumbar-vertebrae", t => SpineAnatomy.ParseLumbarCount(t).Success),
    ];

    /// <summary>
    /// For any text made of the characters the grammar cares about, the <c>plan</c> option (parsed by the real command
    /// tree) accepts it exactly when the library's parser does.
    /// </summary>
    [Property(MaxTest = 2000, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool A_plan_option_accepts_exactly_the_strings_its_library_parser_accepts(Sample<(int Pair, string Text)> sample)
    {
        var (option, library) = Pairs[sample.Value.Pair];
        var text = sample.Value.Text;
        var parsed = Root.Parse(["plan", "--lesion", "T5-T8", option + "=" + text]);
        var optionAccepts = !parsed.Errors.Any(e => e.Message.StartsWith(option + ":", StringComparison.Ordinal) || e.Message.Contains(option, StringComparison.Ordinal));
        return optionAccepts == library(text);
    }

    [Fact]
    public void The_property_draws_both_accepted_and_refused_texts()
    {
        // Guard against a property that only ever sees one verdict: texts of the property's alphabet that each parser accepts and refuses.
        Assert.True(Dose.Parse("20cGy").Success);
        Assert.False(Dose.Parse("2.").Success);
        var parsed = Root.Parse(["plan", "--lesion", "T5-T8", "--dose=5."]);
        Assert.Contains(parsed.Errors, e => e.Message.StartsWith("--dose: ", StringComparison.Ordinal));
        Assert.Empty(Root.Parse(["plan", "--lesion", "T5-T8", "--dose=5"]).Errors);
    }

    /// <summary>Shrinking arbitraries for the property above.</summary>
    public static class Arbitraries
    {
        private static readonly char[] Alphabet = "0123456789012345678901234567891.,+- eEGgycCmM-:T\t".ToCharArray();

        public static Arbitrary<Sample<(int, string)>> OptionTexts() =>
            Draw.Zip(Draw.Choose(0, Pairs.Length - 1), Draw.Zip(Draw.Choose(0, 8), Draw.ArrayOf(Draw.Elements(Alphabet), 12)))
                .Select(t => (t.Item1, new string(t.Item2.Item2, 0, t.Item2.Item1)))
                .ToArbitrary();
    }
}
