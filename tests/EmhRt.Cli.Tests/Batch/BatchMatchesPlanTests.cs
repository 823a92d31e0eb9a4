using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests.Batch;

/// <summary>
/// A batch row and <c>emhrt plan</c> with the same inputs read one assessment: the batch CSV cells equal
/// <c>plan --format csv</c> cell for cell and the values of <c>plan --format json</c>, and each batch JSON Lines object is
/// <c>plan --format json</c> with the batch-row <c>schemaVersion</c>, <c>line</c>, <c>id</c> and <c>status</c> in place of its own
/// <c>schemaVersion</c>. Rows cover every column (treated spans, directional
/// margins, CTV levels, anatomy, both α/β, holidays, prior courses), under the default protocol and under one that moves
/// the dose range, the CTV margin and the cord α/β and changes two rules.
/// </summary>
public class BatchMatchesPlanTests
{
    private static readonly string[] Columns =
    [
        "id", "lesion", "dose", "fractions", "dose_per_fraction", "treated", "margin", "margin_superior", "ctv_levels", "start",
        "holidays", "age", "sex", "prior", "thoracic_vertebrae", "lumbar_vertebrae", "alpha_beta_emh", "alpha_beta_cord", "pregnancy_status",
        "cord_max_dose", "organ_doses",
    ];

    private static readonly string[] Levels =
    [
        "C3", "C6", "C7", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Batch_csv_and_json_lines_rows_equal_plan_csv_and_json(bool customProtocol)
    {
        using var dir = new TempDirectory();
        var protocolArgs = customProtocol ? new[] { "--protocol", dir.Write("custom.protocol.json", CustomProtocol()) } : [];
        var random = new Random(customProtocol ? 17 : 71);
        var rows = Enumerable.Range(0, 120).Select(i => Row(random, i)).ToArray();
        var input = new StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (var row in rows)
        {
            input.Append(CsvText.Record(Columns.Select(c => row[c]))).Append('\n');
        }

        var file = dir.Write("plans.csv", input.ToString());
        var csv = CsvText.Parse(CliHarness.Run(["batch", file, "--quiet", .. protocolArgs]).Stdout);
        var jsonLines = CliHarness.Run(["batch", file, "--quiet", "--format", "jsonl", .. protocolArgs]).Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rows.Length + 1, csv.Count);
        Assert.Equal(rows.Length, jsonLines.Length);

        var failures = new List<string>();
        var assessed = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var batchRow = csv[i + 1];
            var planCsv = CliHarness.Run([.. PlanArgs(rows[i], "csv"), .. protocolArgs]);
            if (planCsv.ExitCode == ExitCodes.InvalidInput)
            {
                if (batchRow[2] != "invalid")
                {
                    failures.Add($"row {i}: plan refuses it ({planCsv.ErrorLines.FirstOrDefault()}) but batch says {batchRow[2]}");
                }

                continue;
            }

            var planRow = CsvText.Parse(planCsv.Stdout)[1];
            if (!planRow.AsSpan(2, 26).SequenceEqual(batchRow.AsSpan(2, 26)))
            {
                failures.Add($"row {i}: batch csv [{string.Join(",", batchRow[2..28])}] != plan csv [{string.Join(",", planRow[2..28])}]");
            }

            var planJson = CliHarness.Run([.. PlanArgs(rows[i], "json"), .. protocolArgs]).Stdout;
            var plan = JsonNode.Parse(planJson)!.AsObject();
            var fromJson = CsvCellsOf(plan);
            if (!fromJson.AsSpan().SequenceEqual(batchRow.AsSpan(3, 25)))
            {
                failures.Add($"row {i}: batch csv [{string.Join(",", batchRow[3..28])}] != plan json [{string.Join(",", fromJson)}]");
            }

            var line = JsonNode.Parse(jsonLines[i])!.AsObject();
            Assert.Equal((i + 2).ToString(CultureInfo.InvariantCulture), line["line"]!.ToJsonString());
            // The batch row's own members (issue 16: its schemaVersion is the batch-row schema's, then line, id, status);
            // the rest is the plan's JSON without its schemaVersion.
            foreach (var member in new[] { "schemaVersion", "line", "id", "status" })
            {
                line.Remove(member);
            }

            plan.Remove("schemaVersion");
            if (!JsonNode.DeepEquals(plan, line))
            {
                failures.Add($"row {i}: batch json lines object differs from plan --format json");
            }

            assessed++;
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(assessed >= 80, $"only {assessed} rows assessed");
    }

    /// <summary>The 25 CSV cells <c>highest_severity</c> to <c>protocol_sha256</c> as the plan's JSON gives them.</summary>
    private static string[] CsvCellsOf(JsonObject plan)
    {
        static string Text(JsonNode? node) => node is null ? string.Empty : node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        var codes = plan["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal);
        var fractionation = plan["fractionation"]!;
        var radiobiology = plan["radiobiology"]!.AsArray();
        var cord = plan["cord"]!;
        var shortCourse = cord["regime"]!.GetValue<string>() == "short-course";
        var geometry = plan["geometry"]!["estimate"]!.GetValue<bool>()
            ? "population-" + (Text(plan["patient"]!["sex"]) is { Length: > 0 } sex ? sex : "male-default")
            : "patient";
        return
        [
            Text(plan["highestSeverity"]),
            string.Join(';', codes),
            Text(plan["ctv"]!["text"]),
            Text(plan["ptv"]?["lengthMm"]),
            geometry,
            Text(fractionation["totalDoseGy"]),
            Text(fractionation["fractions"]),
            Text(fractionation["dosePerFractionGy"]),
            Text(radiobiology[0]!["alphaBetaGy"]),
            Text(radiobiology[0]!["bedAtAlphaBetaGy"]),
            Text(radiobiology[0]!["eqd2Gy"]),
            Text(radiobiology[1]!["tissue"]),
            Text(radiobiology[1]!["alphaBetaGy"]),
            Text(radiobiology[1]!["bedAtAlphaBetaGy"]),
            Text(radiobiology[1]!["eqd2Gy"]),
            shortCourse ? "dmax" : "eqd2",
            shortCourse ? Text(cord["measuredDmaxGy"]) is { Length: > 0 } measured ? measured : Text(fractionation["totalDoseGy"]) : Text(cord["eqd2Gy"]),
            shortCourse ? Text(cord["sahgalPoint"]!["doseGy"]) : "50", // the protocol's conventional limit: neither protocol here moves it
            Text(plan["reirradiation"]?["maxCumulativeBedGy2"]),
            Text(plan["schedule"]?["startDate"]),
            Text(plan["schedule"]?["endDate"]),
            Text(plan["schedule"]?["overallDays"]),
            Text(plan["protocol"]!["id"]),
            Text(plan["protocol"]!["version"]),
            Text(plan["protocol"]!["sha256"]),
        ];
    }

    /// <summary>The default protocol with the dose range 12-24 Gy, two CTV levels above, cord α/β 3 Gy, FOLLOW_UP off and GEOMETRY_ESTIMATED a caution.</summary>
    private static string CustomProtocol()
    {
        var protocol = JsonNode.Parse(CliHarness.Run("protocol", "show").Stdout)!.AsObject();
        protocol["id"] = "custom";
        protocol["thresholds"]!["doseRange"]!["minGy"] = 12;
        protocol["thresholds"]!["doseRange"]!["maxGy"] = 24;
        protocol["ctvMarginLevels"]!["above"] = 2;
        protocol["alphaBeta"]!["cordGy"] = 3;
        foreach (var rule in protocol["rules"]!.AsArray())
        {
            switch (rule!["code"]!.GetValue<string>())
            {
                case "FOLLOW_UP":
                    rule["enabled"] = false;
                    break;
                case "GEOMETRY_ESTIMATED":
                    rule["severity"] = "caution";
                    break;
            }
        }

        return protocol.ToJsonString();
    }

    private static Dictionary<string, string> Row(Random random, int index)
    {
        string Pick(params string[] items) => items[random.Next(items.Length)];
        string Span()
        {
            var first = random.Next(Levels.Length);
            var last = Math.Min(Levels.Length - 1, first + random.Next(5));
            return first == last ? Levels[first] : Levels[first] + "-" + Levels[last];
        }

        var row = Columns.ToDictionary(c => c, _ => string.Empty, StringComparer.Ordinal);
        row["id"] = "r" + index.ToString(CultureInfo.InvariantCulture);
        row["lesion"] = random.Next(6) == 0 ? Span() + " and " + Span() : Span();
        switch (random.Next(3))
        {
            case 0:
                row["dose"] = Pick("9", "16", "18", "20", "24", "30", "2000cGy", "21.6");
                row["fractions"] = random.Next(1, 18).ToString(CultureInfo.InvariantCulture);
                break;
            case 1:
                row["dose_per_fraction"] = Pick("1.8", "2", "2.5", "3", "8");
                row["fractions"] = random.Next(1, 18).ToString(CultureInfo.InvariantCulture);
                break;
            default:
                row["dose"] = "20";
                row["dose_per_fraction"] = "2";
                break;
        }

        row["treated"] = random.Next(3) == 0 ? Span() : string.Empty;
        row["margin"] = Pick("", "5", "10", "15", "20", "25");
        row["margin_superior"] = random.Next(5) == 0 ? Pick("0", "12", "30") : string.Empty;
        row["ctv_levels"] = Pick("", "", "0", "1", "2");
        if (random.Next(2) == 0)
        {
            row["start"] = new DateOnly(2026, 1, 1).AddDays(random.Next(400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            row["holidays"] = random.Next(3) == 0 ? "2026-12-24;2026-12-25;2027-01-01" : string.Empty;
            row["prior"] = random.Next(3) == 0
                ? Pick("20Gy/5@2019-03-01:T4-T9|8Gy/1@2021-06-15:L1-L2", "30Gy/15@2025-11-01:T3-T8", "20Gy/10@2022-09-12", "40Gy/20@2024-02-01:T10-L2")
                : string.Empty;
        }

        row["age"] = Pick("", "8", "19", "45", "70.5");
        row["sex"] = Pick("", "F", "male");
        row["pregnancy_status"] = row["sex"] == "male" ? Pick("", "negative") : Pick("", "unknown", "negative", "pregnant");
        if (random.Next(6) == 0)
        {
            row["thoracic_vertebrae"] = Pick("11", "13");
            row["lumbar_vertebrae"] = Pick("", "4", "6");
        }

        row["alpha_beta_emh"] = random.Next(5) == 0 ? Pick("3", "10", "12.5") : string.Empty;
        row["alpha_beta_cord"] = random.Next(5) == 0 ? Pick("2", "3", "4") : string.Empty;
        row["organ_doses"] = random.Next(3) == 0
            ? Pick("kidneys=mean:16", "kidneys=mean:9;kidneys=V20:40%", "small-bowel=V15:130cc;lungs=mean:8", "uterus=max:0.3;ovaries=mean:1200cGy",
                "testes=max:1.3;thyroid=mean:2", "heart=V25:12%;liver=mean:31", "spleen=mean:3", "kidneys=mean:12;kidneys=mean:13")
            : string.Empty;
        row["cord_max_dose"] = random.Next(3) == 0 ? Pick("0", "8.2", "13", "19.5", "21.3Gy", "2410 cGy", "130") : string.Empty;
        return row;
    }

    /// <summary>The <c>emhrt plan</c> arguments for the same inputs, in column order (empty cells are missing options, as in batch).</summary>
    private static string[] PlanArgs(Dictionary<string, string> row, string format) =>
        EndToEnd.BatchFuzzRow.PlanArgsFor(Columns.Select(c => KeyValuePair.Create(c, row[c])), format);
}
