using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Spine;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Reirradiation;

public class ReirradiationAssessmentTests
{
    private static readonly Fractionation ThirtyInFifteen = Fractionation.Parse("30 Gy/15").Value;
    private static readonly DateOnly Then = new(2023, 1, 10);
    private static readonly DateOnly Now = new(2026, 1, 10);

    /// <summary>The largest anatomy (13 thoracic, 6 lumbar: 32 levels), where every drawn index 0–31 is a level.</summary>
    private static readonly SpineAnatomy Largest = SpineAnatomy.Create(13, 6);

    private static VertebralSpan Span(string text) => SpineNotation.ParseSpan(text, SpineAnatomy.Standard).Value;

    /// <summary>Each index (0 = C1 in <paramref name="anatomy"/>) as a one-level span.</summary>
    private static VertebralSpan[] AtIndices(IEnumerable<int> indices, SpineAnatomy anatomy) =>
        [.. indices.Select(i => VertebralSpan.Single(anatomy.LevelAt(i)))];

    [Fact]
    public void Two_courses_of_30_Gy_in_15_three_years_apart_give_120_Gy2_where_they_overlap_and_60_where_not()
    {
        // Prior T3–T8 (indices 9–14), current T7–T10 (13–16).
        var prior = new PriorCourse(ThirtyInFifteen, Then, [Span("T3-T8")], SpineAnatomy.Standard);
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [Span("T7-T10")], [prior], null);
        Assert.False(a.FullOverlapAssumed);
        Assert.Equal(Dose.FromGy(120), a.MaximumCumulativeBed);
        Assert.Equal(VertebralLevel.Thoracic(7), a.MaximumCumulativeBedLevel);
        Assert.Equal(13, a.MaximumCumulativeBedLevelIndex);
        Assert.Equal(Dose.FromGy(120), a.Levels.Single(l => l.Level == VertebralLevel.Thoracic(8)).CumulativeBed);
        Assert.Equal(Dose.FromGy(60), a.Levels.Single(l => l.Level == VertebralLevel.Thoracic(3)).CumulativeBed);
        Assert.Equal(Dose.FromGy(60), a.Levels.Single(l => l.Level == VertebralLevel.Thoracic(10)).CumulativeBed);
        Assert.Equal([VertebralLevel.Thoracic(7), VertebralLevel.Thoracic(8)], a.ReirradiatedLevels.ToArray());
        Assert.Equal([VertebralLevel.Thoracic(9), VertebralLevel.Thoracic(10)], a.NewLevels.ToArray());
        Assert.Equal([13, 14], a.ReirradiatedLevelIndices.ToArray());
        Assert.Equal([15, 16], a.NewLevelIndices.ToArray());
        Assert.Equal(Span("T3-T10").Levels(SpineAnatomy.Standard), a.Levels.Select(l => l.Level));
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
        var prior = new PriorCourse(Fractionation.Parse("66 Gy/33").Value, Then, [Span("C5-T3")], SpineAnatomy.Standard);
        var a = ReirradiationAssessment.Evaluate(Fractionation.Parse("20 Gy/10").Value, Now, [Span("T8-T10")], [prior], null);
        Assert.Empty(a.ReirradiatedLevels);
        Assert.Equal(Dose.FromGy(40), a.MaximumCumulativeBed);
        Assert.Equal(VertebralLevel.Thoracic(8), a.MaximumCumulativeBedLevel);
        Assert.Equal(Dose.FromGy(40), a.LargestSingleCourseBed);
        Assert.True(a.EachCourseWithinNiederExperience);
        Assert.True(a.CumulativeWithinNoMyelopathyReported);
        Assert.Equal(Dose.FromGy(132), a.Levels.Single(l => l.Level == VertebralLevel.Cervical(5)).CumulativeBed);
    }

    [Fact]
    public void Without_regions_full_overlap_is_assumed_and_said()
    {
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [new PriorCourse(ThirtyInFifteen, Then)]);
        Assert.True(a.FullOverlapAssumed);
        Assert.Equal(Dose.FromGy(120), a.MaximumCumulativeBed);
        Assert.Null(a.MaximumCumulativeBedLevel);
        Assert.Empty(a.Levels);
        Assert.Empty(a.NewLevels);
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
        var options = new ReirradiationOptions { AlphaBetaForLevel = l => l.Region == SpineRegion.Lumbar ? AlphaBeta.FromGy(4) : AlphaBeta.FromGy(2) };
        var fifty = Fractionation.Parse("50 Gy/25").Value;
        var a = ReirradiationAssessment.Evaluate(fifty, Now, [Span("T12-L1")], [], options);
        Assert.Equal(Dose.FromGy(100), a.Levels[0].CumulativeBed);
        Assert.Equal(Dose.FromGy(75), a.Levels[1].CumulativeBed);
        Assert.Equal(AlphaBeta.FromGy(4), a.Levels[1].AlphaBeta);
        Assert.Null(a.MonthsSinceLastPriorCourse);
        Assert.True(a.IntervalWithinNiederExperience);
        Assert.Equal([VertebralLevel.Thoracic(12), VertebralLevel.Lumbar(1)], a.NewLevels.ToArray());
        Assert.Equal([18, 19], a.NewLevelIndices.ToArray());
    }

    [Fact]
    public void Prior_course_without_region_is_assumed_to_cover_every_named_level()
    {
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [Span("C6-C7")], [new PriorCourse(ThirtyInFifteen, Then)], null);
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
        Assert.Throws<ArgumentException>(() => new PriorCourse(ThirtyInFifteen, Then, [], SpineAnatomy.Standard));
        Assert.Throws<ArgumentNullException>(() => new PriorCourse(ThirtyInFifteen, Then, null!, SpineAnatomy.Standard));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryModel.Discount(1.5, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryModel.Discount(0.25, -1));
    }

    [Fact]
    public void A_level_the_anatomy_lacks_is_refused_where_the_spans_are_given()
    {
        // T13 exists only with 13 thoracic vertebrae; L6 only with 6 lumbar.
        var t13 = VertebralSpan.Single(VertebralLevel.Thoracic(13));
        var error = Assert.Throws<ArgumentException>(() => new PriorCourse(ThirtyInFifteen, Then, [t13], SpineAnatomy.Standard));
        Assert.Equal("spans", error.ParamName);
        error = Assert.Throws<ArgumentException>(() => ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [t13], [], null));
        Assert.Equal("currentSpans", error.ParamName);
    }

    [Fact]
    public void Prior_levels_counted_in_another_anatomy_are_refused_not_shifted()
    {
        // T12-L1 is three levels with 13 thoracic vertebrae (T12, T13, L1): the same index means another level there.
        var thirteen = SpineAnatomy.Create(13, 5);
        var prior = new PriorCourse(ThirtyInFifteen, Then, [Span("T12-L1")], thirteen);
        Assert.Equal([VertebralLevel.Thoracic(12), VertebralLevel.Thoracic(13), VertebralLevel.Lumbar(1)], prior.Levels!.ToArray());
        var error = Assert.Throws<ArgumentException>(() => ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [Span("T12")], [prior], null));
        Assert.Equal("priorCourses", error.ParamName);

        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [VertebralSpan.Create(VertebralLevel.Thoracic(13), VertebralLevel.Lumbar(1))], [prior], new ReirradiationOptions { Anatomy = thirteen });
        Assert.Equal([VertebralLevel.Thoracic(13), VertebralLevel.Lumbar(1)], a.ReirradiatedLevels.ToArray());
        Assert.Equal(VertebralLevel.Thoracic(13), a.MaximumCumulativeBedLevel);
        Assert.Equal([VertebralLevel.Thoracic(12), VertebralLevel.Thoracic(13), VertebralLevel.Lumbar(1)], a.Levels.Select(l => l.Level));
    }

    [Fact]
    public void The_cauda_equina_callback_receives_levels()
    {
        // Below L1 (the default conus) the canal holds the cauda equina: the caller decides by level, not by index.
        var options = new ReirradiationOptions { IsCaudaEquinaAtLevel = l => l > VertebralLevel.Lumbar(1) };
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, [Span("L1-L2")], [], options);
        Assert.Equal([false, true], a.Levels.Select(l => l.IsCaudaEquina));
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
        var options = new ReirradiationOptions { Anatomy = Largest, AlphaBetaForLevel = l => alphaBeta(Largest.IndexOf(l)) };
        var regionsOf = new[] { t.first, t.second };
        var priors = Enumerable.Range(0, t.count)
            .Select(i => (t.regions & (1 << i)) != 0 && regionsOf[i].Count > 0
                ? new PriorCourse(Fractionation.Parse(i == 0 ? "20 Gy/10" : "8 Gy/1").Value, Then.AddDays(i), AtIndices(regionsOf[i], Largest), Largest)
                : new PriorCourse(Fractionation.Parse(i == 0 ? "20 Gy/10" : "8 Gy/1").Value, Then.AddDays(i)))
            .ToList();
        var current = t.currentKnown && t.current.Count > 0 ? t.current : null;
        var a = ReirradiationAssessment.Evaluate(ThirtyInFifteen, Now, current is null ? null : AtIndices(current, Largest), priors, options);

        var anyRegion = current is not null || priors.Exists(p => p.LevelIndices is not null);
        if (!anyRegion)
        {
            Assert.Empty(a.Levels);
            return;
        }

        var universe = (current ?? []).Concat(priors.SelectMany(p => p.LevelIndices ?? [])).Distinct().Order().ToArray();
        Assert.Equal(universe, a.Levels.Select(l => l.LevelIndex).ToArray());
        Assert.Equal(universe.Select(Largest.LevelAt), a.Levels.Select(l => l.Level));
        Assert.Equal(a.ReirradiatedLevelIndices.Select(Largest.LevelAt), a.ReirradiatedLevels);
        Assert.Equal(a.NewLevelIndices.Select(Largest.LevelAt), a.NewLevels);
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
            var indices = Draw.ListOf(Draw.Choose(0, 31));
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
