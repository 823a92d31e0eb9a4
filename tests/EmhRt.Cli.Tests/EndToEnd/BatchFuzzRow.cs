using System.Globalization;
using System.Text;

namespace EmhRt.Cli.Tests.EndToEnd;

/// <summary>What a generated batch row is expected to give.</summary>
internal enum RowKind
{
    /// <summary>Built from valid values only: must not be <c>invalid</c>.</summary>
    Valid,

    /// <summary>One value is certainly wrong: must be <c>invalid</c>.</summary>
    Invalid,

    /// <summary>Odd but possibly acceptable (999 fractions, reversed span...): only compared with <c>plan</c>.</summary>
    Odd,
}

/// <summary>One generated input row of the batch fuzz test, by column name.</summary>
internal sealed record BatchFuzzRow(RowKind Kind, IReadOnlyDictionary<string, string> Cells)
{
    public static readonly string[] Columns =
        ["id", "lesion", "dose", "fractions", "dose_per_fraction", "margin", "start", "holidays", "age", "sex", "prior"];

    private static readonly string[] Levels =
    [
        "C2", "C3", "C4", "C5", "C6", "C7", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
        "L1", "L2", "L3", "L4", "L5",
    ];

    /// <summary>The <c>emhrt plan</c> arguments for the same inputs (empty cells are missing options, as in batch).</summary>
    public string[] PlanArgs(string format) => PlanArgsFor(Cells, format);

    /// <summary>
    /// The <c>emhrt plan</c> arguments for batch cells (column name, text) in the given order: <c>id</c> and empty cells
    /// are left out, <c>holidays</c> (<c>;</c>) <c>prior</c> (<c>|</c>) and <c>organ_doses</c> (<c>;</c>) become repeated options, any other column its option.
    /// </summary>
    public static string[] PlanArgsFor(IEnumerable<KeyValuePair<string, string>> cells, string format)
    {
        var args = new List<string> { "plan" };
        foreach (var (column, value) in cells)
        {
            if (column == "id" || value.Length == 0)
            {
                continue;
            }

            switch (column)
            {
                case "holidays":
                    foreach (var day in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        args.AddRange(["--holiday", day]);
                    }

                    break;
                case "prior":
                    foreach (var course in value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        args.AddRange(["--prior", course]);
                    }

                    break;
                case "organ_doses":
                    foreach (var dose in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        args.AddRange(["--organ-dose", dose]);
                    }

                    break;
                default:
                    args.AddRange(["--" + column.Replace('_', '-'), value]);
                    break;
            }
        }

        args.AddRange(["--format", format]);
        return [.. args];
    }

    public static BatchFuzzRow Generate(Random random, int index)
    {
        var cells = ValidCells(random, index);
        var roll = random.Next(100);
        if (roll < 45)
        {
            return new BatchFuzzRow(RowKind.Valid, cells);
        }

        if (roll < 90)
        {
            var (column, value) = Pick(random, InvalidValues(random));
            cells[column] = value;
            if (column == "prior")
            {
                cells["start"] = string.Empty; // a prior course without a start date
            }

            return new BatchFuzzRow(RowKind.Invalid, cells);
        }

        var (oddColumn, oddValue) = Pick(random, OddValues);
        cells[oddColumn] = oddValue;
        return new BatchFuzzRow(RowKind.Odd, cells);
    }

    private static Dictionary<string, string> ValidCells(Random random, int index)
    {
        var cells = Columns.ToDictionary(c => c, _ => string.Empty, StringComparer.Ordinal);
        cells["id"] = Pick(random,
        [
            "r" + index.ToString(CultureInfo.InvariantCulture),
            "patient " + index.ToString(CultureInfo.InvariantCulture) + ", left",
            "\"quoted\" " + index.ToString(CultureInfo.InvariantCulture),
            "two\nlines " + index.ToString(CultureInfo.InvariantCulture),
            "Ünïcødé-" + index.ToString(CultureInfo.InvariantCulture) + "-日本",
            string.Empty,
        ]);
        var first = random.Next(Levels.Length);
        var last = Math.Min(Levels.Length - 1, first + random.Next(6));
        cells["lesion"] = first == last ? Levels[first] : Levels[first] + "-" + Levels[last];
        switch (random.Next(3))
        {
            case 0:
                cells["dose"] = Pick(random, ["16", "18", "20", "20Gy", "2000cGy", "9", "30", "12.5", "24"]);
                var fractions = random.Next(1, 16);
                // 30 Gy in 1 fraction is over the 25 Gy per fraction bound (InputLimits): not a valid row.
                cells["fractions"] = (cells["dose"] == "30" && fractions == 1 ? 2 : fractions).ToString(CultureInfo.InvariantCulture);
                break;
            case 1:
                cells["dose_per_fraction"] = Pick(random, ["1.8", "2", "2.5", "3", "4"]);
                cells["fractions"] = random.Next(1, 16).ToString(CultureInfo.InvariantCulture);
                break;
            default:
                cells["dose"] = "20";
                cells["fractions"] = "10";
                cells["dose_per_fraction"] = "2";
                break;
        }

        cells["margin"] = Pick(random, ["", "0", "5", "10", "10mm", "15", "20"]);
        if (random.Next(2) == 0)
        {
            var start = new DateOnly(2026, 1, 1).AddDays(random.Next(365));
            cells["start"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (random.Next(3) == 0)
            {
                cells["holidays"] = "2026-12-25;2027-01-01";
            }

            if (random.Next(4) == 0)
            {
                cells["prior"] = Pick(random, ["30Gy/15@2023-01-10:T3-T8", "20Gy/10@2025-11-01:T5-T9"]);
            }
        }

        cells["age"] = Pick(random, ["", "19", "45", "12", "70.5"]);
        cells["sex"] = Pick(random, ["", "female", "male"]);
        return cells;
    }

    private static (string Column, string Value)[] InvalidValues(Random random) =>
    [
        ("lesion", string.Empty),
        ("lesion", "T0"),
        ("lesion", "T14"),
        ("lesion", "X5"),
        ("lesion", "T5-"),
        ("lesion", "T5\"-T8"),
        ("lesion", "T５"),
        ("lesion", RandomUnicode(random)),
        ("dose", "2,5"),
        ("dose", "-1"),
        ("dose", "0"),
        ("dose", "abc"),
        ("dose", "NaN"),
        ("dose", "1e400"),
        ("dose", "２０"),
        ("dose", "20mGy"),
        ("dose", RandomUnicode(random)),
        ("fractions", "0"),
        ("fractions", "2.5"),
        ("fractions", "-3"),
        ("fractions", "٣"),
        ("fractions", "ten"),
        ("margin", "-2"),
        ("margin", "1,5"),
        ("margin", "ten"),
        ("start", "2026-13-01"),
        ("start", "01.12.2026"),
        ("start", "tomorrow"),
        ("age", "-1"),
        ("age", "abc"),
        ("sex", "w"),
        ("sex", "divers"),
        ("prior", "30Gy/15@2023-01-10:T3-T8"),
        ("holidays", "2026-12-32"),
    ];

    private static readonly (string Column, string Value)[] OddValues =
    [
        ("fractions", "999"),
        ("lesion", "T8-T5"),
        ("lesion", "t5-t8"),
        ("dose", "20.000"),
        ("age", "200"),
        ("margin", "400"),
    ];

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>1-12 random Unicode scalar values (no surrogate halves), never a valid level by accident.</summary>
    private static string RandomUnicode(Random random)
    {
        var builder = new StringBuilder("¤");
        var length = random.Next(1, 12);
        for (var i = 0; i < length; i++)
        {
            int codePoint;
            do
            {
                codePoint = random.Next(3) switch
                {
                    0 => random.Next(0x20, 0x7F),
                    1 => random.Next(0xA0, 0x3000),
                    _ => random.Next(0x1F300, 0x1FAFF),
                };
            }
            while (codePoint is >= 0xD800 and <= 0xDFFF);
            builder.Append(char.ConvertFromUtf32(codePoint));
        }

        return builder.ToString();
    }
}
