namespace EmhRt.Cli.Tests.Commands;

public class CommandCultureTests
{
    public static TheoryData<string[]> Commands => new()
    {
        new[] { "eqd2", "--dose", "18", "--fractions", "10", "--eqdx", "2.5" },
        new[] { "eqd2", "--dose", "18.5", "--fractions", "10", "--alpha-beta", "0.87", "--format", "json" },
        new[] { "eqd2", "--dose-per-fraction", "1.8", "--target-eqd2", "20", "--alpha-beta", "10", "--format", "csv" },
        new[] { "schedule", "--start", "2026-12-18", "--dose", "20.5", "--fractions", "10", "--holiday", "2026-12-25" },
        new[] { "schedule", "--start", "2026-12-18", "--dose", "20.5", "--fractions", "10", "--format", "json", "--treated-on", "2026-12-18" },
        new[] { "ctv", "--lesion", "T2-S1", "--margin", "12.5", "--sex", "female", "--treated", "T1-S2" },
        new[] { "ctv", "--lesion", "T2-S1", "--margin", "12.5", "--format", "csv" },
        new[] { "cases", "--dose", "18", "--fractions", "10", "--alpha-beta", "2.5" },
        new[] { "cases", "--rt", "--format", "json" },
        new[] { "protocol", "show" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_is_byte_identical_under_de_fr_and_tr_cultures(string[] args)
    {
        var invariant = CliHarness.Run(args);
        Assert.Equal(ExitCodes.Success, invariant.ExitCode);
        foreach (string culture in (string[])["de-DE", "fr-FR", "tr-TR"])
        {
            CliRun? run = null;
            CliHarness.UnderCulture(culture, () => run = CliHarness.Run(args));
            Assert.Equal(invariant.ExitCode, run!.ExitCode);
            Assert.Equal(invariant.Stdout, run.Stdout);
            Assert.Equal(invariant.Stderr, run.Stderr);
        }
    }

    [Fact]
    public void Decimal_points_are_read_the_same_under_German_culture()
    {
        CliRun? run = null;
        CliHarness.UnderCulture("de-DE", () => run = CliHarness.Run("eqd2", "--dose", "18", "--fractions", "10", "--alpha-beta", "2", "--format", "csv"));
        Assert.Contains(",1.8,34.2,17.1\n", run!.Stdout, StringComparison.Ordinal);
    }
}
