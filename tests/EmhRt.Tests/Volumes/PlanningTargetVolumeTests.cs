using System.Globalization;
using EmhRt.Spine;
using EmhRt.Tests.Properties;
using EmhRt.Tests.Spine;
using EmhRt.Volumes;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Volumes;

public class PlanningTargetVolumeTests
{
    private const double Tolerance = 1e-9;
    private static readonly SpineAnatomy Standard = SpineAnatomy.Standard;
    private static readonly SpineGeometry Male = SpineGeometry.Population(Sex.Male, Standard);

    private static ClinicalTargetVolume Ctv(string lesions, SpineAnatomy? anatomy = null) =>
        ClinicalTargetVolume.Create(SpineNotation.ParseSpans(lesions, anatomy ?? Standard).Value, CtvLevelMargin.Recommended, anatomy ?? Standard);

    [Fact]
    public void Population_geometry_uses_gray1918_regional_lengths()
    {
        Assert.True(Male.IsEstimate);
        Assert.Contains("gray1918", Male.Source, StringComparison.Ordinal);
        Assert.Equal(0, Male.TopOf(VertebralLevel.C1), Tolerance);
        Assert.Equal(125, Male.TopOf(VertebralLevel.Thoracic(1)), Tolerance);
        Assert.Equal(405, Male.TopOf(VertebralLevel.Lumbar(1)), Tolerance);
        Assert.Equal(585, Male.TopOf(VertebralLevel.Sacral(1)), Tolerance);
        Assert.Equal(710, Male.BottomOf(VertebralLevel.Coccyx), Tolerance);
        Assert.Equal(125.0 / 6, Male.HeightOf(VertebralLevel.Coccyx), Tolerance);
        Assert.Equal(280.0 / 12, Male.HeightOf(VertebralLevel.Thoracic(5)), Tolerance);
        var female = SpineGeometry.Population(Sex.Female, Standard);
        Assert.Equal(710 * 0.86, female.BottomOf(VertebralLevel.Coccyx), 1e-6);
        var longSpine = SpineGeometry.Population(Sex.Male, SpineAnatomy.Create(13, 6));
        Assert.Equal(710 + (280.0 / 12) + 36, longSpine.BottomOf(VertebralLevel.Coccyx), 1e-6);
        Assert.Throws<ArgumentOutOfRangeException>(() => SpineGeometry.Population((Sex)7, Standard));
    }

    [Fact]
    public void Seed_003_CTV_T4_T9_with_20_mm_margins()
    {
        var ptv = PlanningTargetVolume.Create(Ctv("T5-T8"), PtvMargin.Isotropic(20), Male);
        Assert.Equal(140, ptv.CtvExtentMm, 1e-9);
        Assert.Equal(140, ptv.CtvTotalLengthMm, 1e-9);
        Assert.Equal(180, ptv.PtvLengthMm, 1e-9);
        Assert.True(ptv.FitsSingleField());
        Assert.True(ptv.IsEstimate);
        Assert.Equal(VertebralLevel.Thoracic(3), ptv.SuperiorBorder.Level);
        Assert.Equal(195 - 20 - (125 + (2 * 280.0 / 12)), ptv.SuperiorBorder.MillimetresBelowTop, 1e-9);
        Assert.Equal("in T3, 3.3 mm below its top", ptv.SuperiorBorder.ToString());
        Assert.Equal(VertebralLevel.Thoracic(10), ptv.InferiorBorder.Level);
        Assert.Equal(20, ptv.InferiorBorder.MillimetresBelowTop, 1e-9);
    }

    [Fact]
    public void Seed_002_CTV_T1_S2_is_longer_than_one_40_cm_field()
    {
        var ptv = PlanningTargetVolume.Create(Ctv("T2-S1"), PtvMargin.Isotropic(20), Male);
        Assert.Equal(125 + 280 + 180 + (2 * 125.0 / 6) - 125, ptv.CtvExtentMm, 1e-9);
        Assert.Equal(ptv.CtvExtentMm + 40, ptv.PtvLengthMm, 1e-9);
        Assert.False(ptv.FitsSingleField());
        Assert.True(ptv.FitsSingleField(1350));
        Assert.Equal(400, PlanningTargetVolume.SingleFieldLimitMm);
    }

    [Fact]
    public void Two_segments_report_sum_and_overall_extent()
    {
        var ptv = PlanningTargetVolume.Create(Ctv("T5-T10 and L3-S1"), PtvMargin.Create(10, 15, 10), Male);
        var t = 280.0 / 12;
        Assert.Equal(2, ptv.CtvSegmentLengthsMm.Length);
        Assert.Equal(8 * t, ptv.CtvSegmentLengthsMm[0], 1e-9);
        Assert.Equal((4 * 36) + (2 * 125.0 / 6), ptv.CtvSegmentLengthsMm[1], 1e-9);
        Assert.Equal((8 * t) + (4 * 36) + (2 * 125.0 / 6), ptv.CtvTotalLengthMm, 1e-9);
        Assert.Equal(ptv.CtvTotalLengthMm + t + 36, ptv.CtvExtentMm, 1e-9);
        Assert.Equal(ptv.CtvExtentMm + 25, ptv.PtvLengthMm, 1e-9);
        Assert.Equal((8 * t) + 25, ptv.PtvSegmentLengthsMm[0], 1e-9);
        Assert.Equal((4 * 36) + (2 * 125.0 / 6) + 25, ptv.PtvSegmentLengthsMm[1], 1e-9);
    }

    [Fact]
    public void Borders_beyond_C1_and_the_coccyx_are_flagged()
    {
        var ptv = PlanningTargetVolume.Create(Ctv("C1-C2"), PtvMargin.Isotropic(20), Male);
        Assert.Equal(BorderLocation.CranialToC1, ptv.SuperiorBorder.Location);
        Assert.Null(ptv.SuperiorBorder.Level);
        Assert.Equal(20, ptv.SuperiorBorder.MillimetresBeyond, 1e-9);
        Assert.Equal("20.0 mm above the top of C1", ptv.SuperiorBorder.ToString());

        var low = PlanningTargetVolume.Create(Ctv("S5"), PtvMargin.Isotropic(10), Male);
        Assert.Equal(BorderLocation.CaudalToCoccyx, low.InferiorBorder.Location);
        Assert.Equal(10, low.InferiorBorder.MillimetresBeyond, 1e-9);
    }

    [Fact]
    public void A_border_exactly_on_a_boundary_belongs_to_the_level_above_for_the_inferior_border()
    {
        var ptv = PlanningTargetVolume.Create(Ctv("T5-T8"), PtvMargin.Isotropic(0), Male);
        Assert.Equal("in T4, 0.0 mm below its top", ptv.SuperiorBorder.ToString());
        Assert.Equal(VertebralLevel.Thoracic(9), ptv.InferiorBorder.Level);
        Assert.Equal(280.0 / 12, ptv.InferiorBorder.MillimetresBelowTop, 1e-9);
    }

    [Fact]
    public void Ptv_margin_validates_user_input()
    {
        Assert.Equal(new[] { 20.0, 20.0, 20.0 }, new[] { PtvMargin.Isotropic(20).SuperiorMm, PtvMargin.Isotropic(20).InferiorMm, PtvMargin.Isotropic(20).RadialMm });
        Assert.Throws<ArgumentOutOfRangeException>(() => PtvMargin.Create(51, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PtvMargin.Isotropic(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => PtvMargin.Create(0, -1, 0));
        Assert.False(PtvMargin.TryCreate(10, double.PositiveInfinity, 10, out _, out var error));
        Assert.Equal("the inferior PTV margin must be a number from 0 to 50 mm, not Infinity", error);
        Assert.True(PtvMargin.TryCreate(10, 20, 5, out var margin, out _));
        Assert.Equal("superior 10 mm, inferior 20 mm, radial 5 mm", margin.ToString());
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Ptv_length_is_ctv_extent_plus_both_margins_and_adding_a_level_never_shortens(Sample<(SpineAnatomy, VertebralSpan[], PtvMargin, Sex)> sample)
    {
        var (a, lesions, margin, sex) = sample.Value;
        var geometry = SpineGeometry.Population(sex, a);
        var ctv = ClinicalTargetVolume.Create(lesions, CtvLevelMargin.Recommended, a);
        var ptv = PlanningTargetVolume.Create(ctv, margin, geometry);
        Assert.Equal(ptv.CtvExtentMm + margin.SuperiorMm + margin.InferiorMm, ptv.PtvLengthMm, 1e-9);
        Assert.Equal(geometry.LengthOf(ctv.Segments), ptv.CtvTotalLengthMm, 1e-9);
        Assert.True(ptv.CtvTotalLengthMm <= ptv.CtvExtentMm + 1e-9);

        foreach (var span in lesions)
        {
            if (a.TryStep(span.Caudal, 1, out var next))
            {
                Assert.True(geometry.LengthOf(VertebralSpan.Create(span.Cranial, next)) > geometry.LengthOf(span));
            }

            if (a.TryStep(span.Cranial, -1, out var previous))
            {
                Assert.True(geometry.LengthOf(VertebralSpan.Create(previous, span.Caudal)) > geometry.LengthOf(span));
            }

            Assert.True(geometry.TryGetLevelAt(geometry.TopOf(span.Cranial), out var level));
            Assert.Equal(span.Cranial, level);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Ptv_text_is_identical_under_any_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var ptv = PlanningTargetVolume.Create(Ctv("T5-T8"), PtvMargin.Create(12.5, 20, 10), Male);
            Assert.Equal("in T3, 10.8 mm below its top", ptv.SuperiorBorder.ToString());
            Assert.Equal("superior 12.5 mm, inferior 20 mm, radial 10 mm", ptv.Margin.ToString());
            Assert.Equal("T4-T9", ptv.Ctv.ToString());
            Assert.False(PtvMargin.TryCreate(60.5, 0, 0, out _, out var error));
            Assert.Equal("the superior PTV margin must be a number from 0 to 50 mm, not 60.5", error);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(SpineAnatomy, VertebralSpan[], PtvMargin, Sex)>> LesionsMarginsAndSex() =>
            (from a in SpineGenerators.Anatomy
             from lesions in SpineGenerators.SpansIn(a)
             from sup in Draw.Choose(0, 500)
             from inf in Draw.Choose(0, 500)
             from female in Draw.Elements(true, false)
             select (a, lesions, PtvMargin.Create(sup / 10.0, inf / 10.0, 5), female ? Sex.Female : Sex.Male)).ToArbitrary();
    }
}
