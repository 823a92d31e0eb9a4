using EmhRt.Literature;
using EmhRt.Spine;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Literature;

public class LesionRegionParserTests
{
    private const SpineRegions C = SpineRegions.Cervical;
    private const SpineRegions T = SpineRegions.Thoracic;
    private const SpineRegions L = SpineRegions.Lumbar;
    private const SpineRegions S = SpineRegions.Sacral;
    private const SpineRegions Co = SpineRegions.Coccygeal;

    [Theory]
    [InlineData("T8-T12", T)]
    [InlineData("T8–T12", T)]
    [InlineData("T2–S1", T | L | S)]
    [InlineData("T2 to S1", T | L | S)]
    [InlineData("D5-D8", T)]
    [InlineData("Th10-12", T)]
    [InlineData("L1–L3", L)]
    [InlineData("T3–8", T)]
    [InlineData("C2-C3", C)]
    [InlineData("C4", C)]
    [InlineData("C6-Coccyx", C | T | L | S | Co)]
    [InlineData("T5-T10 L3-S1", T | L | S)]
    [InlineData("T10 L3", T | L)]
    [InlineData("L5/S1", L | S)]
    [InlineData("T6-7 disc", T)]
    [InlineData("S1-C7", C | T | L | S)]
    [InlineData("t4 - l2", T | L)]
    [InlineData("Co", Co)]
    [InlineData("Cx", Co)]
    [InlineData("T5-T11 and L5-S2", T | L | S)]
    [InlineData("Cranial", SpineRegions.None)]
    [InlineData("lumbar", SpineRegions.None)]
    [InlineData("", SpineRegions.None)]
    [InlineData("-", SpineRegions.None)]
    [InlineData("12-14", SpineRegions.None)]
    public void Extract_finds_the_regions_a_printed_span_touches(string text, SpineRegions expected) =>
        Assert.Equal(expected, LesionRegionParser.Extract(text));

    [Fact]
    public void Extract_of_null_is_none() => Assert.Equal(SpineRegions.None, LesionRegionParser.Extract(null));

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool A_span_within_one_region_gives_only_that_region(Sample<(string Text, SpineRegions Region)> x) =>
        LesionRegionParser.Extract(x.Value.Text) == x.Value.Region;

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool A_span_across_regions_includes_every_region_between_its_bounds_in_either_order(Sample<((string Letter, int Index) a, (string Letter, int Index) b, int n)> sample)
    {
        var x = sample.Value;
        SpineRegions[] order = [C, T, L, S];
        var expected = SpineRegions.None;
        for (var i = Math.Min(x.a.Index, x.b.Index); i <= Math.Max(x.a.Index, x.b.Index); i++)
        {
            expected |= order[i];
        }

        return LesionRegionParser.Extract($"{x.a.Letter}{x.n}–{x.b.Letter}{x.n}") == expected;
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        private static readonly (string Letter, int Index)[] Letters = [("C", 0), ("T", 1), ("L", 2), ("S", 3)];

        public static Arbitrary<Sample<(string Text, SpineRegions Region)>> SpansWithinOneRegion() =>
            (from letter in Draw.Elements(("C", C), ("T", T), ("Th", T), ("D", T), ("L", L), ("S", S))
             from a in Draw.Choose(1, 12)
             from b in Draw.Choose(1, 12)
             from sep in Draw.Elements("-", "–", " to ", " - ", "/")
             from repeat in Draw.Elements(true, false)
             select (Text: letter.Item1 + a + sep + (repeat ? letter.Item1 : "") + b, Region: letter.Item2)).ToArbitrary();

        public static Arbitrary<Sample<((string Letter, int Index) a, (string Letter, int Index) b, int n)>> SpansAcrossRegions() =>
            (from a in Draw.Elements(Letters)
             from b in Draw.Elements(Letters)
             from n in Draw.Choose(1, 5)
             select (a, b, n)).ToArbitrary();
    }
}
