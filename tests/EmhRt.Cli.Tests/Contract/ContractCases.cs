namespace EmhRt.Cli.Tests.Contract;

/// <summary>
/// Varied plans for the output-contract tests: every section of the plan JSON filled and empty (PTV, treated span,
/// schedule, re-irradiation), every kind of finding, several segments, patient anatomy and the α/β options.
/// </summary>
internal static class ContractCases
{
    /// <summary>Plan arguments (without <c>plan</c> and <c>--format</c>).</summary>
    public static readonly string[][] Plans =
    [
        ["--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--margin", "10", "--treated", "T3-T9", "--start", "2026-12-01", "--age", "19", "--sex", "male"],
        ["--lesion", "T2-S1", "--dose", "18", "--fractions", "10", "--margin", "20", "--treated", "T1-S2", "--age", "70", "--sex", "male"],
        ["--lesion", "T8-T12", "--dose", "30", "--fractions", "15", "--margin", "10", "--start", "2026-12-01", "--prior", "30Gy/15@2023-01-10:T3-T8"],
        ["--lesion", "T5-T10 and L3-S1", "--dose-per-fraction", "2", "--fractions", "8"],
        ["--lesion", "C4", "--dose", "15", "--fractions", "1"],
        ["--lesion", "L3", "--dose", "15", "--fractions", "1", "--start", "2026-12-01", "--prior", "20Gy/10@2025-01-10:L2-L4"],
        ["--lesion", "C3 and L5", "--margin", "10", "--dose", "20", "--fractions", "10"],
        ["--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--ctv-levels", "0"],
        ["--lesion", "T5-T8", "--dose", "9", "--fractions", "3", "--age", "8", "--sex", "female"],
        ["--lesion", "T10-L1", "--dose", "20", "--fractions", "10", "--margin-superior", "15", "--margin-inferior", "10", "--margin-radial", "8",
            "--start", "2026-12-21", "--holiday", "2026-12-25", "--holiday", "2027-01-01", "--treatment-days", "Mon,Wed,Fri"],
        ["--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--start", "2026-12-01", "--prior", "20Gy/10@2026-09-01:T5-T8", "--prior", "20Gy/10@2026-01-01"],
        ["--lesion", "T6-T9", "--dose", "24", "--fractions", "12", "--thoracic-vertebrae", "13", "--lumbar-vertebrae", "4", "--alpha-beta-emh", "8", "--alpha-beta-cord", "3"],
        ["--lesion", "C1-C2", "--dose", "16", "--fractions", "8", "--margin", "20", "--ctv-levels", "2"],
        ["--lesion", "S4-Co", "--dose", "18", "--fractions", "9", "--margin", "5", "--sex", "f", "--age", "35"],
        ["--lesion", "T6-7 disc", "--dose", "2000cGy", "--fractions", "10", "--treated", "T5-T8"],
        ["--lesion", "T3-8", "--dose", "12", "--fractions", "6", "--treated", "T4-T6", "--margin", "12"],
        ["--lesion", "C6-coccyx", "--dose", "20", "--fractions", "10", "--margin", "10"],
        ["--lesion", "Th5-8, L5/S1", "--dose", "25", "--fractions", "5", "--ctv-levels-above", "2", "--ctv-levels-below", "1", "--start", "2026-03-02"],
        ["--lesion", "L1-L2", "--dose", "18", "--fractions", "10", "--start", "2026-12-01", "--prior", "18Gy/10@2026-10-01:T12-L3", "--age", "17"],
        ["--lesion", "T11-L2", "--dose", "20", "--fractions", "10", "--margin", "15", "--sex", "female", "--age", "24", "--start", "2026-12-24", "--holiday", "2026-12-25"],
    ];

    /// <summary>Argument lists for the other JSON commands: (schema name, arguments including <c>--format json</c>).</summary>
    public static readonly (string Schema, string[] Args)[] OtherCommands =
    [
        ("ctv", ["ctv", "--lesion", "T5-T11, L5-S2", "--margin", "10", "--treated", "T4-S3", "--format", "json"]),
        ("ctv", ["ctv", "--lesion", "T5-T9", "--format", "json"]),
        ("ctv", ["ctv", "--lesion", "C1-C2", "--ctv-levels", "2", "--margin", "20", "--sex", "female", "--format", "json"]),
        ("ctv", ["ctv", "--lesion", "S4-Co", "--margin", "5", "--format", "json"]),
        ("ctv", ["ctv", "--lesion", "T2-S1", "--margin-superior", "20", "--margin-inferior", "10", "--margin-radial", "10", "--format", "json"]),
        ("eqd2", ["eqd2", "--dose", "20", "--fractions", "10", "--format", "json"]),
        ("eqd2", ["eqd2", "--dose-per-fraction", "2", "--fractions", "15", "--alpha-beta", "2", "--eqdx", "3", "--format", "json"]),
        ("eqd2", ["eqd2", "--target-eqd2", "20", "--dose-per-fraction", "1.8", "--alpha-beta", "10", "--format", "json"]),
        ("eqd2", ["eqd2", "--target-bed", "24", "--fractions", "10", "--alpha-beta", "10", "--format", "json"]),
        ("eqd2", ["eqd2", "--target-bed", "135.5", "--alpha-beta", "2", "--dose-per-fraction", "2", "--format", "json"]),
        ("schedule", ["schedule", "--fractions", "10", "--start", "2026-12-21", "--holiday", "2026-12-25", "--dose", "20", "--format", "json"]),
        ("schedule", ["schedule", "--fractions", "15", "--start", "2026-03-02", "--dose-per-fraction", "1.8", "--treatment-days", "Mon,Wed,Fri", "--format", "json"]),
        ("cases", ["cases", "--format", "json"]),
        ("cases", ["cases", "--dose", "20", "--fractions", "10", "--format", "json"]),
        ("cases", ["cases", "--region", "thoracic", "--rt", "--min-eqd2", "10", "--format", "json"]),
    ];

    /// <summary>A batch CSV with valid rows of every kind and invalid rows of several kinds.</summary>
    public const string BatchCsv =
        "id,lesion,dose,fractions,dose_per_fraction,treated,margin,ctv_levels,start,holidays,age,sex,prior\n" +
        "p1,T5-T8,20,10,,T3-T9,10,,2026-12-01,,19,male,\n" +
        "p2,T4-T8,9,3,,,,,,,68,male,\n" +
        "p3,T8-T12,30,15,,,10,,2026-12-01,2026-12-25,,,30Gy/15@2023-01-10:T3-T8\n" +
        "p4,\"T5-T10 and L3-S1\",,8,2,,,,,,,,\n" +
        "p5,C4,15,1,,,,,,,,,\n" +
        "p6,L3,15,1,,,,0,2026-12-01,,,female,20Gy/10@2025-01-10:L2-L4|10Gy/5@2020-01-01\n" +
        "bad1,X9,20,10,,,,,,,,,\n" +
        "bad2,T5-T8,\"2,5\",10,,,,,,,,,\n" +
        "bad3,T5-T8,20,,,,,,,,,,\n" +
        ",T5-T8,20,10,,,10,,2026-13-01,,,,\n";
}
