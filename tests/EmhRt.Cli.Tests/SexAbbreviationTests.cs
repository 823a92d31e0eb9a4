namespace EmhRt.Cli.Tests;

public class SexAbbreviationTests
{
    [Theory]
    [InlineData("f", EmhRt.Sex.Female)]
    [InlineData("M", EmhRt.Sex.Male)]
    [InlineData("Female", EmhRt.Sex.Female)]
    public void Plan_accepts_the_usual_abbreviations(string text, EmhRt.Sex expected)
    {
        var (_, options) = CliHarness.BindPlan("--lesion", "T5-T8", "--sex", text);
        Assert.Equal(expected, options!.Input.Sex);
    }

    [Fact]
    public void Batch_reads_M_and_F_like_male_and_female()
    {
        var dir = Directory.CreateTempSubdirectory("emhrt-sex-");
        try
        {
            var input = Path.Combine(dir.FullName, "plans.csv");
            File.WriteAllText(input, "id,lesion,dose,fractions,margin,sex\na,T5-T8,20,10,10,F\nb,T5-T8,20,10,10,female\nc,T5-T8,20,10,10,M\nd,T5-T8,20,10,10,male\n");
            var run = CliHarness.Run("batch", input, "--quiet");
            Assert.Equal(0, run.ExitCode);
            var rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(5, rows.Length);
            Assert.Equal(rows[1][rows[1].IndexOf(",pass", StringComparison.Ordinal)..], rows[2][rows[2].IndexOf(",pass", StringComparison.Ordinal)..]);
            Assert.Equal(rows[3][rows[3].IndexOf(",pass", StringComparison.Ordinal)..], rows[4][rows[4].IndexOf(",pass", StringComparison.Ordinal)..]);
            Assert.NotEqual(rows[1][rows[1].IndexOf(",pass", StringComparison.Ordinal)..], rows[3][rows[3].IndexOf(",pass", StringComparison.Ordinal)..]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
