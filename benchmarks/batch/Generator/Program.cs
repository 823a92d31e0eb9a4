using System.Globalization;
using System.Text;
using EmhRt.Benchmarks.Data;

// Writes a deterministic CSV of plans (see PlanRows): generate <rows> <path> [seed]. About 1 % of rows are garbage.
var rows = int.Parse(args[0], CultureInfo.InvariantCulture);
var path = args[1];
using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
writer.Write(PlanRows.Header + "\n");
foreach (var row in args.Length > 2 ? PlanRows.Generate(rows, int.Parse(args[2], CultureInfo.InvariantCulture)) : PlanRows.Generate(rows))
{
    writer.Write(row);
    writer.Write('\n');
}
