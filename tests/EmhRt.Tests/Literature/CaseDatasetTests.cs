using System.Text;
using EmhRt.Literature;
using EmhRt.Spine;

namespace EmhRt.Tests.Literature;

/// <summary>The shipped dataset against the seed texts (seed 002 = cailleteau2023, seed 003 = actabiomed2017), checked by hand.</summary>
public class CaseDatasetTests
{
    private static LiteratureCase Case(string id) =>
        CaseLibrary.Default.Find(id) ?? throw new Xunit.Sdk.XunitException($"case {id} missing");

    [Fact]
    public void Dataset_has_the_14_table_rows_of_seed_002_plus_two_own_cases()
    {
        var all = CaseLibrary.Default.All;
        Assert.Equal(16, all.Length);
        // Seed 002 Table 1 prints 14 rows: references [1]..[13], with [10] (Zherebitskiy) on two rows.
        Assert.Equal(14, all.Count(c => c.Id.StartsWith("cailleteau2023-t1-", StringComparison.Ordinal)));
        Assert.Equal(15, all.Count(c => c.CitationKey == "cailleteau2023"));
        Assert.Equal(1, all.Count(c => c.CitationKey == "actabiomed2017"));
        Assert.Equal(all.Length, all.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Table_rows_are_in_printed_order()
    {
        string[] expected =
        [
            "rice1980", "jackson1989", "demorais1989", "ohta2002", "rutherfoord2001", "masmas2003", "piccaluga2004",
            "baehring2008", "scott2015", "zherebitskiy2011a", "zherebitskiy2011b", "mattei2013", "ito2017", "fontanesi2020",
        ];
        var actual = CaseLibrary.Default.All.Take(14).Select(c => c.Id["cailleteau2023-t1-".Length..]).ToArray();
        Assert.Equal(expected, actual);
        for (var i = 0; i < 14; i++)
        {
            Assert.StartsWith($"seed 002, Table 1, row {i + 1},", CaseLibrary.Default.All[i].SourceLocation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rice_1980_received_9_Gy_in_3_fractions_without_improvement()
    {
        var c = Case("cailleteau2023-t1-rice1980");
        Assert.Equal(("Rice", 1980, Sex.Male, 68), (c.FirstAuthor, c.Year, c.Sex, c.AgeYears));
        Assert.Equal("T4-T8", c.Lesion);
        Assert.Equal(SpineRegions.Thoracic, c.Regions);
        Assert.True(c.Surgery);
        Assert.True(c.Radiotherapy);
        Assert.Equal(9.0, c.RtTotalDoseGy);
        Assert.Equal(3, c.RtFractions);
        Assert.Equal("No improvment at 6 months/NA", c.Outcome);
        Assert.Equal(OutcomeCategory.NoImprovement, c.OutcomeCategory);
        Assert.Equal(9.75, c.Eqd2Gy()!.Value, 12);
    }

    [Fact]
    public void Jackson_1989_single_15_Gy_fraction_brought_no_benefit()
    {
        var c = Case("cailleteau2023-t1-jackson1989");
        Assert.Equal(("Jackson", 1989, Sex.Male, 52), (c.FirstAuthor, c.Year, c.Sex, c.AgeYears));
        Assert.Equal("C4", c.Lesion);
        Assert.Equal(SpineRegions.Cervical, c.Regions);
        Assert.Null(c.Surgery);
        Assert.Equal(15.0, c.RtTotalDoseGy);
        Assert.Equal(1, c.RtFractions);
        Assert.Equal(OutcomeCategory.NoImprovement, c.OutcomeCategory);
        Assert.Equal("No improvement until his death 15 days later", c.Outcome);
        // clinical-facts §10: 15 Gy / 1 -> EQD2 31.25 Gy at α/β 10, 63.75 Gy at α/β 2.
        Assert.Equal(31.25, c.Eqd2Gy()!.Value, 12);
        Assert.Equal(63.75, c.Eqd2Gy(2)!.Value, 12);
    }

    [Theory]
    [InlineData("cailleteau2023-t1-mattei2013", "Mattei", 2013, "C2-C3", 25.0, 10)]
    [InlineData("cailleteau2023-t1-fontanesi2020", "Fontanesi", 2020, "T8-T12", 30.0, 15)]
    [InlineData("cailleteau2023-t1-scott2015", "Scott", 2015, "C6-Coccyx", 30.6, 17)]
    public void Regimens_above_20_Gy_with_complete_response(string id, string author, int year, string lesion, double dose, int fractions)
    {
        var c = Case(id);
        Assert.Equal((author, year, lesion), (c.FirstAuthor, c.Year, c.Lesion));
        Assert.Equal(dose, c.RtTotalDoseGy);
        Assert.Equal(fractions, c.RtFractions);
        Assert.Equal(OutcomeCategory.CompleteResponse, c.OutcomeCategory);
        Assert.StartsWith("CR", c.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Mattei_is_a_23_year_old_woman()
    {
        var c = Case("cailleteau2023-t1-mattei2013");
        Assert.Equal((Sex.Female, 23), (c.Sex, c.AgeYears));
        Assert.Equal(26.041666666666668, c.Eqd2Gy()!.Value, 12);
    }

    [Fact]
    public void Fontanesi_row_keeps_the_table_values_and_notes_the_abstract()
    {
        var c = Case("cailleteau2023-t1-fontanesi2020");
        Assert.Equal((Sex.Male, 72), (c.Sex, c.AgeYears));
        Assert.True(c.RecurrenceReported);
        Assert.Contains("Recurrence above the radiation fields", c.Outcome, StringComparison.Ordinal);
        Assert.NotNull(c.Note);
        Assert.Contains("fontanesi2020", c.Note, StringComparison.Ordinal);
        Assert.Contains("T3-T8", c.Note, StringComparison.Ordinal);
        Assert.Contains("T10-T12", c.Note, StringComparison.Ordinal);
        Assert.Contains("below the field", c.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Masmas_had_16_Gy_in_8_fractions_to_T6_L3_with_partial_remission()
    {
        var c = Case("cailleteau2023-t1-masmas2003");
        Assert.Equal("T5-T10 L3-S1", c.Lesion);
        Assert.Equal(SpineRegions.Thoracic | SpineRegions.Lumbar | SpineRegions.Sacral, c.Regions);
        Assert.Equal((16.0, 8, "T6-L3"), (c.RtTotalDoseGy!.Value, c.RtFractions!.Value, c.RtField));
        Assert.Equal(OutcomeCategory.PartialResponse, c.OutcomeCategory);
    }

    [Fact]
    public void Ohta_20_Gy_in_14_days_has_no_fraction_count_and_no_EQD2()
    {
        var c = Case("cailleteau2023-t1-ohta2002");
        Assert.Equal(20.0, c.RtTotalDoseGy);
        Assert.Null(c.RtFractions);
        Assert.False(c.HasKnownRegimen);
        Assert.Null(c.Eqd2Gy());
        Assert.Equal("Laminectomy 20 Gy in 14d", c.Treatment);
    }

    [Theory]
    [InlineData("cailleteau2023-t1-demorais1989", OutcomeCategory.NotReported)]
    [InlineData("cailleteau2023-t1-rutherfoord2001", OutcomeCategory.CompleteResponse)]
    [InlineData("cailleteau2023-t1-piccaluga2004", OutcomeCategory.CompleteResponse)]
    [InlineData("cailleteau2023-t1-zherebitskiy2011b", OutcomeCategory.NearCompleteResponse)]
    [InlineData("cailleteau2023-t1-ito2017", OutcomeCategory.CompleteResponse)]
    public void Surgery_only_rows_have_no_radiotherapy(string id, OutcomeCategory outcome)
    {
        var c = Case(id);
        Assert.True(c.Surgery);
        Assert.False(c.Radiotherapy);
        Assert.Null(c.RtTotalDoseGy);
        Assert.Equal(outcome, c.OutcomeCategory);
    }

    [Fact]
    public void Zherebitskiy_cranial_row_has_no_spinal_region()
    {
        var c = Case("cailleteau2023-t1-zherebitskiy2011a");
        Assert.Equal("Cranial", c.Lesion);
        Assert.Equal(SpineRegions.None, c.Regions);
        Assert.True(c.Radiotherapy);
        Assert.Null(c.RtTotalDoseGy);
    }

    [Fact]
    public void Seed_002_case_is_T2_to_S1_treated_with_18_Gy_in_10_fractions_and_recovered()
    {
        var c = Case("cailleteau2023-case");
        Assert.Equal(("Cailleteau", 2023, Sex.Male, 70), (c.FirstAuthor, c.Year, c.Sex, c.AgeYears));
        Assert.Equal("T2 to S1", c.Lesion);
        Assert.Equal(SpineRegions.Thoracic | SpineRegions.Lumbar | SpineRegions.Sacral, c.Regions);
        Assert.False(c.Surgery);
        Assert.Equal((18.0, 10, "T1 to S2"), (c.RtTotalDoseGy!.Value, c.RtFractions!.Value, c.RtField));
        Assert.Equal(OutcomeCategory.CompleteResponse, c.OutcomeCategory);
        Assert.Contains("totally recovered his strength", c.Outcome, StringComparison.Ordinal);
        Assert.StartsWith("polycythemia vera", c.Disease, StringComparison.Ordinal);
        // clinical-facts §10: 18 Gy / 10 -> EQD2 17.7 Gy (α/β 10), 17.1 Gy (α/β 2).
        Assert.Equal(17.7, c.Eqd2Gy()!.Value, 12);
        Assert.Equal(17.1, c.Eqd2Gy(2)!.Value, 12);
    }

    [Fact]
    public void Seed_003_case_is_a_19_year_old_man_with_thalassaemia_major_treated_with_20_Gy_in_10()
    {
        var c = Case("actabiomed2017-case");
        Assert.Equal(("actabiomed2017", 2017, Sex.Male, 19), (c.CitationKey, c.Year, c.Sex, c.AgeYears));
        Assert.Equal("β-thalassemia major", c.Disease);
        Assert.Equal("T5-T8", c.Lesion);
        Assert.Equal(SpineRegions.Thoracic, c.Regions);
        Assert.False(c.Surgery);
        Assert.Equal((20.0, 10, "T3 to T9"), (c.RtTotalDoseGy!.Value, c.RtFractions!.Value, c.RtField));
        Assert.Equal(OutcomeCategory.CompleteResponse, c.OutcomeCategory);
        Assert.Contains("residual EMH mass", c.Outcome, StringComparison.Ordinal);
        Assert.Null(c.FirstAuthor);
        Assert.Equal(20.0, c.Eqd2Gy()!.Value);
    }

    [Fact]
    public void Every_dose_has_a_radiotherapy_flag_and_every_table_row_cites_cailleteau2023()
    {
        foreach (var c in CaseLibrary.Default.All)
        {
            Assert.True(c.RtTotalDoseGy is null || c.Radiotherapy, c.Id);
            Assert.Contains(c.CitationKey, new[] { "cailleteau2023", "actabiomed2017" });
            Assert.StartsWith(c.CitationKey + "-", c.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Default_library_is_loaded_once_and_shared_across_threads()
    {
        var seen = new CaseLibrary[32];
        Parallel.For(0, seen.Length, i => seen[i] = CaseLibrary.Default);
        Assert.All(seen, l => Assert.Same(CaseLibrary.Default, l));
    }

    [Fact]
    public void Embedded_resource_has_the_documented_name()
    {
        using var stream = typeof(CaseLibrary).Assembly.GetManifestResourceStream("EmhRt.Literature.emh-cases.json");
        Assert.NotNull(stream);
        Assert.Equal(16, CaseDataset.Read(stream).Count);
    }

    [Theory]
    [InlineData("{}", "root object needs a 'cases' array")]
    [InlineData("""{"cases":[{"id":"x"}]}""", "case 'x': field 'citationKey' is missing")]
    [InlineData("""{"cases":[{"id":"x","citationKey":"k","sourceLocation":"s","year":"1980"}]}""", "case 'x': field 'year' is of kind String (expected Number)")]
    [InlineData("""{"cases":[{"id":"x","citationKey":"k","sourceLocation":"s","year":1980,"sex":"man"}]}""", "field 'sex' is 'man' (expected 'male' or 'female')")]
    public void Malformed_dataset_is_reported_with_case_and_field(string json, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var ex = Assert.Throws<InvalidOperationException>(() => CaseDataset.Read(stream));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_outcome_category_is_rejected()
    {
        const string json = """
            {"cases":[{"id":"x","citationKey":"k","sourceLocation":"s","year":1980,"sex":"male","disease":"d","symptoms":"s",
            "lesion":"T1","treatment":"t","radiotherapy":false,"outcome":"o","outcomeCategory":"Cured"}]}
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var ex = Assert.Throws<InvalidOperationException>(() => CaseDataset.Read(stream));
        Assert.Equal("Case dataset, case 'x': field 'outcomeCategory' is an unknown category.", ex.Message);
    }

    private const string MinimalCase =
        "\"citationKey\":\"k\",\"sourceLocation\":\"s\",\"year\":1980,\"sex\":\"male\",\"disease\":\"d\",\"symptoms\":\"s\"," +
        "\"lesion\":\"T1\",\"treatment\":\"t\",\"radiotherapy\":false,\"outcome\":\"o\",\"outcomeCategory\":\"NoImprovement\"";

    private static LiteratureCase ReadOne(string caseMembers)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"cases\":[{" + caseMembers + "}]}"));
        return Assert.Single(CaseDataset.Read(stream));
    }

    [Fact]
    public void A_field_given_twice_keeps_its_last_value_as_JsonElement_TryGetProperty_does()
    {
        var c = ReadOne("\"id\":\"first\"," + MinimalCase + ",\"id\":\"last\",\"year\":\"1980\",\"year\":1981");
        Assert.Equal("last", c.Id);
        Assert.Equal(1981, c.Year);
    }

    [Fact]
    public void Escaped_field_names_are_matched_after_unescaping()
    {
        var c = ReadOne("\"\\u0069d\":\"x\"," + MinimalCase.Replace("\"year\"", "\"ye\\u0061r\"", StringComparison.Ordinal));
        Assert.Equal("x", c.Id);
        Assert.Equal(1980, c.Year);
    }

    [Fact]
    public void Unknown_fields_are_ignored_and_absent_optional_fields_are_null()
    {
        var c = ReadOne("\"id\":\"x\",\"comment\":{\"nested\":[1,2]}," + MinimalCase);
        Assert.Null(c.AgeYears);
        Assert.Null(c.Surgery);
        Assert.Null(c.RtTotalDoseGy);
        Assert.False(c.RecurrenceReported);
        Assert.Equal(OutcomeCategory.NoImprovement, c.OutcomeCategory);
    }

    [Theory]
    [InlineData("""{"cases":[1]}""", "requires an element of type 'Object', but the target element has type 'Number'")]
    [InlineData("""{"cases":[{"id":"x","citationKey":null}]}""", "case 'x': field 'citationKey' is of kind Null (expected String)")]
    [InlineData("""{"cases":[{"id":"x","citationKey":"k","sourceLocation":"s","firstAuthor":3}]}""", "case 'x': field 'firstAuthor' is of kind Number (expected String or null)")]
    public void A_case_that_is_not_an_object_or_has_a_wrong_kind_is_refused(string json, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var ex = Assert.Throws<InvalidOperationException>(() => CaseDataset.Read(stream));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
