using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EmhRt.Scheduling;

namespace EmhRt.Reporting;

/// <summary>
/// Formatting shared by the <c>ctv</c>, <c>eqd2</c>, <c>schedule</c> and <c>cases</c> reports (<see cref="Ctv.CtvReport"/>,
/// <see cref="Eqd2.Eqd2Report"/>, <see cref="Eqd2.Eqd2TargetReport"/>, <see cref="Schedule.ScheduleReport"/>,
/// <see cref="Cases.CasesReport"/>): invariant numbers, aligned text tables, and CSV lines and JSON documents written
/// with the plan writers' own quoting (<see cref="PlanCsvReport"/>) and writer options (<see cref="PlanJsonReport.CreateWriterOptions"/>).
/// Nothing clinical is computed here.
/// </summary>
/// <remarks>
/// These reports round machine-readable numbers to 4 decimals (<see cref="Rounded"/>), the plan reports to 3
/// (<see cref="ReportNumber"/>): two published contracts, kept as they are (byte-identical output, issue 17).
/// </remarks>
internal static class ReportText
{
    private static readonly JsonWriterOptions JsonOptions = PlanJsonReport.CreateWriterOptions(indented: true);

    /// <summary>Invariant number with at most <paramref name="decimals"/> decimals, no trailing zeros ("17.1", "20").</summary>
    public static string Number(double value, int decimals = 4) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals switch { 0 => "0", 1 => "0.#", 2 => "0.##", 3 => "0.###", _ => "0.####" }, CultureInfo.InvariantCulture);

    /// <summary>Invariant number with exactly <paramref name="decimals"/> decimals ("17.10"), halves rounded away from zero (31.25 -> 31.3).</summary>
    public static string Fixed(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Invariant whole number.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number or the empty CSV field.</summary>
    public static string Optional(double? value) => value is { } v ? Number(v) : string.Empty;

    /// <summary>"true" or "false".</summary>
    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>JSON/CSV value: rounded to 4 decimals so that binary noise (34.199999999999996) does not leak out.</summary>
    public static double Rounded(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>ISO date, invariant (<see cref="IsoDate.Format"/>).</summary>
    public static string Date(DateOnly date) => IsoDate.Format(date);

    /// <summary>"2026-12-18 (Friday)": English day names regardless of culture.</summary>
    public static string DateWithDay(DateOnly date) => Date(date) + " (" + date.DayOfWeek + ")";

    /// <summary>Writes an indented JSON document (relaxed escaping so α/β stays readable) followed by a newline.</summary>
    public static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Writes a number rounded to 4 decimals, or null.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Rounded(v));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a string, or null.</summary>
    public static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a string array.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>One CSV line, <c>\n</c>-terminated, quoted as the plan CSV is (RFC 4180: fields with comma, quote or line break).</summary>
    public static string CsvLine(params string?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            PlanCsvReport.AppendField(line, fields[i]);
        }

        return line.Append('\n').ToString();
    }

    /// <summary>
    /// An aligned text table: columns separated by two spaces, each column as wide as its widest cell, cells of
    /// columns in <paramref name="rightAligned"/> padded on the left. Trailing spaces are trimmed.
    /// </summary>
    public static void Table(StringBuilder output, string[] header, IReadOnlyList<string[]> rows, params int[] rightAligned)
    {
        var widths = new int[header.Length];
        for (var c = 0; c < header.Length; c++)
        {
            widths[c] = header[c].Length;
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        void Row(string[] cells)
        {
            var line = new StringBuilder();
            for (var c = 0; c < cells.Length; c++)
            {
                if (c > 0)
                {
                    line.Append("  ");
                }

                line.Append(Array.IndexOf(rightAligned, c) >= 0 ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
            }

            output.Append(line.ToString().TrimEnd()).Append('\n');
        }

        Row(header);
        foreach (var row in rows)
        {
            Row(row);
        }
    }

    /// <summary>Appends a line ending in <c>\n</c>.</summary>
    public static StringBuilder Line(this StringBuilder output, string text = "") => output.Append(text).Append('\n');
}
