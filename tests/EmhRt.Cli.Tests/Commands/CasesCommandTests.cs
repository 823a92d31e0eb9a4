using System.Text.Json;
using static EmhRt.Cli.Tests.Commands.CommandAssert;

namespace EmhRt.Cli.Tests.Commands;

public class CasesCommandTests
{
    private static string[] Ids(JsonElement json) =>
        [.. json.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    [Fact]
    public void All_sixteen_cases_are_listed_by_default_with_references()
    {
        var json = OkJson("cases");
        Assert.Equal(16, json.GetProperty("count").GetInt32());
        Assert.Equal(10, json.GetProperty("alphaBetaGy").GetDouble());
        Assert.True(json.GetProperty("alphaBetaIsAssumption").GetBoolean());
        Assert.Equal(["actabiomed2017", "cailleteau2023"], json.GetProperty("references").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
    }

    [Fact]
    public void Rt_lists_only_radiotherapy_cases_with_their_EQD2()
    {
        var json = OkJson("cases", "--rt");
        var cases = json.GetProperty("cases").EnumerateArray().ToArray();
        Assert.Equal(11, cases.Length);
        Assert.All(cases, c => Assert.True(c.GetProperty("radiotherapy").GetBoolean()));
        var acta = cases.Single(c => c.GetProperty("id").GetString() == "actabiomed2017-case");
        Near(20.0, acta.GetProperty("eqd2Gy").GetDouble());
        var cailleteau = cases.Single(c => c.GetProperty("id").GetString() == "cailleteau2023-case");
        Near(18 * 11.8 / 12, cailleteau.GetProperty("eqd2Gy").GetDouble());
    }

    [Fact]
    public void Text_table_labels_the_assumed_alpha_beta()
    {
        string text = Ok("cases", "--rt").Stdout;
        Assert.StartsWith("11 of 16 published cases:\n", text, StringComparison.Ordinal);
        Assert.Contains("cailleteau2023-t1-jackson1989        1989  Jackson       male 52    C4            15 Gy/1                   31.3", text, StringComparison.Ordinal);
        Assert.Contains("α/β 10 Gy (assumption: no published α/β for EMH tissue)", text, StringComparison.Ordinal);
        Assert.Contains("  cailleteau2023: Cailleteau A", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_filter_accepts_repeats_and_comma_lists()
    {
        var cervical = OkJson("cases", "--region", "cervical");
        Assert.Equal(["cailleteau2023-t1-jackson1989", "cailleteau2023-t1-scott2015", "cailleteau2023-t1-mattei2013"], Ids(cervical));
        Assert.Equal(Ids(OkJson("cases", "--region", "cervical,sacral")), Ids(OkJson("cases", "--region", "cervical", "--region", "sacral")));
    }

    [Fact]
    public void Eqd2_window_keeps_cases_with_a_known_regimen_inside_it()
    {
        var json = OkJson("cases", "--min-eqd2", "15", "--max-eqd2", "25");
        Assert.Equal(["cailleteau2023-t1-masmas2003", "cailleteau2023-case", "actabiomed2017-case"], Ids(json));
    }

    [Fact]
    public void Alpha_beta_changes_every_EQD2()
    {
        var json = OkJson("cases", "--rt", "--alpha-beta", "2");
        Assert.False(json.GetProperty("alphaBetaIsAssumption").GetBoolean());
        var cailleteau = json.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "cailleteau2023-case");
        Near(17.1, cailleteau.GetProperty("eqd2Gy").GetDouble());
    }

    [Fact]
    public void A_regimen_is_positioned_and_cases_are_listed_nearest_first()
    {
        var json = OkJson("cases", "--dose", "20", "--fractions", "10");
        var proposed = json.GetProperty("proposed");
        Near(20.0, proposed.GetProperty("eqd2Gy").GetDouble());
        Assert.Equal(1, proposed.GetProperty("casesEqual").GetInt32());
        Assert.Contains("20 Gy in 10 fractions (EQD2 20.0 Gy", proposed.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var first = json.GetProperty("cases")[0];
        Assert.Equal("actabiomed2017-case", first.GetProperty("id").GetString());
        Near(0.0, first.GetProperty("eqd2DifferenceGy").GetDouble());
        Near(-2.3, json.GetProperty("cases")[1].GetProperty("eqd2DifferenceGy").GetDouble(), 0.001);
        Assert.Equal(16, json.GetProperty("count").GetInt32());
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_case()
    {
        var csv = OkCsv("cases", "--rt");
        Assert.Equal(12, csv.Length);
        Assert.Equal("id", csv[0][0]);
        Assert.All(csv, row => Assert.Equal(csv[0].Length, row.Length));
        var acta = csv.Single(r => r[0] == "actabiomed2017-case");
        Assert.Equal("20", acta[10]);
    }

    [Fact]
    public void Min_above_max_exits_2() =>
        InputError(["cases", "--min-eqd2", "30", "--max-eqd2", "20"], "--min-eqd2/--max-eqd2: the minimum 30 Gy is above the maximum 20 Gy");

    [Fact]
    public void Unknown_region_exits_2() =>
        InputError(["cases", "--region", "thoracic,spine"], "--region: 'spine' is not allowed: use cervical, thoracic, lumbar, sacral or coccygeal");

    [Fact]
    public void Incomplete_regimen_exits_2() =>
        InputError(["cases", "--dose", "20"], "--dose/--fractions/--dose-per-fraction: two of total dose, number of fractions and dose per fraction are needed; missing: number of fractions, dose per fraction");

    [Fact]
    public void The_free_text_outcome_is_outcomeText_so_outcome_never_means_two_things()
    {
        // Plan JSON's literature.nearest[].outcome is a category and outcomeText the source's words; cases JSON 1.0.0
        // called the free text "outcome". Cases schema 2.0.0 (issue 17): outcomeText, and outcomeCategory as before.
        var json = OkJson("cases");
        Assert.Equal("2.0.0", json.GetProperty("schemaVersion").GetString());
        foreach (var c in json.GetProperty("cases").EnumerateArray())
        {
            Assert.False(c.TryGetProperty("outcome", out _));
            Assert.Equal(JsonValueKind.String, c.GetProperty("outcomeText").ValueKind);
            Assert.Equal(JsonValueKind.String, c.GetProperty("outcomeCategory").ValueKind);
        }
    }

    [Fact]
    public void Csv_header_is_snake_case_as_every_csv_the_tool_writes() =>
        Assert.Equal(
            ["id", "year", "first_author", "sex", "age_years", "lesion", "radiotherapy", "rt_total_dose_gy", "rt_fractions",
             "alpha_beta_gy", "eqd2_gy", "eqd2_difference_gy", "outcome_category", "outcome_text", "citation_key"],
            OkCsv("cases")[0]);
}
