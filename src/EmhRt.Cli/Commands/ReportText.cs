using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EmhRt.Doses;

namespace EmhRt.Cli;

/// <summary>
/// Formatting helpers shared by the <c>eqd2</c>, <c>schedule</c>, <c>ctv</c> and <c>cases</c> commands (the file
/// carries the <c>Eqd2</c> prefix only to stay inside those commands' files): invariant numbers, aligned text
/// tables, CSV fields, indented JSON, and the regimen options. Nothing clinical is computed here.
/// </summary>
internal static class ReportText
{
    /// <summary>Line ending of every report (byte-identical output on every platform and culture).</summary>
    public const string NewLine = "\n";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = EmhRt.Reporting.ReportJsonEncoder.Instance,
    };

    /// <summary>Invariant number with at most <paramref name="decimals"/> decimals, no trailing zeros ("17.1", "20").</summary>
    public static string Number(double value, int decimals = 4) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals switch { 0 => "0", 1 => "0.#", 2 => "0.##", 3 => "0.###", _ => "0.####" }, CultureInfo.InvariantCulture);

    /// <summary>Invariant number with exactly <paramref name="decimals"/> decimals ("17.10"), halves rounded away from zero (31.25 -> 31.3) as in the library's summaries.</summary>
    public static string Fixed(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Invariant whole number.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>JSON/CSV value: rounded to 4 decimals so that binary noise (34.199999999999996) does not leak out.</summary>
    public static double Rounded(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>ISO date, invariant.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-12-18 (Friday)": English day names regardless of culture.</summary>
    public static string DateWithDay(DateOnly date) => Date(date) + " (" + date.DayOfWeek + ")";

    /// <summary>"20 Gy in 10 fractions of 2 Gy".</summary>
    public static string Regimen(Fractionation regimen) => regimen.ToString();

    /// <summary>Writes an indented JSON document (relaxed escaping so α/β stays readable) followed by a newline.</summary>
    public static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + NewLine;
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

    /// <summary>One CSV line (RFC 4180 quoting: fields with comma, quote or line break are quoted).</summary>
    public static string CsvLine(params string?[] fields)
    {
        var line = new StringBuilder();
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            string field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(field);
            }
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
        for (int c = 0; c < header.Length; c++)
        {
            widths[c] = header[c].Length;
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        void Line(string[] cells)
        {
            var line = new StringBuilder();
            for (int c = 0; c < cells.Length; c++)
            {
                if (c > 0)
                {
                    line.Append("  ");
                }

                line.Append(Array.IndexOf(rightAligned, c) >= 0 ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
            }

            output.Append(line.ToString().TrimEnd()).Append('\n');
        }

        Line(header);
        foreach (var row in rows)
        {
            Line(row);
        }
    }

    /// <summary>Appends a line.</summary>
    public static StringBuilder Line(this StringBuilder output, string text = "") => output.Append(text).Append('\n');

    // ---------------------------------------------------------------- regimen options

    /// <summary>The names of the three regimen options, for error messages.</summary>
    public const string RegimenOptionNames = "--dose/--fractions/--dose-per-fraction";

    /// <summary>The three regimen options (any two of them define a regimen).</summary>
    public sealed record RegimenOptions(Option<double?> Dose, Option<int?> Fractions, Option<double?> DosePerFraction)
    {
        /// <summary>Creates and adds the options to <paramref name="command"/>.</summary>
        public static RegimenOptions AddTo(Command command, string purpose)
        {
            var options = new RegimenOptions(
                OptionParsers.DoseOption("--dose", "Total dose in Gy (20, 20Gy or 2000cGy)" + purpose),
                OptionParsers.FractionsOption("--fractions", "Number of fractions (1 or more)" + purpose),
                OptionParsers.DoseOption("--dose-per-fraction", "Dose per fraction in Gy" + purpose));
            command.Add(options.Dose);
            command.Add(options.Fractions);
            command.Add(options.DosePerFraction);
            return options;
        }

        /// <summary>True when at least one of the options was given.</summary>
        public bool AnyGiven(ParseResult parseResult) =>
            parseResult.GetValue(Dose) is not null || parseResult.GetValue(Fractions) is not null || parseResult.GetValue(DosePerFraction) is not null;

        /// <summary>The regimen from the library's <see cref="Fractionation.Create"/>, or its error prefixed with the option names.</summary>
        public Fractionation? Create(ParseResult parseResult, out string? error)
        {
            double? dose = parseResult.GetValue(Dose), dpf = parseResult.GetValue(DosePerFraction);
            var result = Fractionation.Create(
                dose is { } d ? Doses.Dose.FromGy(d) : null,
                parseResult.GetValue(Fractions),
                dpf is { } p ? Doses.Dose.FromGy(p) : null);
            if (result.Success)
            {
                error = null;
                return result.Value;
            }

            error = RegimenOptionNames + ": " + result.Error;
            return null;
        }
    }
}
