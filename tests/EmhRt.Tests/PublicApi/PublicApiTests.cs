using EmhRt.Planning;
using PublicApiGenerator;

namespace EmhRt.Tests.PublicApi;

/// <summary>
/// The library's public API is a reviewed contract: it is compared with <c>EmhRt.approved.txt</c>, and any change
/// fails until the approved file is updated in the same commit (the test writes <c>EmhRt.received.txt</c> next to
/// it; review the difference, then copy it over the approved file).
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_API_has_no_unreviewed_change()
    {
        string api = typeof(PlanAssessor).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }).ReplaceLineEndings("\n");
        string folder = Path.Combine(RepositoryRoot(), "tests", "EmhRt.Tests", "PublicApi");
        string approvedPath = Path.Combine(folder, "EmhRt.approved.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        string receivedPath = Path.Combine(folder, "EmhRt.received.txt");
        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
            var added = api.Split('\n').Except(approved.Split('\n')).Take(15);
            var removed = approved.Split('\n').Except(api.Split('\n')).Take(15);
            Assert.Fail("The public API of EmhRt changed. Review tests/EmhRt.Tests/PublicApi/EmhRt.received.txt and copy it over " +
                "EmhRt.approved.txt if the change is intended (a removed or changed member is a breaking change).\nadded:\n  " +
                string.Join("\n  ", added) + "\nremoved:\n  " + string.Join("\n  ", removed));
        }

        File.Delete(receivedPath);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EmhRt.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("EmhRt.sln not found above the test directory");
    }
}
