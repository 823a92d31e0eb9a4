using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests.Commands;

/// <summary>Issue 21 through the real command tree: organs at risk, --pregnancy-status and the pregnancy_status column.</summary>
public class OrgansCommandTests
{
    private static readonly string[] LumbarWoman = ["plan", "--lesion", "L2-L3", "--dose", "20", "--fractions", "10", "--sex", "female", "--age", "30"];

    [Fact]
    public void A_woman_of_30_with_a_lumbar_field_and_no_pregnancy_status_gets_a_warning_and_exit_code_1()
    {
        var run = CliHarness.Run(LumbarWoman);
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, run.ExitCode);
        Assert.Contains("WARNING PREGNANCY_STATUS_UNKNOWN", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nOrgans at risk (check each dose in the planning system)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("   kidneys: levels L1-L3 (usual T11-L3, derived); could reach 15 Gy (EQD2 20 Gy\n     at α/β 1.5 Gy)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_pregnancy_status_removes_the_warning()
    {
        var run = CliHarness.Run([.. LumbarWoman, "--pregnancy-status", "negative", "--format", "json"]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("PREGNANCY_", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"pregnancyStatus\": \"negative\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"ORGAN_THRESHOLD_REACHABLE\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Pregnant_raises_the_fetal_dose_warning()
    {
        var run = CliHarness.Run([.. LumbarWoman, "--pregnancy-status", "Pregnant", "--format", "csv"]);
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, run.ExitCode);
        Assert.Contains("PREGNANCY_FETAL_DOSE", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_pregnancy_status_is_a_usage_error_with_the_library_message()
    {
        var run = CliHarness.Run([.. LumbarWoman, "--pregnancy-status", "maybe"]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("error: --pregnancy-status: 'maybe' is not a pregnancy status; expected unknown, negative or pregnant", run.ErrorLines);
    }

    [Fact]
    public void Pregnant_for_a_man_is_refused_naming_the_option()
    {
        var run = CliHarness.Run("plan", "--lesion", "L2", "--dose", "20", "--fractions", "10", "--sex", "male", "--pregnancy-status", "pregnant");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: --pregnancy-status: pregnancy status 'pregnant' was given for a patient recorded male", run.ErrorLines);
    }

    [Fact]
    public void The_batch_column_pregnancy_status_uses_the_same_grammar_and_names_its_column()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(
            "plans.csv",
            "id,lesion,dose,fractions,sex,age,pregnancy_status\n"
            + "a,L2-L3,20,10,female,30,\n"
            + "b,L2-L3,20,10,female,30,negative\n"
            + "c,L2-L3,20,10,female,30,maybe\n"
            + "d,L2-L3,20,10,male,30,pregnant\n");
        var run = CliHarness.Run("batch", path, "--quiet");
        var rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("PREGNANCY_STATUS_UNKNOWN", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("PREGNANCY_", rows[2], StringComparison.Ordinal);
        Assert.Contains("invalid", rows[3], StringComparison.Ordinal);
        Assert.Contains("column pregnancy_status: 'maybe' is not a pregnancy status; expected unknown, negative or pregnant", rows[3], StringComparison.Ordinal);
        Assert.Contains("columns pregnancy_status, sex: pregnancy status 'pregnant' was given for a patient recorded male", rows[4], StringComparison.Ordinal);
    }
}
