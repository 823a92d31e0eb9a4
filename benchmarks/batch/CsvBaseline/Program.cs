using System.Globalization;
using CsvHelper;

// Baseline: read every field of every row as a string and write the same 16 output columns with plausible
// values, single-threaded, with CsvHelper only. Usage: CsvBaseline <input.csv> <output.csv>
using var reader = CsvReader.FromFile(args[0], new CsvReaderOptions { TrackLineNumbers = true });
using var writer = CsvWriter.ToFile(args[1], new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture });
reader.ReadHeader();
writer.WriteRecord(["line", "id", "status", "highest_severity", "finding_codes", "ctv", "ptv_length_mm", "total_dose_gy",
    "fractions", "dose_per_fraction_gy", "bed_emh_gy", "eqd2_emh_gy", "bed_cord_gy", "eqd2_cord_gy", "end_date", "error"]);
var fields = new string[16];
long rows = 0;
while (reader.Read())
{
    rows++;
    for (var i = 0; i < reader.FieldCount; i++)
    {
        fields[i % fields.Length] = reader.GetString(i);
    }

    writer.WriteField(reader.LineNumber);
    writer.WriteField(reader.GetString(0));
    writer.WriteField("pass");
    writer.WriteField("");
    writer.WriteField("");
    writer.WriteField(fields[1]);
    writer.WriteField("120");
    writer.WriteField(fields[2]);
    writer.WriteField(fields[3]);
    writer.WriteField("4");
    writer.WriteField("28");
    writer.WriteField("23.33");
    writer.WriteField("14.4");
    writer.WriteField("8.64");
    writer.WriteField("2026-01-16");
    writer.WriteField("");
    writer.EndRecord();
}

Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline: {rows} rows"));
