using System.Text.Json;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Reporting.Eqd2;

namespace EmhRt.Tests.Reporting.CommandReports;

/// <summary>The library's <c>eqd2</c> reports and the inverse solve with its whole-fraction regimen (fowler1989).</summary>
public class Eqd2ReportTests
{
    private static readonly Fractionation TwentyInTen = Fractionation.FromTotalDose(Dose.FromGy(20), 10);

    [Theory]
    [InlineData(10, "24.00", "20.00")] // EMH assumption: BED 20(1 + 2/10) = 24, EQD2 24/1.2 = 20
    [InlineData(2, "40.00", "20.00")] // cord (nieder2006): BED 20(1 + 2/2) = 40, EQD2 40/2 = 20
    [InlineData(3, "33.33", "20.00")] // 2 Gy fractions: EQD2 equals the physical dose at any α/β
    public void Seed003s_20_Gy_in_10_fractions_at_a_given_alpha_beta(double alphaBeta, string bed, string eqd2)
    {
        var report = Eqd2Report.Create(TwentyInTen, [AlphaBeta.FromGy(alphaBeta)], null, "--alpha-beta");
        var lines = report.ToText().Split('\n');
        Assert.Equal("Regimen: 20 Gy in 10 fractions of 2 Gy", lines[0]);
        var row = lines[3];
        Assert.StartsWith("given", row, StringComparison.Ordinal);
        Assert.Contains(bed, row, StringComparison.Ordinal);
        Assert.Contains(eqd2, row, StringComparison.Ordinal);
        Assert.EndsWith("--alpha-beta", row, StringComparison.Ordinal);
        Assert.DoesNotContain("No --alpha-beta given", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ratios_the_four_documented_defaults_are_listed_with_their_sources()
    {
        var report = Eqd2Report.Create(TwentyInTen, [], null);
        using var json = JsonDocument.Parse(report.ToJson());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(
            ["EMH", "spinal cord (cervical/thoracic)", "spinal cord (lumbar)", "spinal cord (dose-response fit)"],
            rows.Select(r => r.GetProperty("tissue").GetString()));
        Assert.Equal([10, 2, 4, 0.87], rows.Select(r => r.GetProperty("alphaBetaGy").GetDouble()));
        Assert.True(rows[0].GetProperty("isAssumption").GetBoolean());
        Assert.Equal("nieder2006", rows[1].GetProperty("source").GetString());
        Assert.Equal(24, rows[0].GetProperty("bedGy").GetDouble());
        Assert.Contains("No α/β given: the documented default ratios are listed; the EMH value 10 Gy is an assumption", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("No --alpha-beta given", Eqd2Report.Create(TwentyInTen, [], null, alphaBetaOptionName: "--alpha-beta").ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eqdx_adds_a_column_in_text_and_csv()
    {
        // 30 Gy in 15 fractions of 2 Gy at α/β 2, EQD3: BED 60, EQD3 = 60/(1 + 3/2) = 24.
        var report = Eqd2Report.Create(Fractionation.FromTotalDose(Dose.FromGy(30), 15), [AlphaBeta.FromGy(2)], Dose.FromGy(3));
        Assert.Contains("EQD3 (Gy)", report.ToText(), StringComparison.Ordinal);
        var csv = report.ToCsv().Split('\n');
        Assert.Equal("tissue,alpha_beta_gy,source,total_dose_gy,fractions,dose_per_fraction_gy,bed_gy,eqd2_gy,eqdx_reference_gy,eqdx_gy", csv[0]);
        Assert.Equal("given,2,given,30,15,2,60,30,3,24", csv[1]);
    }

    [Fact]
    public void Nieder_tolerance_135_5_Gy2_at_2_Gy_rounds_down_to_33_fractions()
    {
        // 135.5/(1 + 2/2) = 67.75 Gy = 33.875 fractions of 2 Gy: a limit rounds down to 33 (66 Gy, BED 132 Gy).
        Assert.True(InverseSolution.TrySolveForTotalDose(TargetQuantity.Bed, Dose.FromGy(135.5), Dose.FromGy(2), AlphaBeta.FromGy(2), RoundingPurpose.Tolerance, out var s, out var failure, out _));
        Assert.Equal(InverseSolveFailure.None, failure);
        Assert.Equal(67.75, s.TotalDose.Gy, 9);
        Assert.Equal(33.875, s.ExactFractions, 9);
        Assert.Equal(33, s.WholeFractions);
        Assert.Equal(66, s.WholeFractionRegimen!.TotalDose.Gy, 9);
        Assert.Equal(132, s.Reached!.Value.Gy, 9);
        var text = Eqd2TargetReport.Create(s).ToText();
        Assert.Contains("Whole fractions (rounded down): 33\n", text, StringComparison.Ordinal);
        Assert.Contains("Deliverable regimen: 66 Gy in 33 fractions of 2 Gy: BED 132.00 Gy, EQD2 66.00 Gy; BED reached 132.00 Gy (≤ target 135.5 Gy)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_target_for_efficacy_rounds_up_to_34_fractions()
    {
        Assert.True(InverseSolution.TrySolveForTotalDose(TargetQuantity.Bed, Dose.FromGy(135.5), Dose.FromGy(2), AlphaBeta.FromGy(2), RoundingPurpose.Efficacy, out var s, out _, out _));
        Assert.Equal(34, s.WholeFractions);
        Assert.Equal(136, s.Reached!.Value.Gy, 9);
        var csv = Eqd2TargetReport.Create(s).ToCsv().Split('\n');
        Assert.Equal("bed,135.5,2,totalDose,2,67.75,33.875,34,68,136,68,efficacy,up", csv[1]);
    }

    [Theory]
    [InlineData(RoundingPurpose.Tolerance, 3.54)] // 5d(1 + d/10) = 24: d = 3.5440 Gy, a limit rounds down
    [InlineData(RoundingPurpose.Efficacy, 3.55)] // an efficacy target rounds up
    public void Dose_per_fraction_for_20_Gy_EQD2_in_5_fractions_rounds_to_a_centigray_step(RoundingPurpose purpose, double expected)
    {
        Assert.True(InverseSolution.TrySolveForDosePerFraction(TargetQuantity.Eqd2, Dose.FromGy(20), 5, AlphaBeta.FromGy(10), purpose, out var s, out _));
        Assert.Equal(3.544, s.DosePerFraction.Gy, 3);
        Assert.Equal(5, s.WholeFractions);
        Assert.Equal(expected, s.WholeFractionRegimen!.DosePerFraction.Gy, 9);
        var reached = s.Reached!.Value.Gy;
        Assert.True(purpose == RoundingPurpose.Tolerance ? reached <= 20 : reached >= 20, FormattableString.Invariant($"reached {reached}"));
        using var json = JsonDocument.Parse(Eqd2TargetReport.Create(s).ToJson());
        Assert.Equal("dosePerFraction", json.RootElement.GetProperty("solvedFor").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("wholeFractionRegimen").GetProperty("fractions").GetInt32());
    }

    [Fact]
    public void A_tolerance_below_one_fraction_has_no_deliverable_regimen()
    {
        // BED of one 8 Gy fraction at α/β 2 is 40 Gy: a 5 Gy limit is 0.125 fractions, rounded down to none.
        Assert.True(InverseSolution.TrySolveForTotalDose(TargetQuantity.Bed, Dose.FromGy(5), Dose.FromGy(8), AlphaBeta.FromGy(2), RoundingPurpose.Tolerance, out var s, out _, out _));
        Assert.Equal(0, s.WholeFractions);
        Assert.Null(s.WholeFractionRegimen);
        Assert.Null(s.Reached);
        Assert.Contains("No deliverable regimen: no whole number of fractions stays at or below the target (less than one fraction)\n", Eqd2TargetReport.Create(s).ToText(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Eqd2TargetReport.Create(s).ToJson());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("wholeFractionRegimen").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reachedGy").ValueKind);
    }

    [Fact]
    public void More_than_the_input_limit_of_fractions_is_refused_with_its_reason()
    {
        // 1000 Gy EQD2 in 0.5 Gy fractions needs far more than 100 fractions.
        Assert.False(InverseSolution.TrySolveForTotalDose(TargetQuantity.Eqd2, Dose.FromGy(1000), Dose.FromGy(0.5), AlphaBeta.FromGy(10), RoundingPurpose.Tolerance, out var s, out var failure, out var error));
        Assert.Null(s);
        Assert.Equal(InverseSolveFailure.ImplausibleFractions, failure);
        Assert.StartsWith("the target 1000 Gy needs ", error, StringComparison.Ordinal);
        Assert.EndsWith("fractions of 0.5 Gy: implausible (input-sanity limit 100 fractions)", error, StringComparison.Ordinal);
    }
}
