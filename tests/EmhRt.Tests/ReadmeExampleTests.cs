using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Tests;

/// <summary>The library snippet of README.md, kept compiling and true.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Readme_library_example_gives_the_numbers_it_claims()
    {
        var request = new PlanRequest
        {
            Lesions = SpineNotation.ParseSpans("T5-T8", SpineAnatomy.Standard).GetValueOrThrow(),
            Regimen = Fractionation.Parse("20 Gy/10").GetValueOrThrow(),
            PtvMargin = PtvMargin.Isotropic(10),
            Patient = new PatientDetails { AgeYears = 19, Sex = EmhRt.Sex.Male },
        };
        PlanAssessment assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal("T4-T9", assessment.Ctv.ToString());
        Assert.Equal("20 Gy", assessment.SpinalCord.Eqd2.ToString());
        Assert.Equal([FindingCodes.FollowUp, FindingCodes.GeometryEstimated, FindingCodes.OrganNearField], assessment.Findings.Select(f => f.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Readme_states_that_it_does_not_replace_clinical_judgement()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.Contains("It does not replace clinical judgement.", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test EmhRt.sln", readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EmhRt.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EmhRt.sln not found above the test directory");
    }
}
