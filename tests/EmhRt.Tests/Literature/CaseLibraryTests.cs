using System.Globalization;
using EmhRt.Literature;
using EmhRt.Spine;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Literature;

public class CaseLibraryTests
{
    private static readonly CaseLibrary Library = CaseLibrary.Default;

    private static string[] Ids(IEnumerable<LiteratureCase> cases) => cases.Select(c => c.Id).ToArray();

    private const string SummaryFor20In10 =
        "20 Gy in 10 fractions (EQD2 20.0 Gy, α/β 10 Gy): of the 8 published radiotherapy cases with a known regimen "
        + "(EQD2 9.8–31.3 Gy), 3 have a lower EQD2, 1 the same and 4 a higher one; 2 complete responses lie within ±5 Gy EQD2 of it; "
        + "3 other radiotherapy cases do not report a complete regimen and are not counted.";

    [Fact]
    public void Cervical_filter_finds_Jackson_Scott_and_Mattei() =>
        Assert.Equal(
            ["cailleteau2023-t1-jackson1989", "cailleteau2023-t1-scott2015", "cailleteau2023-t1-mattei2013"],
            Ids(Library.InRegion(SpineRegions.Cervical)));

    [Fact]
    public void Lumbar_filter_counts_spans_that_cross_the_lumbar_spine() =>
        Assert.Equal(
            ["cailleteau2023-t1-masmas2003", "cailleteau2023-t1-scott2015", "cailleteau2023-case"],
            Ids(Library.InRegion(SpineRegions.Lumbar)));

    [Theory]
    [InlineData(SpineRegions.Thoracic, 13)]
    [InlineData(SpineRegions.Sacral, 3)]
    [InlineData(SpineRegions.Coccygeal, 1)]
    [InlineData(SpineRegions.Cervical | SpineRegions.Lumbar, 5)]
    [InlineData(SpineRegions.Cervical | SpineRegions.Thoracic | SpineRegions.Lumbar | SpineRegions.Sacral | SpineRegions.Coccygeal, 15)]
    public void Region_filter_counts(SpineRegions regions, int expected) =>
        Assert.Equal(expected, Library.InRegion(regions).Length);

    [Theory]
    [InlineData(SpineRegions.None)]
    [InlineData((SpineRegions)32)]
    public void Region_filter_rejects_no_region_and_undefined_bits(SpineRegions regions) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Library.InRegion(regions));

    [Fact]
    public void Radiotherapy_filter_splits_11_and_5()
    {
        Assert.Equal(
            [
                "cailleteau2023-t1-rice1980", "cailleteau2023-t1-jackson1989", "cailleteau2023-t1-ohta2002",
                "cailleteau2023-t1-masmas2003", "cailleteau2023-t1-baehring2008", "cailleteau2023-t1-scott2015",
                "cailleteau2023-t1-zherebitskiy2011a", "cailleteau2023-t1-mattei2013", "cailleteau2023-t1-fontanesi2020",
                "cailleteau2023-case", "actabiomed2017-case",
            ],
            Ids(Library.WithRadiotherapy()));
        Assert.Equal(
            [
                "cailleteau2023-t1-demorais1989", "cailleteau2023-t1-rutherfoord2001", "cailleteau2023-t1-piccaluga2004",
                "cailleteau2023-t1-zherebitskiy2011b", "cailleteau2023-t1-ito2017",
            ],
            Ids(Library.WithRadiotherapy(false)));
    }

    [Fact]
    public void Eqd2_range_is_inclusive_at_both_ends() =>
        Assert.Equal(
            ["cailleteau2023-t1-masmas2003", "cailleteau2023-case", "actabiomed2017-case"],
            Ids(Library.WithEqd2Between(16, 20)));

    [Fact]
    public void Eqd2_range_uses_the_given_alpha_beta()
    {
        // α/β 2: Jackson 15 Gy/1 -> 63.75 Gy; Rice 9 Gy/3 -> 11.25 Gy; Mattei 25 Gy/10 -> 28.125 Gy.
        Assert.Equal(["cailleteau2023-t1-jackson1989"], Ids(Library.WithEqd2Between(60, 70, alphaBetaGy: 2)));
        Assert.Equal(["cailleteau2023-t1-rice1980"], Ids(Library.WithEqd2Between(11.25, 11.25, alphaBetaGy: 2)));
        Assert.Equal(["cailleteau2023-t1-mattei2013"], Ids(Library.WithEqd2Between(28, 29, alphaBetaGy: 2)));
        Assert.Empty(Library.WithEqd2Between(40, 60));
    }

    [Theory]
    [InlineData(20, 10, 0)]
    [InlineData(double.NaN, 10, 10)]
    [InlineData(0, 10, 0)]
    [InlineData(0, double.PositiveInfinity, 10)]
    public void Eqd2_range_rejects_bad_arguments(double min, double max, double alphaBeta) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Library.WithEqd2Between(min, max, alphaBeta));

    [Fact]
    public void Nearest_first_for_20_Gy_in_10()
    {
        var nearest = Library.NearestByEqd2(20, 10);
        Assert.Equal(
            [
                "actabiomed2017-case", "cailleteau2023-case", "cailleteau2023-t1-masmas2003", "cailleteau2023-t1-mattei2013",
                "cailleteau2023-t1-fontanesi2020", "cailleteau2023-t1-scott2015", "cailleteau2023-t1-rice1980",
                "cailleteau2023-t1-jackson1989",
            ],
            nearest.Select(c => c.Case.Id).ToArray());
        double[] eqd2 = [20, 17.7, 16, 26.041666666666668, 30, 30.09, 9.75, 31.25];
        for (var i = 0; i < eqd2.Length; i++)
        {
            Assert.Equal(eqd2[i], nearest[i].Eqd2Gy, 10);
            Assert.Equal(eqd2[i] - 20, nearest[i].DifferenceGy, 10);
        }

        Assert.Equal(OutcomeCategory.NoImprovement, nearest[7].Outcome);
    }

    [Fact]
    public void Position_of_20_Gy_in_10()
    {
        var p = Library.Position(20, 10);
        Assert.Equal(20.0, p.ProposedEqd2Gy);
        Assert.Equal((8, 3, 1, 4), (p.CasesWithKnownRegimen, p.CasesBelow, p.CasesEqual, p.CasesAbove));
        Assert.Equal(9.75, p.MinEqd2Gy);
        Assert.Equal(31.25, p.MaxEqd2Gy);
        Assert.Equal(3, p.RadiotherapyCasesWithoutRegimen);
        Assert.Equal(["actabiomed2017-case", "cailleteau2023-case"], p.CompleteResponsesWithinWindow.Select(c => c.Case.Id).ToArray());
        Assert.Equal(SummaryFor20In10, p.Summary);
        Assert.Equal(SummaryFor20In10, p.ToString());
    }

    [Fact]
    public void Position_of_a_single_15_Gy_fraction_names_the_failed_Jackson_case_and_does_not_rank_it_with_conventional_courses()
    {
        var p = Library.Position(15, 1);
        Assert.Equal((7, 1, 0), (p.CasesBelow, p.CasesEqual, p.CasesAbove));
        Assert.Equal(["cailleteau2023-t1-scott2015", "cailleteau2023-t1-fontanesi2020"], p.CompleteResponsesWithinWindow.Select(c => c.Case.Id).ToArray());
        Assert.Equal(
            "15 Gy in 1 fraction (EQD2 31.3 Gy, α/β 10 Gy): of the 8 published radiotherapy cases with a known regimen "
            + "(EQD2 9.8–31.3 Gy), 7 have a lower EQD2, 1 the same and 0 a higher one; 2 complete responses lie within ±5 Gy EQD2 of it; "
            + "3 other radiotherapy cases do not report a complete regimen and are not counted. A single fraction is a different "
            + "kind of regimen from the conventional courses, so its EQD2 rank does not compare like with like; the nearest "
            + "published courses of 1-5 fractions: Jackson 1989, 15 Gy/1 (No improvement until his death 15 days later), "
            + "Rice 1980, 9 Gy/3 (No improvment at 6 months/NA).",
            p.Summary);
    }

    [Fact]
    public void Position_of_18_Gy_in_10_with_a_narrow_window_and_alpha_beta_2()
    {
        // α/β 2: Rice 11.25, Masmas 16, own case 17.1, Acta 20, Mattei 28.125, Fontanesi 30, Scott 29.07, Jackson 63.75.
        var p = Library.Position(18, 10, alphaBetaGy: 2, completeResponseWindowGy: 0.5);
        Assert.Equal(17.1, p.ProposedEqd2Gy, 12);
        Assert.Equal((2, 1, 5), (p.CasesBelow, p.CasesEqual, p.CasesAbove));
        Assert.Equal(["cailleteau2023-case"], p.CompleteResponsesWithinWindow.Select(c => c.Case.Id).ToArray());
        Assert.Equal(
            "18 Gy in 10 fractions (EQD2 17.1 Gy, α/β 2 Gy): of the 8 published radiotherapy cases with a known regimen "
            + "(EQD2 11.3–63.8 Gy), 2 have a lower EQD2, 1 the same and 5 a higher one; 1 complete response lies within ±0.5 Gy EQD2 of it; "
            + "3 other radiotherapy cases do not report a complete regimen and are not counted.",
            p.Summary);
    }

    [Fact]
    public void Position_with_no_complete_response_in_the_window()
    {
        var p = Library.Position(9, 3, completeResponseWindowGy: 1);
        Assert.Empty(p.CompleteResponsesWithinWindow);
        Assert.Contains("; no complete response lies within ±1 Gy EQD2 of it;", p.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Position_in_an_empty_library_says_there_is_nothing_to_compare()
    {
        var p = CaseLibrary.Create([]).Position(20, 10);
        Assert.Equal(0, p.CasesWithKnownRegimen);
        Assert.Null(p.MinEqd2Gy);
        Assert.Null(p.MaxEqd2Gy);
        Assert.Equal(
            "20 Gy in 10 fractions (EQD2 20.0 Gy, α/β 10 Gy): there is no published radiotherapy case with a known regimen to compare with.",
            p.Summary);
    }

    [Fact]
    public void Position_in_a_one_case_library_uses_singular_words()
    {
        var one = CaseLibrary.Create([Library.Find("actabiomed2017-case")!, Library.Find("cailleteau2023-t1-ohta2002")!]);
        Assert.Equal(
            "30.6 Gy in 17 fractions (EQD2 30.1 Gy, α/β 10 Gy): of the 1 published radiotherapy case with a known regimen "
            + "(EQD2 20.0 Gy), 1 has a lower EQD2, 0 the same and 0 a higher one; no complete response lies within ±5 Gy EQD2 of it; "
            + "1 other radiotherapy case does not report a complete regimen and is not counted.",
            one.Position(30.6, 17).Summary);
    }

    [Theory]
    [InlineData(0, 10, 10, 5)]
    [InlineData(-1, 10, 10, 5)]
    [InlineData(double.NaN, 10, 10, 5)]
    [InlineData(20, 0, 10, 5)]
    [InlineData(20, 10, 0, 5)]
    [InlineData(20, 10, 10, -1)]
    [InlineData(20, 10, 10, double.PositiveInfinity)]
    public void Position_rejects_bad_arguments(double dose, int fractions, double alphaBeta, double window) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Library.Position(dose, fractions, alphaBeta, window));

    [Fact]
    public void Nearest_rejects_zero_fractions() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Library.NearestByEqd2(20, 0));

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Counts_always_add_up_and_nearest_is_ordered_by_distance(Sample<(double Dose, int Fractions, double AlphaBeta)> sample)
    {
        var x = sample.Value;
        var p = Library.Position(x.Dose, x.Fractions, x.AlphaBeta);
        var ordered = true;
        for (var i = 1; i < p.Nearest.Length; i++)
        {
            ordered &= Math.Abs(p.Nearest[i - 1].DifferenceGy) <= Math.Abs(p.Nearest[i].DifferenceGy);
        }

        return ordered
            && p.CasesBelow + p.CasesEqual + p.CasesAbove == 8
            && p.CompleteResponsesWithinWindow.All(c => c.Outcome == OutcomeCategory.CompleteResponse && Math.Abs(c.DifferenceGy) <= 5);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Two_Gy_fractions_have_EQD2_equal_to_the_total_dose_for_any_alpha_beta_up_to_rounding(Sample<(int n, double ab)> sample)
    {
        var x = sample.Value;
        return Math.Abs(LiteratureEqd2.Eqd2(2.0 * x.n, x.n, x.ab) - 2.0 * x.n) <= 1e-12 * x.n;
    }

    [Theory]
    [InlineData(18, 10, 10, 17.7)]
    [InlineData(20, 10, 2, 20.0)]
    [InlineData(16, 8, 2, 16.0)]
    [InlineData(25, 10, 2, 28.125)]
    [InlineData(25, 10, 10, 26.041666666666668)]
    [InlineData(15, 1, 2, 63.75)]
    [InlineData(15, 1, 10, 31.25)]
    public void Eqd2_matches_the_clinical_facts_reference_table(double dose, int n, double ab, double expected) =>
        Assert.Equal(expected, LiteratureEqd2.Eqd2(dose, n, ab), 10);

    [Fact]
    public void Find_returns_null_for_an_unknown_id() => Assert.Null(Library.Find("nobody1900"));

    [Fact]
    public void Create_rejects_duplicate_ids()
    {
        var c = Library.Find("actabiomed2017-case")!;
        var ex = Assert.Throws<ArgumentException>(() => CaseLibrary.Create([c, c]));
        Assert.StartsWith("Case id 'actabiomed2017-case' appears more than once.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_rejects_inconsistent_cases()
    {
        var c = Library.Find("actabiomed2017-case")!;
        Assert.Contains("fractions are given without a total dose", Assert.Throws<ArgumentException>(() => CaseLibrary.Create([c with { RtTotalDoseGy = null }])).Message, StringComparison.Ordinal);
        Assert.Contains("a dose is given for a case without radiotherapy", Assert.Throws<ArgumentException>(() => CaseLibrary.Create([c with { Radiotherapy = false }])).Message, StringComparison.Ordinal);
        Assert.Contains("total dose must be a finite number > 0 Gy", Assert.Throws<ArgumentException>(() => CaseLibrary.Create([c with { RtTotalDoseGy = 0 }])).Message, StringComparison.Ordinal);
        Assert.Contains("at least 1", Assert.Throws<ArgumentException>(() => CaseLibrary.Create([c with { RtFractions = 0 }])).Message, StringComparison.Ordinal);
        Assert.Contains("must not be empty", Assert.Throws<ArgumentException>(() => CaseLibrary.Create([c with { Id = " " }])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CaseLibrary.Create([c, null!]));
    }

    [Fact]
    public void Changing_the_lesion_with_a_with_expression_recomputes_the_regions()
    {
        var c = Library.Find("actabiomed2017-case")! with { Lesion = "L1–L3" };
        Assert.Equal(SpineRegions.Lumbar, c.Regions);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Summary_and_queries_do_not_depend_on_the_current_culture(string culture)
    {
        var (oldCulture, oldUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(SummaryFor20In10, Library.Position(20, 10).Summary);
            Assert.Contains("30.6 Gy in 17 fractions (EQD2 29.2 Gy, α/β 2.5 Gy)", Library.Position(30.6, 17, alphaBetaGy: 2.5).Summary, StringComparison.Ordinal);
            Assert.Contains("within ±2.5 Gy EQD2", Library.Position(18, 10, completeResponseWindowGy: 2.5).Summary, StringComparison.Ordinal);
            Assert.Equal(3, Library.InRegion(SpineRegions.Lumbar).Length);
            Assert.Equal(SpineRegions.Thoracic | SpineRegions.Lumbar | SpineRegions.Coccygeal, LesionRegionParser.Extract("th4 - L2 cx"));
            Assert.Equal(SpineRegions.Thoracic, LesionRegionParser.Extract("TH4-TH9"));
        }
        finally
        {
            CultureInfo.CurrentCulture = oldCulture;
            CultureInfo.CurrentUICulture = oldUi;
        }
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(double Dose, int Fractions, double AlphaBeta)>> Positions() =>
            (from n in Draw.Choose(1, 40)
             from tenths in Draw.Choose(1, Math.Min(600, 250 * n)) // at most 25 Gy per fraction (InputLimits)
             from ab in Draw.Elements(0.87, 2.0, 3.0, 4.0, 10.0)
             select (Dose: tenths / 10.0, Fractions: n, AlphaBeta: ab)).ToArbitrary();

        public static Arbitrary<Sample<(int n, double ab)>> TwoGyCourses() =>
            (from n in Draw.Choose(1, 40)
             from abTenths in Draw.Choose(1, 300)
             select (n, ab: abTenths / 10.0)).ToArbitrary();
    }
}
