using EmhRt.Spine;
using EmhRt.Tests.Properties;
using EmhRt.Tests.Spine;
using EmhRt.Volumes;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Volumes;

public class ClinicalTargetVolumeTests
{
    private static readonly SpineAnatomy Standard = SpineAnatomy.Standard;

    private static VertebralSpan[] Spans(string text, SpineAnatomy? anatomy = null) =>
        SpineNotation.ParseSpans(text, anatomy ?? Standard).Value.ToArray();

    private static ClinicalTargetVolume Ctv(string lesions, SpineAnatomy? anatomy = null) =>
        ClinicalTargetVolume.Create(Spans(lesions, anatomy), CtvLevelMargin.Recommended, anatomy ?? Standard);

    [Fact]
    public void Default_margin_is_one_level_above_and_below()
    {
        Assert.Equal(1, default(CtvLevelMargin).LevelsAbove);
        Assert.Equal(1, default(CtvLevelMargin).LevelsBelow);
        Assert.Equal(CtvLevelMargin.Recommended, CtvLevelMargin.Create(1, 1));
        Assert.Equal("0 levels above, 2 levels below", CtvLevelMargin.Create(0, 2).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => CtvLevelMargin.Create(11, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CtvLevelMargin.Create(1, -1));
        Assert.False(CtvLevelMargin.TryCreate(1, 12, out _, out var error));
        Assert.Equal("the CTV margin below the lesion must be 0 to 10 levels, not 12", error);
    }

    [Fact]
    public void Seed_003_lesion_T5_T8_gives_CTV_T4_T9_and_T3_T9_covers_it()
    {
        var ctv = Ctv("T5-T8");
        Assert.Equal("T4-T9", ctv.ToString());
        Assert.Equal(6, ctv.LevelCount);
        Assert.False(ctv.IsClamped);
        Assert.Empty(ctv.Gaps);

        var coverage = TreatedSpanCoverage.Evaluate(Spans("T5-T8"), Spans("T3-T9"), Standard);
        Assert.True(coverage.CoversAllLesions);
        var lesion = Assert.Single(coverage.Lesions);
        Assert.True(lesion.IsCovered);
        Assert.Equal(2, lesion.MarginLevelsAbove);
        Assert.Equal(1, lesion.MarginLevelsBelow);
        Assert.True(lesion.MeetsMargin(CtvLevelMargin.Recommended));
        Assert.False(lesion.MeetsMargin(CtvLevelMargin.Create(2, 2)));
    }

    [Fact]
    public void Seed_002_lesion_T2_S1_gives_CTV_T1_S2() => Assert.Equal("T1-S2", Ctv("T2-S1").ToString());

    [Fact]
    public void Ctv_is_clamped_at_C1()
    {
        var ctv = Ctv("C1-C2");
        Assert.Equal("C1-C3", ctv.ToString());
        Assert.True(ctv.IsClamped);
        Assert.True(ctv.ClampedCranially);
        Assert.False(ctv.ClampedCaudally);
        Assert.Equal(new CtvClamp(0, Spans("C1-C2")[0], CtvClampSide.Cranial, 1), Assert.Single(ctv.Clamps));
    }

    [Fact]
    public void Ctv_is_clamped_at_the_coccyx_and_names_the_lesion()
    {
        var ctv = ClinicalTargetVolume.Create(Spans("T5, S4-Co"), CtvLevelMargin.Create(1, 3), Standard);
        Assert.Equal("T4-T8, S3-Co", ctv.ToString());
        Assert.True(ctv.ClampedCaudally);
        Assert.False(ctv.ClampedCranially);
        Assert.Equal(new CtvClamp(1, Spans("S4-Co")[0], CtvClampSide.Caudal, 3), Assert.Single(ctv.Clamps));
    }

    [Fact]
    public void Disjoint_lesions_give_two_segments_with_the_gap_in_levels()
    {
        var ctv = Ctv("T5-T10 and L3-S1");
        Assert.Equal("T4-T11, L2-S2", ctv.ToString());
        Assert.Equal([2], ctv.Gaps.ToArray());
        Assert.Equal("T12-L1", Assert.Single(ctv.GapSpans).ToString());
        Assert.Equal(8 + 6, ctv.LevelCount);
        Assert.Equal("T4-S2", ctv.Extent.ToString());
        Assert.False(ctv.Contains(VertebralLevel.Thoracic(12)));
        Assert.True(ctv.Contains(VertebralLevel.Lumbar(2)));
    }

    [Theory]
    [InlineData("T5-T8, T10-T12", "T4-L1")]      // extensions overlap
    [InlineData("T5-T7, T10-T12", "T4-L1")]      // T8 and T9 touch
    [InlineData("T5-T6, T10-T12", "T4-T7, T9-L1")]
    [InlineData("L3-S1, T5-T10", "T4-T11, L2-S2")] // order written does not matter
    [InlineData("T5-T8, T6", "T4-T9")]
    public void Touching_or_overlapping_extensions_merge(string lesions, string expected) =>
        Assert.Equal(expected, Ctv(lesions).ToString());

    [Fact]
    public void Ctv_follows_the_anatomy_at_the_thoracolumbar_junction()
    {
        var a = SpineAnatomy.Create(13, 5);
        Assert.Equal("T12-L2", Ctv("T13-L1", a).ToString());
        Assert.Equal("T10-L1", ClinicalTargetVolume.Create(Spans("T11"), CtvLevelMargin.Create(1, 1), SpineAnatomy.Create(11, 5)).ToString());
    }

    [Fact]
    public void Create_rejects_no_lesions_and_levels_the_anatomy_lacks()
    {
        Assert.Throws<ArgumentException>(() => ClinicalTargetVolume.Create(Array.Empty<VertebralSpan>(), default, Standard));
        Assert.Throws<ArgumentException>(() =>
            ClinicalTargetVolume.Create([VertebralSpan.Single(VertebralLevel.Thoracic(13))], default, Standard));
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Ctv_contains_every_lesion_with_its_margin_where_the_spine_allows(Sample<(SpineAnatomy, VertebralSpan[], CtvLevelMargin)> sample)
    {
        var (a, lesions, margin) = sample.Value;
        var ctv = ClinicalTargetVolume.Create(lesions, margin, a);
        foreach (var lesion in lesions)
        {
            Assert.Contains(ctv.Segments, s => s.Contains(lesion));
            var top = Math.Max(0, a.IndexOf(lesion.Cranial) - margin.LevelsAbove);
            var bottom = Math.Min(a.LevelCount - 1, a.IndexOf(lesion.Caudal) + margin.LevelsBelow);
            Assert.Contains(ctv.Segments, s => s.Contains(VertebralSpan.Create(a.LevelAt(top), a.LevelAt(bottom))));
        }

        for (var i = 1; i < ctv.Segments.Length; i++)
        {
            var gap = a.Distance(ctv.Segments[i - 1].Caudal, ctv.Segments[i].Cranial) - 1;
            Assert.True(gap >= 1);
            Assert.Equal(gap, ctv.Gaps[i - 1]);
        }

        Assert.Equal(ctv.Segments.Sum(s => s.LevelCount(a)), ctv.LevelCount);
        var coverage = TreatedSpanCoverage.Evaluate(lesions, ctv.Segments, a);
        Assert.True(coverage.CoversAllLesions);
        Assert.All(coverage.Lesions, c => Assert.True(c.MeetsMargin(margin)));
    }

    [Fact]
    public void Coverage_reports_uncovered_levels_and_zero_margin_at_an_uncovered_edge()
    {
        var coverage = TreatedSpanCoverage.Evaluate(Spans("T5-T8, L3"), Spans("T6-T10"), Standard);
        Assert.False(coverage.CoversAllLesions);
        var first = coverage.Lesions[0];
        Assert.Equal(["T5"], first.UncoveredLevels.Select(l => l.ToString()));
        Assert.Equal(0, first.MarginLevelsAbove);
        Assert.Equal(2, first.MarginLevelsBelow);
        Assert.False(first.MeetsMargin(CtvLevelMargin.Create(0, 0)));
        var second = coverage.Lesions[1];
        Assert.Equal(["L3"], second.UncoveredLevels.Select(l => l.ToString()));
        Assert.Equal(0, second.MarginLevelsBelow);
    }

    [Fact]
    public void Coverage_margin_stops_at_C1_and_the_coccyx()
    {
        var coverage = TreatedSpanCoverage.Evaluate(Spans("C2, S5"), Spans("C1-C4, S3-Co"), Standard);
        Assert.Equal(1, coverage.Lesions[0].MarginLevelsAbove);
        Assert.Equal(2, coverage.Lesions[0].MarginLevelsBelow);
        Assert.Equal(1, coverage.Lesions[1].MarginLevelsBelow);
        Assert.True(coverage.Lesions[0].MeetsMargin(CtvLevelMargin.Create(3, 2))); // only one level exists above C2
        Assert.True(TreatedSpanCoverage.Evaluate(Spans("C1"), Spans("C1-C2"), Standard).Lesions[0].MeetsMargin(default));
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(SpineAnatomy, VertebralSpan[], CtvLevelMargin)>> LesionsAndMargins() =>
            (from a in SpineGenerators.Anatomy
             from lesions in SpineGenerators.SpansIn(a)
             from above in Draw.Choose(0, 10)
             from below in Draw.Choose(0, 10)
             select (a, lesions, CtvLevelMargin.Create(above, below))).ToArbitrary();
    }
}
