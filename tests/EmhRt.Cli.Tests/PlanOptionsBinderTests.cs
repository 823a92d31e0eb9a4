using EmhRt.Cli;

namespace EmhRt.Cli.Tests;

public class PlanOptionsBinderTests
{
    [Fact]
    public void Absent_options_stay_null_and_choices_take_their_defaults()
    {
        var (run, options) = CliHarness.BindPlan("--lesion", "T5-T9");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.NotNull(options);
        Assert.Equal("T5-T9", options.Input.Lesion);
        Assert.Null(options.Input.DoseGy);
        Assert.Null(options.Input.Fractions);
        Assert.Null(options.Input.DosePerFractionGy);
        Assert.Null(options.Input.MarginMm);
        Assert.Null(options.Input.CtvLevels);
        Assert.Null(options.Input.Start);
        Assert.Null(options.Input.AgeYears);
        Assert.Null(options.Input.Sex);
        Assert.Null(options.Input.AlphaBetaCordGy);
        Assert.Null(options.OutputFile);
        Assert.Empty(options.Input.Holidays);
        Assert.Empty(options.Input.Priors);
        Assert.Equal(OutputFormat.Text, options.Format);
        Assert.Equal(FailOnThreshold.Warning, options.FailOn);
    }

    [Fact]
    public void Every_option_is_bound_converted_to_canonical_units()
    {
        string file = Path.GetTempFileName();
        try
        {
            var (run, o) = CliHarness.BindPlan(
                "--lesion", "T5-T9", "--dose", "2000cGy", "--fractions", "10", "--dose-per-fraction", "2Gy",
                "--treated", "T4-T10", "--margin", "5mm", "--margin-superior", "7.5", "--margin-inferior", "0",
                "--margin-radial", "3 mm", "--ctv-levels", "1", "--ctv-levels-above", "2", "--ctv-levels-below", "0",
                "--start", "2026-03-02", "--holiday", "2026-04-03", "--holiday", "2026-04-06", "--holidays-file", file,
                "--treatment-days", "Mon-Fri", "--prior", "30Gy/15@2023-01-10:T3-T8", "--prior", "8Gy/1@2024-05-01:L1",
                "--age", "34.5", "--sex", "Female", "--thoracic-vertebrae", "12", "--lumbar-vertebrae", "5",
                "--spine-geometry", file, "--alpha-beta-emh", "10", "--alpha-beta-cord", "2", "--protocol", file,
                "--format", "json", "--output", "out.json", "--fail-on", "caution");
            Assert.Equal(string.Empty, run.Stderr);
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.NotNull(o);
            Assert.Equal("T5-T9", o.Input.Lesion);
            Assert.Equal(20.0, o.Input.DoseGy);
            Assert.Equal(10, o.Input.Fractions);
            Assert.Equal(2.0, o.Input.DosePerFractionGy);
            Assert.Equal("T4-T10", o.Input.Treated);
            Assert.Equal(5.0, o.Input.MarginMm);
            Assert.Equal(7.5, o.Input.MarginSuperiorMm);
            Assert.Equal(0.0, o.Input.MarginInferiorMm);
            Assert.Equal(3.0, o.Input.MarginRadialMm);
            Assert.Equal(1, o.Input.CtvLevels);
            Assert.Equal(2, o.Input.CtvLevelsAbove);
            Assert.Equal(0, o.Input.CtvLevelsBelow);
            Assert.Equal(new DateOnly(2026, 3, 2), o.Input.Start);
            Assert.Equal<DateOnly>([new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6)], o.Input.Holidays);
            Assert.Equal(file, o.HolidaysFile);
            Assert.Equal("Mon-Fri", o.Input.TreatmentDays);
            Assert.Equal<string>(["30Gy/15@2023-01-10:T3-T8", "8Gy/1@2024-05-01:L1"], o.Input.Priors);
            Assert.Equal(34.5, o.Input.AgeYears);
            Assert.Equal(Sex.Female, o.Input.Sex);
            Assert.Equal(12, o.Input.ThoracicVertebrae);
            Assert.Equal(5, o.Input.LumbarVertebrae);
            Assert.Equal(file, o.SpineGeometryFile);
            Assert.Equal(10.0, o.Input.AlphaBetaEmhGy);
            Assert.Equal(2.0, o.Input.AlphaBetaCordGy);
            Assert.Equal(file, o.ProtocolFile);
            Assert.Equal(OutputFormat.Json, o.Format);
            Assert.Equal("out.json", o.OutputFile);
            Assert.Equal(FailOnThreshold.Caution, o.FailOn);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("en-US")]
    public void Numbers_parse_with_a_point_whatever_the_culture(string culture) =>
        CliHarness.UnderCulture(culture, () =>
        {
            var (run, o) = CliHarness.BindPlan("--lesion", "T5-T9", "--dose", "2.5", "--margin", "7.5mm", "--dose-per-fraction", "250cGy", "--age", "0.5", "--sex", "FEMALE", "--fail-on", "INFO", "--start", "2026-03-02");
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Equal(2.5, o!.Input.DoseGy);
            Assert.Equal(7.5, o.Input.MarginMm);
            Assert.Equal(2.5, o.Input.DosePerFractionGy);
            Assert.Equal(0.5, o.Input.AgeYears);
            Assert.Equal(Sex.Female, o.Input.Sex);
            Assert.Equal(FailOnThreshold.Info, o.FailOn);
            Assert.Equal(new DateOnly(2026, 3, 2), o.Input.Start);
        });

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Decimal_comma_is_rejected_even_where_it_is_the_local_separator(string culture) =>
        CliHarness.UnderCulture(culture, () =>
        {
            var (run, o) = CliHarness.BindPlan("--lesion", "T5-T9", "--dose", "2,5");
            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Null(o);
            Assert.Equal("error: --dose: '2,5' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)", run.ErrorLines[0]);
        });
}
