using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Reirradiation;

public class ReirradiationAssessmentTests
{
    private static readonly Fractionation ThirtyInFifteen = Fractionation.Parse("30 Gy/15").Value;
    private static readonly DateOnly Then = new(2023, 1, 10);
    private static readonly DateOnly Now = new(2026, 1, 10);

    [Fact]
    public void Two_courses_of_30_Gy_in_15_three_years_apart_give_120_Gy2_where_they_overlap_and_60_where_not()
    {
        // Prior T3–T8 (indices 9–14), current T7–T10 (13–16).
        var prior = new PriorCourse(ThirtyInFifteen, Then, Enumerable.Range(9, 6));
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, Enumerable.Range(13, 4), [prior], null);
        Assert.False(a.FullOverlapAssumed);
        Assert.Equal(Dose.FromGy(120), a.MaximumCumulativeBed);
        Assert.Equal(13, a.MaximumCumulativeBedLevelIndex);
        Assert.Equal(Dose.FromGy(120), a.Levels.Single(l => l.LevelIndex == 14).CumulativeBed);
        Assert.Equal(Dose.FromGy(60), a.Levels.Single(l => l.LevelIndex == 9).CumulativeBed);
        Assert.Equal(Dose.FromGy(60), a.Levels.Single(l => l.LevelIndex == 16).CumulativeBed);
        Assert.Equal([13, 14], a.ReirradiatedLevelIndices.ToArray());
        Assert.Equal([15, 16], a.NewLevelIndices.ToArray());
        Assert.Equal(Enumerable.Range(9, 8), a.Levels.Select(l => l.LevelIndex));
        Assert.Equal(Dose.FromGy(60), a.LargestSingleCourseBed);
        Assert.Equal(36, a.MonthsSinceLastPriorCourse);
        Assert.Equal(1096, a.DaysSinceLastPriorCourse);
        Assert.True(a.IntervalWithinNiederExperience);
        Assert.True(a.EachCourseWithinNiederExperience);
        Assert.True(a.CumulativeWithinNoMyelopathyReported);
        Assert.True(a.CumulativeWithinSmallRisk);
        Assert.True(a.Recovery.IsNone);
        Assert.Contains(a.Notes, n => n.Contains("No recovery credit", StringComparison.Ordinal));
    }

    [Fact]
    public void An_earlier_course_to_another_region_is_not_re_irradiation()
    {
        // Prior 66 Gy/33 to C5–T3 (indices 4–9: 132 Gy2), current 20 Gy/10 to T8–T10 (14–16: 40 Gy2). No level gets
        // both, so nothing is re-irradiated: the nieder2006 limits see only the current course.
        var prior = new PriorCourse(Fractionation.Parse("66 Gy/33").Value, Then, Enumerable.Range(4, 6));
        var a = ReirradiationAssessment.Evaluate(Fractionation.Parse("20 Gy/10").Value, Now, Enumerable.Range(14, 3), [prior], null);
        Assert.Empty(a.ReirradiatedLevelIndices);
        Assert.Equal(Dose.FromGy(40), a.MaximumCumulativeBed);
        Assert.Equal(14, a.MaximumCumulativeBedLevelIndex);
        Assert.Equal(Dose.FromGy(40), a.LargestSingleCourseBed);
        Assert.True(a.EachCourseWithinNiederExperience);
        Assert.True(a.CumulativeWithinNoMyelopathyReported);
        Assert.Equal(Dose.FromGy(132), a.Levels.Single(l => l.LevelIndex == 4).CumulativeBed);
    }

    [Fact]
    public void Without_regions_full_overlap_is_assumed_and_said()
    {
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [new PriorCourse(ThirtyInFifteen, Then)]);
        Assert.True(a.FullOverlapAssumed);
        Assert.Equal(Dose.FromGy(120), a.MaximumCumulativeBed);
        Assert.Null(a.MaximumCumulativeBedLevelIndex);
        Assert.Empty(a.Levels);
        Assert.Contains(a.Notes, n => n.Contains("overlap completely", StringComparison.Ordinal));
    }

    [Fact]
    public void Nieder_limits_are_flagged()
    {
        // 50 Gy/25 = 100 Gy2 > 98; interval 4 months < 6; cumulative 100 + 40 = 140 > 135.5.
        var prior = new PriorCourse(Fractionation.Parse("50 Gy/25").Value, new DateOnly(2025, 9, 10));
        var a = ReirradiationAssessment.Evaluate(Fractionation.Parse("20 Gy/10").Value, Now, [prior]);
        Assert.Equal(4, a.MonthsSinceLastPriorCourse);
        Assert.Equal(4, a.ShortestIntervalMonths);
        Assert.False(a.IntervalWithinNiederExperience);
        Assert.False(a.EachCourseWithinNiederExperience);
        Assert.False(a.CumulativeWithinNoMyelopathyReported);
        Assert.False(a.CumulativeWithinSmallRisk);
        Assert.Equal(Dose.FromGy(140), a.MaximumCumulativeBed);
        Assert.Equal(Dose.FromGy(100), a.LargestSingleCourseBed);
    }

    [Fact]
    public void Recovery_credit_is_explicit_and_reported()
    {
        var options = new ReirradiationOptions { Recovery = RecoveryModel.Discount(0.25, 12) };
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, null, [new PriorCourse(ThirtyInFifteen, Then)], options);
        Assert.Equal(Dose.FromGy(105), a.MaximumCumulativeBed);
        Assert.Equal(0.75, a.Courses[0].RetainedFraction);
        Assert.Equal(1, a.Courses[1].RetainedFraction);
        Assert.True(a.Courses[1].IsCurrent);
        Assert.Contains("discounted by 25 %", a.Recovery.Description, StringComparison.Ordinal);
        Assert.Contains(a.Notes, n => n.Contains("not validated", StringComparison.Ordinal));

        var tooSoon = ReirradiationAssessment.Evaluate(ThirtyInFifteen, new DateOnly(2023, 12, 9), null, [new PriorCourse(ThirtyInFifteen, Then)], options);
        Assert.Equal(Dose.FromGy(120), tooSoon.MaximumCumulativeBed);
        Assert.Equal(10, tooSoon.MonthsSinceLastPriorCourse);
    }

    [Fact]
    public void Lumbar_levels_can_use_alpha_beta_4()
    {
        // L1 = index 19 with 7 cervical and 12 thoracic levels.
        var options = new ReirradiationOptions { AlphaBetaForLevel = i => i >= 19 ? AlphaBeta.FromGy(4) : AlphaBeta.FromGy(2) };
        var fifty = Fractionation.Parse("50 Gy/25").Value;
        var a = ReirradiationAssessment.Evaluate(fifty, Now, [18, 19], [], options);
        Assert.Equal(Dose.FromGy(100), a.Levels[0].CumulativeBed);
        Assert.Equal(Dose.FromGy(75), a.Levels[1].CumulativeBed);
        Assert.Equal(AlphaBeta.FromGy(4), a.Levels[1].AlphaBeta);
        Assert.Null(a.MonthsSinceLastPriorCourse);
        Assert.True(a.IntervalWithinNiederExperience);
        Assert.Equal([18, 19], a.NewLevelIndices.ToArray());
    }

    [Fact]
    public void Prior_course_without_region_is_assumed_to_cover_every_named_level()
    {
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [5, 6], [new PriorCourse(ThirtyInFifteen, Then)], null);
        Assert.All(a.Levels, l => Assert.Equal(Dose.FromGy(120), l.CumulativeBed));
        Assert.Contains(a.Notes, n => n.Contains("has no region", StringComparison.Ordinal));
    }

    [Fact]
    public void Shortest_interval_covers_consecutive_prior_courses()
    {
        PriorCourse[] priors = [new(ThirtyInFifteen, new DateOnly(2020, 1, 1)), new(ThirtyInFifteen, new DateOnly(2020, 3, 1))];
        var a = ReirradiationAssessment.Evaluate(Fractionation.Parse("8 Gy/4").Value, Now, priors);
        Assert.Equal(2, a.ShortestIntervalMonths);
        Assert.False(a.IntervalWithinNiederExperience);
        Assert.Equal(Dose.FromGy(136), a.MaximumCumulativeBed);
    }

    [Fact]
    public void Invalid_input_throws()
    {
        Assert.Throws<ArgumentException>(() => ReirradiationAssessment.Evaluate(ThirtyInFifteen, Then, [new PriorCourse(ThirtyInFifteen, Now)]));
        Assert.Throws<ArgumentException>(() => new PriorCourse(ThirtyInFifteen, Then, [-1]));
        Assert.Throws<ArgumentException>(() => new PriorCourse(ThirtyInFifteen, Then, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryModel.Discount(1.5, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryModel.Discount(0.25, -1));
    }

    [Theory]
    [InlineData("2023-01-10", "2023-07-10", 6)]
    [InlineData("2023-01-10", "2023-07-09", 5)]
    [InlineData("2023-01-31", "2023-02-28", 1)]
    [InlineData("2023-01-31", "2023-02-27", 0)]
    [InlineData("2023-01-31", "2023-03-01", 1)]
    [InlineData("2023-01-10", "2023-01-10", 0)]
    [InlineData("2023-01-10", "2026-01-10", 36)]
    public void Whole_months_are_calendar_months(string from, string to, int months)
    {
        Assert.Equal(months, ReirradiationAssessment.WholeMonths(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Per_level_doses_follow_the_set_definition_for_any_regions_in_any_order(Sample<(List<int> current, bool currentKnown, List<int> first, List<int> second, int regions, int count)> sample)
    {
        // Levels are the union of every region; a level's BED sums each course that covers it (no region = every level),
        // at the α/β of that level. Unsorted and repeated indices are sets.
        var t = sample.Value;
        var alphaBeta = (Func<int, AlphaBeta>)(i => AlphaBeta.FromGy(i < 20 ? 2 : 4));
        var options = new ReirradiationOptions { AlphaBetaForLevel = alphaBeta };
        var regionsOf = new[] { t.first, t.second };
        var priors = Enumerable.Range(0, t.count)
            .Select(i => new PriorCourse(
                Fractionation.Parse(i == 0 ? "20 Gy/10" : "8 Gy/1").Value, Then.AddDays(i),
                (t.regions & (1 << i)) != 0 && regionsOf[i].Count > 0 ? regionsOf[i] : null))
            .ToList();
        var current = t.currentKnown && t.current.Count > 0 ? t.current : null;
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, current, priors, options);

        var anyRegion = current is not null || priors.Exists(p => p.LevelIndices is not null);
        if (!anyRegion)
        {
            Assert.Empty(a.Levels);
            return;
        }

        var universe = (current ?? []).Concat(priors.SelectMany(p => p.LevelIndices ?? [])).Distinct().Order().ToArray();
        Assert.Equal(universe, a.Levels.Select(l => l.LevelIndex).ToArray());
        foreach (var level in a.Levels)
        {
            var ab = alphaBeta(level.LevelIndex);
            var covering = priors.Where(p => p.LevelIndices?.Contains(level.LevelIndex) ?? true).ToList();
            var inCurrent = current?.Contains(level.LevelIndex) ?? true;
            var expected = covering.Sum(p => LinearQuadratic.Bed(p.Fractionation, ab).Gy)
                + (inCurrent ? LinearQuadratic.Bed(ThirtyInFifteen, ab).Gy : 0);
            Assert.Equal(expected, level.CumulativeBed.Gy, 9);
            var expectedGy2 = covering.Sum(p => LinearQuadratic.Bed(p.Fractionation, NiederLimits.AlphaBeta).Gy)
                + (inCurrent ? LinearQuadratic.Bed(ThirtyInFifteen, NiederLimits.AlphaBeta).Gy : 0);
            Assert.Equal(expectedGy2, level.CumulativeBedGy2.Gy, 9);
            Assert.Equal(covering.Count, level.PriorCourseCount);
            Assert.Equal(inCurrent, level.InCurrentCourse);
            Assert.Equal(ab, level.AlphaBeta);
        }

        Assert.Equal(a.Levels.Where(l => l.InCurrentCourse && l.PriorCourseCount > 0).Select(l => l.LevelIndex), a.ReirradiatedLevelIndices);
        Assert.Equal(a.Levels.Where(l => l.InCurrentCourse && l.PriorCourseCount == 0).Select(l => l.LevelIndex), a.NewLevelIndices);
        // Only levels the current course treats are re-irradiated; the limits are compared there, in Gy₂ (α/β 2 Gy)
        // whatever α/β the level uses elsewhere.
        var treatedNow = a.Levels.Where(l => l.InCurrentCourse).ToList();
        Assert.Equal(treatedNow.Max(l => l.CumulativeBedGy2.Gy), a.MaximumCumulativeBed.Gy, 9);
        var largest = treatedNow.Max(l => Math.Max(
            LinearQuadratic.Bed(ThirtyInFifteen, NiederLimits.AlphaBeta).Gy,
            priors.Where(p => p.LevelIndices?.Contains(l.LevelIndex) ?? true).Select(p => LinearQuadratic.Bed(p.Fractionation, NiederLimits.AlphaBeta).Gy).DefaultIfEmpty(0).Max()));
        Assert.Equal(largest, a.LargestSingleCourseBed.Gy, 9);
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(List<int> current, bool currentKnown, List<int> first, List<int> second, int regions, int count)>> Regions()
        {
            var indices = Draw.ListOf(Draw.Choose(0, 30));
            return (from current in indices
                    from currentKnown in Draw.Elements(true, false)
                    from first in indices
                    from second in indices
                    from regions in Draw.Choose(0, 3)
                    from count in Draw.Choose(1, 2)
                    select (current, currentKnown, first, second, regions, count)).ToArbitrary();
        }
    }
}
