using System.Globalization;
using static EmhRt.Cli.Tests.Commands.CommandAssert;

namespace EmhRt.Cli.Tests.Commands;

public class Eqd2CommandTests
{
    [Fact]
    public void Twenty_gray_in_ten_fractions_at_alpha_beta_10_is_EQD2_20()
    {
        var json = OkJson("eqd2", "--dose", "20", "--fractions", "10", "--alpha-beta", "10");
        Assert.Equal("regimen", json.GetProperty("mode").GetString());
        Assert.Equal(2.0, json.GetProperty("regimen").GetProperty("dosePerFractionGy").GetDouble());
        var row = Assert.Single(json.GetProperty("rows").EnumerateArray());
        Assert.Equal(10.0, row.GetProperty("alphaBetaGy").GetDouble());
        Assert.Equal("--alpha-beta", row.GetProperty("source").GetString());
        Near(24.0, row.GetProperty("bedGy").GetDouble());
        Near(20.0, row.GetProperty("eqd2Gy").GetDouble());
    }

    [Fact]
    public void Eighteen_gray_in_ten_fractions_at_alpha_beta_2_is_BED_34_2_and_EQD2_17_1()
    {
        var json = OkJson("eqd2", "--dose", "18", "--fractions", "10", "--alpha-beta", "2");
        var row = Assert.Single(json.GetProperty("rows").EnumerateArray());
        Near(34.2, row.GetProperty("bedGy").GetDouble());
        Near(17.1, row.GetProperty("eqd2Gy").GetDouble());
    }

    [Fact]
    public void Several_alpha_beta_values_give_one_row_each_in_order()
    {
        var json = OkJson("eqd2", "--dose-per-fraction", "2", "--fractions", "15", "--alpha-beta", "10", "--alpha-beta", "2");
        var rows = json.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal([10.0, 2.0], rows.Select(r => r.GetProperty("alphaBetaGy").GetDouble()));
        Assert.All(rows, r => Near(30.0, r.GetProperty("eqd2Gy").GetDouble()));
    }

    [Fact]
    public void Without_alpha_beta_the_documented_defaults_are_listed_with_their_sources()
    {
        var json = OkJson("eqd2", "--dose", "18", "--fractions", "10");
        var rows = json.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal([10.0, 2.0, 4.0, 0.87], rows.Select(r => r.GetProperty("alphaBetaGy").GetDouble()));
        Assert.Equal(["assumption", "nieder2006", "nieder2006", "schultheiss2008"], rows.Select(r => r.GetProperty("source").GetString()));
        Assert.Equal([true, false, false, false], rows.Select(r => r.GetProperty("isAssumption").GetBoolean()));
        Near(17.7, rows[0].GetProperty("eqd2Gy").GetDouble());
        Near(17.4, rows[2].GetProperty("eqd2Gy").GetDouble());
    }

    [Fact]
    public void Text_output_is_an_aligned_table_with_sources()
    {
        var run = Ok("eqd2", "--dose", "18", "--fractions", "10");
        Assert.StartsWith("Regimen: 18 Gy in 10 fractions of 1.8 Gy\n\nTissue ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("spinal cord (cervical/thoracic)         2     34.20      17.10  nieder2006\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("0.87     55.24      16.75  schultheiss2008", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("assumption", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eqdx_adds_a_column_in_every_format()
    {
        var json = OkJson("eqd2", "--dose", "20", "--fractions", "10", "--alpha-beta", "10", "--eqdx", "3");
        Near(3.0, json.GetProperty("eqdxReferenceGy").GetDouble());
        Near(24.0 / 1.3, json.GetProperty("rows")[0].GetProperty("eqdxGy").GetDouble());

        var csv = OkCsv("eqd2", "--dose", "20", "--fractions", "10", "--alpha-beta", "10", "--eqdx", "3");
        Assert.Equal(["tissue", "alpha_beta_gy", "source", "total_dose_gy", "fractions", "dose_per_fraction_gy", "bed_gy", "eqd2_gy", "eqdx_reference_gy", "eqdx_gy"], csv[0]);
        Assert.Equal(["given", "10", "--alpha-beta", "20", "10", "2", "24", "20", "3", "18.4615"], csv[1]);

        Assert.Contains("EQD3 (Gy)", Ok("eqd2", "--dose", "20", "--fractions", "10", "--eqdx", "3").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_alpha_beta()
    {
        var csv = OkCsv("eqd2", "--dose", "18", "--fractions", "10");
        Assert.Equal(5, csv.Length);
        Assert.Equal(["spinal cord (cervical/thoracic)", "2", "nieder2006", "18", "10", "1.8", "34.2", "17.1"], csv[2]);
    }

    [Fact]
    public void The_EMH_tissue_has_one_label_in_eqd2_and_plan_output()
    {
        // One tissue label (issue 17): eqd2 said "extramedullary haematopoietic tissue" where plan says "EMH".
        Assert.Equal(Planning.TissueDose.Emh, OkCsv("eqd2", "--dose", "18", "--fractions", "10")[1][0]);
        var plan = OkJson("plan", "--lesion", "T5-T8", "--dose", "18", "--fractions", "10", "--fail-on", "never");
        Assert.Contains(plan.GetProperty("radiobiology").EnumerateArray(), t => t.GetProperty("tissue").GetString() == Planning.TissueDose.Emh);
    }

    [Fact]
    public void Inverse_csv_header_is_snake_case() =>
        Assert.Equal(
            ["target_quantity", "target_gy", "alpha_beta_gy", "solved_for", "dose_per_fraction_gy", "total_dose_gy", "fractions_exact", "fractions_whole", "whole_total_dose_gy", "whole_bed_gy", "whole_eqd2_gy", "purpose", "rounding"],
            OkCsv("eqd2", "--target-bed", "24", "--fractions", "10", "--alpha-beta", "10")[0]);

    [Fact]
    public void Target_EQD2_at_a_dose_per_fraction_gives_the_exact_total_and_whole_fractions_rounded_up_for_an_efficacy_target()
    {
        var json = OkJson("eqd2", "--target-eqd2", "20", "--dose-per-fraction", "1.8", "--alpha-beta", "10", "--purpose", "efficacy");
        double total = 20.0 * 12.0 / 11.8; // EQD2·(1 + 2/10)/(1 + 1.8/10)
        Assert.Equal("totalDose", json.GetProperty("solvedFor").GetString());
        Near(total, json.GetProperty("totalDoseGy").GetDouble());
        Near(total / 1.8, json.GetProperty("fractionsExact").GetDouble());
        Assert.Equal(12, json.GetProperty("fractionsWhole").GetInt32());
        var whole = json.GetProperty("wholeFractionRegimen");
        Near(21.6, whole.GetProperty("totalDoseGy").GetDouble());
        Near(21.6 * 11.8 / 12.0, whole.GetProperty("eqd2Gy").GetDouble());

        var text = Ok("eqd2", "--target-eqd2", "20", "--dose-per-fraction", "1.8", "--alpha-beta", "10", "--purpose", "efficacy").Stdout;
        Assert.Contains("total dose 20.339 Gy = 11.299 fractions (exact)", text, StringComparison.Ordinal);
        Assert.Contains("Whole fractions (rounded up): 12", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_at_a_number_of_fractions_gives_the_dose_per_fraction()
    {
        var json = OkJson("eqd2", "--target-eqd2", "20", "--fractions", "10", "--alpha-beta", "10");
        Assert.Equal("dosePerFraction", json.GetProperty("solvedFor").GetString());
        Near(2.0, json.GetProperty("dosePerFractionGy").GetDouble());
        Near(20.0, json.GetProperty("totalDoseGy").GetDouble());

        var csv = OkCsv("eqd2", "--target-bed", "24", "--fractions", "10", "--alpha-beta", "10");
        Assert.Equal("bed", csv[1][0]);
        Assert.Equal("2", csv[1][4]);
    }

    [Fact]
    public void A_whole_number_of_fractions_is_not_rounded_up()
    {
        var json = OkJson("eqd2", "--target-eqd2", "20", "--dose-per-fraction", "2", "--alpha-beta", "10");
        Assert.Equal(10, json.GetProperty("fractionsWhole").GetInt32());
        Near(10.0, json.GetProperty("fractionsExact").GetDouble());
    }

    [Fact]
    public void Inconsistent_regimen_exits_2_with_the_library_message() =>
        InputError(
            ["eqd2", "--dose", "20", "--fractions", "10", "--dose-per-fraction", "2.5"],
            "--dose/--fractions/--dose-per-fraction: 20 Gy in 10 fractions is 2 Gy per fraction, not 2.5 Gy");

    [Fact]
    public void Missing_regimen_exits_2() =>
        InputError(
            ["eqd2", "--fractions", "10"],
            "--dose/--fractions/--dose-per-fraction: two of total dose, number of fractions and dose per fraction are needed; missing: total dose, dose per fraction");

    [Fact]
    public void Decimal_comma_exits_2_naming_the_option() =>
        InputError(["eqd2", "--dose", "2,5", "--fractions", "1"], "--dose: '2,5' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)");

    [Fact]
    public void Bad_alpha_beta_exits_2() =>
        InputError(["eqd2", "--dose", "20", "--fractions", "10", "--alpha-beta", "10", "--alpha-beta", "0"], "--alpha-beta: '0' is not allowed: an α/β ratio must be greater than 0 Gy");

    [Fact]
    public void Target_needs_exactly_one_alpha_beta_and_one_of_dose_per_fraction_or_fractions() =>
        InputError(
            ["eqd2", "--target-eqd2", "20", "--dose", "20", "--fractions", "10", "--dose-per-fraction", "2"],
            "--alpha-beta: a target needs exactly one alpha/beta ratio, e.g. --alpha-beta 10",
            "--dose: a target gives the total dose; give --dose-per-fraction or --fractions instead",
            "--dose-per-fraction/--fractions: with a target give exactly one of them (the total dose follows)");

    [Fact]
    public void Two_targets_exit_2() =>
        InputError(["eqd2", "--target-eqd2", "20", "--target-bed", "24", "--fractions", "10", "--alpha-beta", "10"], "--target-eqd2/--target-bed: give one target, not both");

    [Fact]
    public void Html_is_refused() =>
        InputError(["eqd2", "--dose", "20", "--fractions", "10", "--format", "html"], "--format html is not available yet: use text, json or csv");

    [Fact]
    public void Unknown_option_exits_2() =>
        InputError(["eqd2", "--dose", "20", "--fractions", "10", "--bogus"], "Unrecognized command or argument '--bogus'.");

    [Fact]
    public void Output_file_gets_the_same_report_and_stdout_stays_empty()
    {
        string path = Path.Combine(Path.GetTempPath(), "emhrt-eqd2-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var run = Ok("eqd2", "--dose", "20", "--fractions", "10", "--format", "json", "--output", path);
            Assert.Equal(string.Empty, run.Stdout);
            Assert.Equal(Ok("eqd2", "--dose", "20", "--fractions", "10", "--format", "json").Stdout, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Help_lists_the_options_and_examples()
    {
        var run = Ok("eqd2", "--help");
        Assert.Contains("--target-eqd2", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--eqdx", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("emhrt eqd2 --target-eqd2 20 --dose-per-fraction 1.8 --alpha-beta 10", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10.0)]
    [InlineData(2.0)]
    [InlineData(0.87)]
    public void Forward_then_inverse_round_trips(double alphaBeta)
    {
        string ab = alphaBeta.ToString(CultureInfo.InvariantCulture);
        var forward = OkJson("eqd2", "--dose", "20", "--fractions", "8", "--alpha-beta", ab);
        double eqd2 = forward.GetProperty("rows")[0].GetProperty("eqd2Gy").GetDouble();
        var inverse = OkJson("eqd2", "--target-eqd2", eqd2.ToString("R", CultureInfo.InvariantCulture), "--fractions", "8", "--alpha-beta", ab);
        Near(2.5, inverse.GetProperty("dosePerFractionGy").GetDouble(), 1e-3);
    }
}
