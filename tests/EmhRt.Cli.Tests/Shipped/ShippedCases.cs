using EmhRt.Reporting;

namespace EmhRt.Cli.Tests.Shipped;

/// <summary>
/// The fixed command set of the shipped-binary suite: every command and format, the error paths and
/// <c>--output</c>. The native and the JIT build must give identical bytes for every one of them.
/// </summary>
internal static class ShippedCases
{
    private const string Seed003 = "--lesion T5-T8 --dose 20 --fractions 10 --margin 10 --treated T3-T9 --start 2026-12-01 --age 19 --sex male";
    private const string Reirradiation = "--lesion T8-T12 --dose 30 --fractions 15 --margin 10 --start 2026-12-01 --prior 30Gy/15@2023-01-10:T3-T8";
    private const string CsvHeader =
        "line,id,status,highest_severity,finding_codes,ctv,ptv_length_mm,geometry_source,total_dose_gy,fractions,dose_per_fraction_gy,alpha_beta_emh_gy,bed_emh_at_alpha_beta_gy,eqd2_emh_gy,cord_tissue,alpha_beta_cord_gy,bed_cord_at_alpha_beta_gy,eqd2_cord_gy,cord_check_measure,cord_check_gy,cord_check_limit_gy,cumulative_bed_cord_gy2,start_date,end_date,overall_days,protocol_id,protocol_version,protocol_sha256,organs_near_field,organs_flagged,error";

    public static readonly ShippedCase[] All =
    [
        new("plan text (seed 003)", A("plan " + Seed003), 0, Expect.Text) { Contains = "T4-T9" },
        new("plan json (seed 003)", A("plan " + Seed003 + " --format json"), 0, Expect.Json) { Schema = OutputSchemas.Plan },
        new("plan csv (seed 003)", A("plan " + Seed003 + " --format csv"), 0, Expect.Csv) { Contains = "ctv" },
        new("plan json re-irradiation", A("plan " + Reirradiation + " --format json"), 0, Expect.Json) { Schema = OutputSchemas.Plan },
        new("plan text re-irradiation", A("plan " + Reirradiation), 0, Expect.Text) { Contains = "2023-01-10" },
        new("plan single fraction exits 1", A("plan --lesion C4 --dose 15 --fractions 1"), 1, Expect.Text) { Contains = "SINGLE_FRACTION" },
        new("plan single fraction json --fail-on never", A("plan --lesion C4 --dose 15 --fractions 1 --format json --fail-on never"), 0, Expect.Json) { Schema = OutputSchemas.Plan },
        new("plan two segments", A("plan --lesion T5-T10,L3-S1 --dose-per-fraction 2 --fractions 8 --format json"), 0, Expect.Json) { Schema = OutputSchemas.Plan },
        new("plan child, female", A("plan --lesion T5-T8 --dose 9 --fractions 3 --age 8 --sex f --format json --fail-on never"), 0, Expect.Json) { Schema = OutputSchemas.Plan },
        new("plan holidays file and treatment days", A("plan --lesion T10-L1 --dose 20 --fractions 10 --start 2026-12-21 --holidays-file {dir}/holidays.txt --treatment-days Mon,Wed,Fri --format json"), 0, Expect.Json) { Schema = OutputSchemas.Plan },
        new("plan own protocol", A("plan --lesion T5-T8 --dose 20 --fractions 10 --protocol {dir}/protocol.json --format json"), 0, Expect.Json) { Schema = OutputSchemas.Plan },
        new("plan --output json", A("plan " + Seed003 + " --format json --output {dir}/plan.json"), 0, Expect.Empty) { OutputFile = "plan.json", OutputKind = Expect.Json, Schema = OutputSchemas.Plan },
        new("plan --output text", A("plan " + Seed003 + " --output {dir}/plan.txt"), 0, Expect.Empty) { OutputFile = "plan.txt", OutputKind = Expect.Text, Contains = "T4-T9" },
        new("plan html --output", A("plan " + Reirradiation + " --format html --label case-7 --assessed-at 2026-12-01T09:00:00Z --output {dir}/plan.html"), 0, Expect.Empty)
            { OutputFile = "plan.html", OutputKind = Expect.Text, Contains = "<script type=\"application/json\"" },
        new("plan decimal comma refused", A("plan --lesion T5-T8 --dose 2,5 --fractions 3"), 2, Expect.Empty, Expect.OneError) { Contains = "--dose: '2,5' is not a number" },
        new("plan unknown level", A("plan --lesion X9 --dose 20 --fractions 10"), 2, Expect.Empty, Expect.OneError) { Contains = "unknown vertebral level 'X9'" },
        new("plan missing lesion", A("plan --dose 20 --fractions 10"), 2, Expect.Empty, Expect.OneError) { Contains = "--lesion" },
        new("plan missing dose", A("plan --lesion T5-T8 --fractions 10"), 2, Expect.Empty, Expect.OneError) { Contains = "two of total dose" },
        new("plan unknown option", A("plan --lesion T5-T8 --dose 20 --fractions 10 --colour"), 2, Expect.Empty, Expect.OneError) { Contains = "--colour" },
        new("plan missing protocol file", A("plan --lesion T5-T8 --dose 20 --fractions 10 --protocol {dir}/absent.json"), 2, Expect.Empty, Expect.OneError) { Contains = "absent.json" },
        new("plan unwritable output", A("plan --lesion T5-T8 --dose 20 --fractions 10 --output {dir}/no/such/dir/plan.txt"), 2, Expect.Empty, Expect.OneError) { Contains = "plan.txt" },
        new("ctv text", A("ctv --lesion T5-T9"), 0, Expect.Text) { Contains = "T4-T10" },
        new("ctv json", A("ctv --lesion T5-T11,L5-S2 --margin 10 --treated T4-S3 --format json"), 0, Expect.Json) { Schema = OutputSchemas.Ctv },
        new("ctv csv", A("ctv --lesion T2-S1 --margin 20 --format csv"), 0, Expect.Csv) { Contains = "," },
        new("ctv reversed span", A("ctv --lesion T8-T5 --format json"), 0, Expect.Json) { Schema = OutputSchemas.Ctv },
        new("ctv bad lesion", A("ctv --lesion T5-T99"), 2, Expect.Empty, Expect.OneError) { Contains = "T99" },
        new("eqd2 text", A("eqd2 --dose 20 --fractions 10"), 0, Expect.Text) { Contains = "EQD2" },
        new("eqd2 json", A("eqd2 --dose-per-fraction 2 --fractions 15 --alpha-beta 2 --eqdx 3 --format json"), 0, Expect.Json) { Schema = OutputSchemas.Eqd2 },
        new("eqd2 inverse json", A("eqd2 --target-eqd2 20 --dose-per-fraction 1.8 --alpha-beta 10 --format json"), 0, Expect.Json) { Schema = OutputSchemas.Eqd2 },
        new("eqd2 csv", A("eqd2 --target-bed 24 --fractions 10 --alpha-beta 10 --format csv"), 0, Expect.Csv) { Contains = "," },
        new("eqd2 zero fractions", A("eqd2 --dose 20 --fractions 0"), 2, Expect.Empty, Expect.OneError) { Contains = "--fractions" },
        new("schedule text", A("schedule --start 2026-12-18 --dose 20 --fractions 10 --holiday 2026-12-25 --holiday 2027-01-01"), 0, Expect.Text) { Contains = "2027-01" },
        new("schedule json", A("schedule --start 2026-03-02 --dose 20 --fractions 10 --format json"), 0, Expect.Json) { Schema = OutputSchemas.Schedule },
        new("schedule bad date", A("schedule --start 2026-02-30 --dose 20 --fractions 10"), 2, Expect.Empty, Expect.OneError) { Contains = "2026-02-30" },
        new("cases text", A("cases"), 0, Expect.Text) { Contains = "Cailleteau" },
        new("cases json with a regimen", A("cases --dose 20 --fractions 10 --format json"), 0, Expect.Json) { Schema = OutputSchemas.Cases },
        new("cases csv", A("cases --rt --format csv"), 0, Expect.Csv) { Contains = "," },
        new("cases unknown region", A("cases --region pelvic"), 2, Expect.Empty, Expect.OneError) { Contains = "pelvic" },
        new("protocol show", A("protocol show"), 0, Expect.Json) { Schema = OutputSchemas.Protocol },
        new("protocol check ok", A("protocol check {dir}/protocol.json"), 0, Expect.Text) { Contains = "ok: emh-default" },
        new("protocol check bad", A("protocol check {dir}/bad-protocol.json"), 2, Expect.Empty, Expect.OneError) { Contains = "bad-protocol.json" },
        new("schema list", A("schema --list"), 0, Expect.Text) { Contains = "urn:emhrt:schema:plan:" },
        new("schema plan", A("schema plan"), 0, Expect.Text) { Contains = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"" },
        new("schema batch-row --output", A("schema batch-row --output {dir}/batch-row.schema.json"), 0, Expect.Empty) { OutputFile = "batch-row.schema.json", OutputKind = Expect.Text, Contains = "urn:emhrt:schema:plan:" },
        new("batch csv to csv", A("batch {dir}/plans.csv --fail-on never"), 2, Expect.Csv, Expect.BatchSummary) { Contains = CsvHeader },
        new("batch csv to jsonl", A("batch {dir}/plans.csv --format jsonl --quiet --fail-on never"), 2, Expect.JsonLines),
        new("batch jsonl to jsonl", A("batch {dir}/plans.jsonl --format jsonl --quiet"), 2, Expect.JsonLines),
        new("batch stdin csv", A("batch - --margin 10 --quiet"), 1, Expect.Csv) { Contains = CsvHeader, Stdin = "id,lesion,dose,fractions\na,T5-T8,20,10\nb,T4-T8,9,3\n" },
        new("batch --output csv", A("batch {dir}/plans.csv --output {dir}/results.csv --quiet"), 2, Expect.Empty) { OutputFile = "results.csv", OutputKind = Expect.Csv, Contains = CsvHeader },
        new("batch --output jsonl", A("batch {dir}/plans.csv --format jsonl --output {dir}/results.jsonl --quiet"), 2, Expect.Empty) { OutputFile = "results.jsonl", OutputKind = Expect.JsonLines },
        new("batch --report html", A("batch {dir}/plans.csv --output {dir}/results.csv --report {dir}/summary.html --quiet"), 2, Expect.Empty)
            { OutputFile = "summary.html", OutputKind = Expect.Text, Contains = "<!DOCTYPE html>" },
        new("batch unknown column", A("batch - --quiet"), 2, Expect.Empty, Expect.OneError) { Contains = "dosis", Stdin = "id,lesion,dosis\na,T5,20\n" },
        new("batch missing file", A("batch {dir}/absent.csv"), 2, Expect.Empty, Expect.OneError) { Contains = "absent.csv" },
        new("help", A("--help"), 0, Expect.Text) { Contains = "Exit codes:" },
        new("plan help", A("plan --help"), 0, Expect.Text) { Contains = "--lesion" },
        new("unknown command", A("plna"), 2, Expect.Empty, Expect.OneError) { Contains = "plna" },
    ];

    /// <summary>Splits a command line on spaces (the cases use no quoting: one word per argument).</summary>
    private static string[] A(string commandLine) => commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Writes the fixture files the cases name into <paramref name="dir"/>.</summary>
    public static void WriteFixtures(string dir)
    {
        File.WriteAllText(Path.Combine(dir, "plans.csv"), Contract.ContractCases.BatchCsv);
        File.WriteAllText(Path.Combine(dir, "plans.jsonl"),
            "{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10,\"margin\":10}\n" +
            "{\"id\":\"b\",\"lesion\":\"T5-T8\",\"dose\":\"x\",\"fractions\":10}\n" +
            "{\"lesion\":\"L1\",\"dose\":18,\"fractions\":10,\"start\":\"2026-12-01\",\"prior\":\"18Gy/10@2026-01-05:L1-L2\"}\n");
        File.WriteAllText(Path.Combine(dir, "holidays.txt"), "# clinic closed\n2026-12-25\n2027-01-01\n");
        File.WriteAllText(Path.Combine(dir, "protocol.json"), EmhRt.Protocol.EmhProtocol.DefaultJson);
        File.WriteAllText(Path.Combine(dir, "bad-protocol.json"), EmhRt.Protocol.EmhProtocol.DefaultJson.Replace("\"minGy\": 16", "\"minGy\": 26", StringComparison.Ordinal));
    }
}
