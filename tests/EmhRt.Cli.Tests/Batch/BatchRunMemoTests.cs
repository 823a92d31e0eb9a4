using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using EmhRt.Cli.Batch;
using EmhRt.Cli.Tests.EndToEnd;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Cli.Tests.Batch;

/// <summary>
/// The batch memo tables belong to one run (issue 17): <see cref="PlanBatchProcessor"/> owns its <see cref="BatchCellCache"/>,
/// <see cref="BatchInputParsers"/> and <see cref="BatchCsvTexts"/>, so two runs in one process share nothing, and a memoised
/// cell gives exactly what its parser gives.
/// </summary>
public sealed class BatchRunMemoTests
{
    // Two files whose cells overlap (the same texts in other columns and rows) and differ (other values, a refused cell).
    private const string InputA =
        "id,lesion,dose,fractions,margin,start,age,sex,treated,prior\n"
        + "a1,T5-T8,20,10,10,2026-03-02,19,male,T3-T9,\n"
        + "a2,T9-L2,20,10,10,2026-03-02,45,female,,20 Gy/5 on 2025-01-10 to T4-T8\n"
        + "a3,T5-T8,9,3,5,2026-03-03,10,f,T4-T9,\n"
        + "a4,L1-L3,25,10,,2026-12-24,70,m,,\n"
        + "a5,T5-T8,20,10,x,2026-03-02,19,male,,\n";

    private const string InputB =
        "id,lesion,dose,fractions,margin,start,age,sex,treated,prior\n"
        + "b1,T4-T7,10,10,20,2026-03-02,19,female,T3-T9,\n"
        + "b2,T5-T8,20,5,10,2026-03-09,45,male,T5-T8,\n"
        + "b3,T9-L2,20,10,10,2026-03-02,45,female,,20 Gy/10 on 2024-06-01 to T9-L2\n"
        + "b4,C5-T2,16,8,15,2026-03-02,5,unknown,,\n"
        + "b5,T5-T8,20,10,10,2026-02-30,19,male,,\n";

    [Fact]
    public void Two_batch_runs_in_one_process_each_write_what_a_fresh_process_writes()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.csv", InputA);
        var b = dir.Write("b.csv", InputB);

        // In this process: A, B, then A again (the memo tables of the first run are gone, not reused).
        var runs = new[] { (a, "a1.out.csv"), (b, "b.out.csv"), (a, "a2.out.csv") }
            .Select(r => (Run: CliHarness.Run("batch", r.Item1, "--quiet", "--output", dir.File(r.Item2)), Output: dir.File(r.Item2)))
            .ToArray();
        Assert.All(runs, r => Assert.Equal(2, r.Run.ExitCode)); // each file has an invalid row

        // Each in a fresh process.
        var freshA = CliProcess.Run("C", null, "batch", a, "--quiet");
        var freshB = CliProcess.Run("C", null, "batch", b, "--quiet");
        Assert.Equal(2, freshA.ExitCode);
        Assert.Equal(2, freshB.ExitCode);

        Assert.Equal(Encoding.UTF8.GetString(freshA.Stdout), File.ReadAllText(runs[0].Output));
        Assert.Equal(Encoding.UTF8.GetString(freshB.Stdout), File.ReadAllText(runs[1].Output));
        Assert.Equal(Encoding.UTF8.GetString(freshA.Stdout), File.ReadAllText(runs[2].Output));
        Assert.NotEqual(File.ReadAllText(runs[0].Output), File.ReadAllText(runs[1].Output));
    }

    [Fact]
    public void No_memo_table_is_static()
    {
        Type[] memos = [typeof(BatchCellCache), typeof(BatchInputParsers), typeof(BatchCsvTexts), typeof(BoundedCache<,>)];
        var offenders =
            from assembly in new[] { typeof(BatchEngine).Assembly, typeof(Planning.PlanAssessor).Assembly }
            from type in assembly.GetTypes()
            from field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            let fieldType = field.FieldType.IsGenericType ? field.FieldType.GetGenericTypeDefinition() : field.FieldType
            where memos.Contains(fieldType)
            select type.FullName + "." + field.Name;
        Assert.Empty(offenders);
    }

    [Fact]
    public void Each_processor_owns_its_memo_tables()
    {
        var first = new PlanBatchProcessor(Planning.PlanAssessor.Default, PlanCommandTool, null, null);
        var second = new PlanBatchProcessor(Planning.PlanAssessor.Default, PlanCommandTool, null, null);
        foreach (var field in typeof(PlanBatchProcessor).GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                     .Where(f => f.FieldType == typeof(BatchCellCache) || f.FieldType == typeof(BatchInputParsers) || f.FieldType == typeof(BatchCsvTexts)))
        {
            Assert.NotNull(field.GetValue(first));
            Assert.NotSame(field.GetValue(first), field.GetValue(second));
        }
    }

    /// <summary>
    /// Every memoised cell parser of <see cref="BatchCellCache"/> gives what its parser gives, on the first read and on a
    /// repeat (from the memo), for drawn texts mixed with cells that parse; one cache over the whole sequence, so keys that
    /// share a slot evict each other.
    /// </summary>
    [Property(MaxTest = 300)]
    public void The_memoised_cell_parse_equals_the_uncached_parse(NonNull<string>[] drawn)
    {
        string[] valid = ["20", "2.5", "10", "0", "5.", "+5", "45", "2026-03-02", "2026-02-30", "female", "m", "u", "11", "13", "6", "1",
            "2026-12-24;2026-12-25", "a;2026-01-01", "20 Gy/5 on 2025-01-10 to T4-T8 | 8 Gy/1 on 2025-06-01 to L1", " x "];
        var texts = drawn.Select(d => d.Get).Concat(valid).ToArray();
        var cache = new BatchCellCache();
        for (var round = 0; round < 2; round++)
        {
            foreach (var text in texts)
            {
                Assert.Equal(BatchCellCache.Parse<double>(text, OptionParsers.TryParseDoseGy), cache.DoseGy(text));
                Assert.Equal(BatchCellCache.Parse<double>(text, OptionParsers.TryParseLengthMm), cache.LengthMm(text));
                Assert.Equal(BatchCellCache.Parse<double>(text, OptionParsers.TryParseAgeYears), cache.AgeYears(text));
                Assert.Equal(BatchCellCache.Parse<double>(text, OptionParsers.TryParseAlphaBetaGy), cache.AlphaBetaGy(text));
                Assert.Equal(BatchCellCache.Parse<int>(text, OptionParsers.TryParseFractions), cache.Fractions(text));
                Assert.Equal(BatchCellCache.Parse<int>(text, OptionParsers.TryParseCtvLevels), cache.CtvLevels(text));
                Assert.Equal(BatchCellCache.Parse<int>(text, OptionParsers.TryParseThoracicCount), cache.ThoracicCount(text));
                Assert.Equal(BatchCellCache.Parse<int>(text, OptionParsers.TryParseLumbarCount), cache.LumbarCount(text));
                Assert.Equal(BatchCellCache.Parse<DateOnly>(text, OptionParsers.TryParseDate), cache.Date(text));
                Assert.Equal(BatchCellCache.ParseSex(text), cache.Sex(text));
                var holidays = BatchCellCache.ParseHolidays(text);
                var cachedHolidays = cache.Holidays(text);
                Assert.Equal(holidays.Error, cachedHolidays.Error);
                Assert.Equal(holidays.Value.AsEnumerable(), cachedHolidays.Value.AsEnumerable());
                Assert.Equal(BatchCellCache.SplitPriors(text).AsEnumerable(), cache.Priors(text).AsEnumerable());
            }
        }
    }

    private static readonly Reporting.ToolIdentity PlanCommandTool = PlanCommand.Tool;
}
