using System.Globalization;
using System.Text;

namespace EmhRt.Benchmarks.Data;

/// <summary>
/// Deterministic realistic plans as CSV lines (the input of <c>benchmarks/batch/run.sh</c> and of the batch-stage
/// benchmarks). One plan in 20 is a re-irradiation with prior courses. About 1 % of rows are garbage: a broken number, an extra field, a missing field, or a quoted
/// multi-line lesion.
/// </summary>
public static class PlanRows
{
    /// <summary>The header line (without line end).</summary>
    public const string Header = "id,lesion,dose,fractions,margin,ctv_levels,start,holidays,age,sex,prior";

    /// <summary>Rows 1..<paramref name="rows"/>, each without its line end.</summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="seed">Random seed (the default gives the files run.sh measures).</param>
    public static IEnumerable<string> Generate(int rows, int seed = 20260101)
    {
        var random = new Random(seed);
        string[] thoracic = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"];
        string[] lumbar = ["L1", "L2", "L3", "L4", "L5"];
        string[] all = [.. thoracic, .. lumbar, "S1"];
        string[] sexes = ["F", "M", "female", "male"];
        string[] doses = ["9", "10", "12", "15", "16", "18", "20", "20.5", "21.6", "24", "25", "30"];

        string Span()
        {
            var a = random.Next(all.Length - 1);
            var b = Math.Min(all.Length - 1, a + 1 + random.Next(5));
            return all[a] + "-" + all[b];
        }

        var culture = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(256);
        for (var i = 1; i <= rows; i++)
        {
            sb.Clear();
            sb.Append(culture, $"P{i:D7},");
            var lesion = random.Next(10) == 0 ? Span() + " and " + Span() : Span();
            sb.Append(lesion).Append(',');
            var fractions = random.Next(1, 18);
            sb.Append(doses[random.Next(doses.Length)]).Append(',');
            sb.Append(culture, $"{fractions},{random.Next(10, 21)},{random.Next(0, 3)},");
            // One plan in 20 is a re-irradiation: prior courses in the `plan --prior` syntax, which need a start date.
            var reirradiation = random.Next(20) == 0;
            if (reirradiation || random.Next(3) == 0)
            {
                sb.Append(culture, $"2026-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}");
            }

            sb.Append(',');
            if (random.Next(10) == 0)
            {
                sb.Append("\"2026-12-24;2026-12-25\"");
            }

            sb.Append(culture, $",{random.Next(5, 86)},{sexes[random.Next(sexes.Length)]},");
            if (reirradiation)
            {
                sb.Append(random.Next(2) == 0 ? "20Gy/5@2019-03-01:T4-T9|8Gy/1@2021-06-15:L1-L2" : "20Gy/10@2022-09-12:" + Span());
            }

            if (random.Next(100) == 0)
            {
                switch (random.Next(4))
                {
                    case 0: sb.Clear().Append(culture, $"P{i:D7},T5-T8,2;5,5,10,1,,,40,F,"); break;
                    case 1: sb.Append(",extra"); break;
                    case 2: sb.Clear().Append(culture, $"P{i:D7},T5-T8,20"); break;
                    default: sb.Clear().Append(culture, $"P{i:D7},\"T5-T8\nT10\",abc,5,10,1,,,40,F,"); break;
                }
            }

            yield return sb.ToString();
        }
    }
}
