using EmhRt.Spine;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Spine;

public class VertebralLevelTests
{
    [Fact]
    public void Default_level_is_C1()
    {
        Assert.Equal(VertebralLevel.C1, default);
        Assert.Equal(SpineRegion.Cervical, default(VertebralLevel).Region);
        Assert.Equal(1, default(VertebralLevel).Number);
        Assert.Equal("C1", default(VertebralLevel).ToString());
    }

    [Fact]
    public void Default_anatomy_is_standard_12_thoracic_5_lumbar()
    {
        var a = default(SpineAnatomy);
        Assert.Equal(12, a.ThoracicCount);
        Assert.Equal(5, a.LumbarCount);
        Assert.Equal(30, a.LevelCount);
        Assert.Equal(SpineAnatomy.Standard, a);
        Assert.Equal(VertebralLevel.C1, a.First);
        Assert.Equal(VertebralLevel.Coccyx, a.Last);
    }

    [Theory]
    [InlineData(SpineRegion.Cervical, 6, "C6")]
    [InlineData(SpineRegion.Thoracic, 5, "T5")]
    [InlineData(SpineRegion.Thoracic, 13, "T13")]
    [InlineData(SpineRegion.Lumbar, 6, "L6")]
    [InlineData(SpineRegion.Sacral, 2, "S2")]
    [InlineData(SpineRegion.Coccygeal, 1, "Co")]
    public void Levels_have_canonical_text(SpineRegion region, int number, string text) =>
        Assert.Equal(text, VertebralLevel.Of(region, number).ToString());

    [Theory]
    [InlineData(SpineRegion.Cervical, 0)]
    [InlineData(SpineRegion.Cervical, 8)]
    [InlineData(SpineRegion.Thoracic, 14)]
    [InlineData(SpineRegion.Lumbar, 7)]
    [InlineData(SpineRegion.Sacral, 6)]
    [InlineData(SpineRegion.Coccygeal, 2)]
    [InlineData((SpineRegion)9, 1)]
    public void Factories_reject_numbers_no_anatomy_has(SpineRegion region, int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VertebralLevel.Of(region, number));

    [Fact]
    public void Create_checks_the_anatomy()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VertebralLevel.Create(SpineRegion.Thoracic, 13, SpineAnatomy.Standard));
        Assert.Equal(VertebralLevel.Thoracic(13), VertebralLevel.Create(SpineRegion.Thoracic, 13, SpineAnatomy.Create(13, 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VertebralLevel.Create(SpineRegion.Thoracic, 12, SpineAnatomy.Create(11, 5)));
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(14, 5)]
    [InlineData(12, 3)]
    [InlineData(12, 7)]
    public void Anatomy_rejects_counts_outside_11_to_13_and_4_to_6(int thoracic, int lumbar) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SpineAnatomy.Create(thoracic, lumbar));

    [Fact]
    public void Ordering_is_cranial_to_caudal_and_anatomy_independent()
    {
        VertebralLevel[] expected =
        [
            VertebralLevel.C1, VertebralLevel.Cervical(7), VertebralLevel.Thoracic(1), VertebralLevel.Thoracic(12),
            VertebralLevel.Thoracic(13), VertebralLevel.Lumbar(1), VertebralLevel.Lumbar(6), VertebralLevel.Sacral(1),
            VertebralLevel.Sacral(5), VertebralLevel.Coccyx,
        ];
        var shuffled = expected.Reverse().ToList();
        shuffled.Sort();
        Assert.Equal(expected, shuffled);
        Assert.True(VertebralLevel.Thoracic(12) < VertebralLevel.Lumbar(1));
        Assert.True(VertebralLevel.Coccyx >= VertebralLevel.Sacral(5));
    }

    [Theory]
    [InlineData(12, 5, "C7", 1, "T1")]
    [InlineData(12, 5, "T12", 1, "L1")]
    [InlineData(13, 5, "T12", 1, "T13")]
    [InlineData(13, 5, "T13", 1, "L1")]
    [InlineData(11, 5, "T11", 1, "L1")]
    [InlineData(12, 5, "L5", 1, "S1")]
    [InlineData(12, 6, "L5", 1, "L6")]
    [InlineData(12, 4, "L4", 1, "S1")]
    [InlineData(12, 5, "S5", 1, "Co")]
    [InlineData(12, 5, "Co", -1, "S5")]
    [InlineData(12, 5, "L1", -1, "T12")]
    [InlineData(12, 5, "T5", 3, "T8")]
    public void Stepping_crosses_region_boundaries_in_the_patients_anatomy(int t, int l, string from, int delta, string to)
    {
        var a = SpineAnatomy.Create(t, l);
        var level = SpineNotation.ParseLevel(from, a).Value;
        Assert.True(a.TryStep(level, delta, out var result));
        Assert.Equal(to, result.ToString());
        Assert.Equal(delta, a.Distance(level, result));
    }

    [Fact]
    public void Stepping_off_either_end_fails()
    {
        var a = SpineAnatomy.Standard;
        Assert.False(a.TryStep(VertebralLevel.C1, -1, out var r1));
        Assert.Equal(VertebralLevel.C1, r1);
        Assert.False(a.TryStep(VertebralLevel.Coccyx, 1, out _));
        Assert.False(a.TryStep(VertebralLevel.C1, int.MinValue, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Next(VertebralLevel.Coccyx));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Previous(VertebralLevel.C1));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.IndexOf(VertebralLevel.Thoracic(13)));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.LevelAt(30));
    }

    [Fact]
    public void Index_and_level_at_are_inverse_for_every_anatomy()
    {
        foreach (var a in SpineAnatomy.All)
        {
            Assert.Equal(7 + a.ThoracicCount + a.LumbarCount + 6, a.LevelCount);
            Assert.Equal(0, a.IndexOf(a.First));
            Assert.Equal(a.LevelCount - 1, a.IndexOf(a.Last));
            for (var i = 0; i < a.LevelCount; i++)
            {
                var level = a.LevelAt(i);
                Assert.True(a.Contains(level));
                Assert.Equal(i, a.IndexOf(level));
                if (i > 0)
                {
                    Assert.True(a.LevelAt(i - 1) < level);
                }
            }
        }

        Assert.Equal(9, SpineAnatomy.All.Distinct().Count());
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Level_ordering_and_equality_satisfy_their_contracts(Sample<(VertebralLevel, VertebralLevel, VertebralLevel)> sample)
    {
        var (a, b, c) = sample.Value;
        Assert.Equal(0, a.CompareTo(a));
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        if (a <= b && b <= c)
        {
            Assert.True(a <= c);
        }

        Assert.Equal(a == b, a.CompareTo(b) == 0);
        Assert.Equal(a.Equals(b), a.Equals((object)b));
        if (a == b)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        Assert.Equal(a < b, a.CompareTo(b) < 0);
        Assert.Equal(a > b, a.CompareTo(b) > 0);
        Assert.Equal(a != b, !a.Equals(b));
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Span_ordering_and_equality_satisfy_their_contracts(Sample<(VertebralSpan, VertebralSpan, VertebralSpan)> sample)
    {
        var (a, b, c) = sample.Value;
        Assert.Equal(0, a.CompareTo(a));
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        if (a <= b && b <= c)
        {
            Assert.True(a <= c);
        }

        Assert.Equal(a == b, a.CompareTo(b) == 0);
        if (a.Equals((object)b))
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        Assert.True(a.Cranial <= a.Caudal);
    }

    [Fact]
    public void Span_create_orders_reversed_bounds_and_reports_membership()
    {
        var a = SpineAnatomy.Standard;
        var span = VertebralSpan.Create(VertebralLevel.Thoracic(8), VertebralLevel.Thoracic(5));
        Assert.Equal("T5-T8", span.ToString());
        Assert.Equal("T5", VertebralSpan.Single(VertebralLevel.Thoracic(5)).ToString());
        Assert.Equal("C1", default(VertebralSpan).ToString());
        Assert.True(span.Contains(VertebralLevel.Thoracic(6)));
        Assert.False(span.Contains(VertebralLevel.Thoracic(9)));
        Assert.True(span.Contains(VertebralSpan.Create(VertebralLevel.Thoracic(6), VertebralLevel.Thoracic(8))));
        Assert.Equal(4, span.LevelCount(a));
        Assert.Equal(["T5", "T6", "T7", "T8"], span.Levels(a).Select(l => l.ToString()));

        var t12 = VertebralSpan.Create(VertebralLevel.Thoracic(10), VertebralLevel.Thoracic(12));
        var l1 = VertebralSpan.Create(VertebralLevel.Lumbar(1), VertebralLevel.Lumbar(2));
        Assert.False(t12.Overlaps(l1));
        Assert.True(t12.IsAdjacentTo(l1, a));
        Assert.True(l1.Touches(t12, a));
        Assert.False(t12.IsAdjacentTo(l1, SpineAnatomy.Create(13, 5)) );
        Assert.Throws<ArgumentOutOfRangeException>(() => t12.IsAdjacentTo(l1, SpineAnatomy.Create(11, 5)));
        Assert.True(span.Overlaps(VertebralSpan.Single(VertebralLevel.Thoracic(8))));
        Assert.False(span.IsAdjacentTo(VertebralSpan.Single(VertebralLevel.Thoracic(8)), a));
        Assert.True(span.Touches(VertebralSpan.Single(VertebralLevel.Thoracic(4)), a));
        Assert.False(span.Touches(VertebralSpan.Single(VertebralLevel.Thoracic(3)), a));
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(VertebralLevel, VertebralLevel, VertebralLevel)>> Levels() =>
            (from x in SpineGenerators.AnyLevel from y in SpineGenerators.AnyLevel from z in SpineGenerators.AnyLevel select (x, y, z)).ToArbitrary();

        public static Arbitrary<Sample<(VertebralSpan, VertebralSpan, VertebralSpan)>> Spans() =>
            (from x in SpineGenerators.SpanIn
             from y in SpineGenerators.SpanIn
             from z in SpineGenerators.SpanIn
             select (x.Span, y.Span, z.Span)).ToArbitrary();
    }
}
