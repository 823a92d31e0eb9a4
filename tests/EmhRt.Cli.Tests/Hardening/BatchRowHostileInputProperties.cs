using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EmhRt.Cli.Batch;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EmhRt.Cli.Tests.Hardening;

/// <summary>
/// Issue 19: the batch row readers and the cell grammars that live only in the batch path today (length, age, anatomy
/// counts) never throw on any input: 100,000 hostile cases per family (<see cref="Hostile"/>; the row readers also get
/// raw invalid UTF-8 bytes). A row read is either a value the plan input accepts or refuses with a message naming the
/// column, or an invalid row whose line is inside the input; a cell value is either a number that reads back the same
/// from its invariant text, or an error. The library parsers are in <c>EmhRt.Tests/Hardening/ParserHostileInputProperties</c>.
/// </summary>
public sealed partial class BatchRowHostileInputProperties
{
    private const int CasesPerFamily = 100_000;

    private const string CsvHeader = "id,lesion,dose,fractions,dose_per_fraction,margin,start,holidays,age,sex,prior,thoracic_vertebrae,lumbar_vertebrae,alpha_beta_emh";

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Length_cells_never_throw_and_read_back(LengthCell sample) =>
        AssertCell(sample.Value.Value, new BatchCellCache().LengthMm, v => Plain(v) + " mm", BatchColumn.Margin);

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Age_cells_never_throw_and_read_back(AgeCell sample) =>
        AssertCell(sample.Value.Value, new BatchCellCache().AgeYears, Plain, BatchColumn.Age);

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Anatomy_count_cells_never_throw_and_read_back(CountCell sample)
    {
        var text = sample.Value.Value;
        var thoracic = text.Length % 2 == 0;
        var cache = new BatchCellCache();
        Func<string, BatchCellCache.Parsed<int>> read = thoracic ? cache.ThoracicCount : cache.LumbarCount;
        var parsed = read(text);
        if (parsed.Error is null)
        {
            Assert.Contains(parsed.Value, thoracic ? new[] { 11, 12, 13 } : new[] { 4, 5, 6 });
            Assert.Equal(parsed.Value, read(parsed.Value.ToString(CultureInfo.InvariantCulture)).Value);
        }
        else
        {
            AssertMessage(parsed.Error, text);
        }

        AssertRowParses(text.Length % 2 == 0 ? BatchColumn.ThoracicVertebrae : BatchColumn.LumbarVertebrae, text);
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Csv_rows_never_throw_and_are_a_plan_input_or_an_invalid_row_inside_the_input(CsvRecord sample)
    {
        var bytes = sample.Value.Value;
        using var source = new CsvBatchRowSource(null, new MemoryStream([.. Encoding.UTF8.GetBytes(CsvHeader + "\n"), .. bytes]), null, null, ignoreUnknownColumns: false);
        Assert.Null(source.ReadHeader());
        AssertRows(source, bytes, firstLine: 2);
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Json_lines_rows_never_throw_and_are_a_plan_input_or_an_invalid_row_inside_the_input(JsonLine sample)
    {
        var bytes = sample.Value.Value;
        using var source = new JsonLinesBatchRowSource(null, new MemoryStream(bytes), null, ignoreUnknownColumns: false);
        Assert.Null(source.ReadHeader());
        AssertRows(source, bytes, firstLine: 1);
    }

    /// <summary>Every row read: a line inside the input, after the previous one; valid cells give a plan input or its errors.</summary>
    private static void AssertRows(IBatchRowSource source, byte[] input, long firstLine)
    {
        // The last line: CSV counts CR, LF and CRLF as line ends, JSON Lines LF.
        var lastLine = firstLine - 1 + Math.Max(input.AsSpan().Count((byte)'\n'), input.AsSpan().Count((byte)'\r') + input.AsSpan().Count((byte)'\n') - input.AsSpan().Count("\r\n"u8)) + 1;
        var cells = new string?[BatchColumns.Count];
        var previous = firstLine - 1;
        var rows = 0;
        while (true)
        {
            Array.Clear(cells);
            if (!source.ReadRow(cells, out var line, out var error))
            {
                break;
            }

            rows++;
            Assert.InRange(line, previous + 1, lastLine);
            previous = line;
            if (error is not null)
            {
                AssertMessage(BatchMessages.Shorten(error), null);
                continue;
            }

            // Never a U+FFFD the input did not hold: invalid UTF-8 makes the row invalid instead.
            Assert.True(input.AsSpan().IndexOf("\uFFFD"u8) >= 0 || !cells.Any(c => c is not null && c.Contains('\uFFFD', StringComparison.Ordinal)));
            var row = BatchInputRow.Create(line, cells);
            if (BatchPlanInput.TryParse(in row, new BatchCellCache(), null, out var planInput, out var rowError))
            {
                var request = planInput.ToRequest();
                Assert.True(request.Success || request.Errors.Length > 0);
            }
            else
            {
                AssertMessage(rowError, null);
                Assert.True(ColumnNamed().IsMatch(rowError!), rowError);
            }
        }

        Assert.True(rows <= lastLine - firstLine + 1, $"{rows} rows from {lastLine - firstLine + 1} lines");
    }

    private static void AssertCell(string text, Func<string, BatchCellCache.Parsed<double>> parse, Func<double, string> format, BatchColumn column)
    {
        var parsed = parse(text);
        if (parsed.Error is null)
        {
            Assert.True(double.IsFinite(parsed.Value));
            var again = parse(format(parsed.Value));
            Assert.Null(again.Error);
            Assert.Equal(parsed.Value, again.Value);
        }
        else
        {
            AssertMessage(parsed.Error, text);
        }

        AssertRowParses(column, text);
    }

    /// <summary>The shortest text that reads back as <paramref name="value"/>, without an exponent (9.2E+20 as 920000000000000000000).</summary>
    private static string Plain(double value)
    {
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return r;
        }

        var exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = r[..e];
        var negative = mantissa.StartsWith('-');
        var digits = mantissa.TrimStart('-').Replace(".", "", StringComparison.Ordinal);
        var point = mantissa.TrimStart('-').IndexOf('.', StringComparison.Ordinal) is var p and >= 0 ? p : digits.Length;
        point += exponent;
        var text = point <= 0 ? "0." + new string('0', -point) + digits
            : point >= digits.Length ? digits + new string('0', point - digits.Length)
            : digits[..point] + "." + digits[point..];
        return (negative ? "-" : "") + text;
    }

    /// <summary>A valid row with <paramref name="text"/> in <paramref name="column"/>: a plan input, or errors naming that column.</summary>
    private static void AssertRowParses(BatchColumn column, string text)
    {
        var cells = new string?[BatchColumns.Count];
        cells[(int)BatchColumn.Id] = "p";
        cells[(int)BatchColumn.Lesion] = "T5-T8";
        cells[(int)BatchColumn.Dose] = "20";
        cells[(int)BatchColumn.Fractions] = "10";
        cells[(int)column] = string.IsNullOrWhiteSpace(text) ? null : text;
        var row = BatchInputRow.Create(2, cells);
        if (BatchPlanInput.TryParse(in row, new BatchCellCache(), null, out var input, out var error))
        {
            var request = input.ToRequest();
            Assert.True(request.Success || request.Errors.Length > 0);
        }
        else
        {
            AssertMessage(error, null);
            Assert.Contains("column " + BatchColumns.GetName(column), error, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A message: not blank, one line, short (a value is quoted with at most 40 characters), and a character position it
    /// names ("at character N") inside the value.
    /// </summary>
    private static void AssertMessage(string? message, string? value)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.True(message.Length < 2000, message);
        foreach (Match m in CharacterPosition().Matches(message))
        {
            if (value is not null && int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var at))
            {
                Assert.InRange(at, 0, value.Length + 1);
            }
        }
    }

    [GeneratedRegex(@"at character (\d+)")]
    private static partial Regex CharacterPosition();

    [GeneratedRegex(@"(column |default from --)[a-z_-]+")]
    private static partial Regex ColumnNamed();

    /// <summary>A family's hostile input (one type per family, so each property gets its family's seeds).</summary>
    public interface IHostile<T>
    {
        Sample<T> Value { get; }
    }

    public sealed record LengthCell(Sample<string> Value) : IHostile<string>;

    public sealed record AgeCell(Sample<string> Value) : IHostile<string>;

    public sealed record CountCell(Sample<string> Value) : IHostile<string>;

    public sealed record CsvRecord(Sample<byte[]> Value) : IHostile<byte[]>
    {
        public override string ToString() => Show(Value.Value);
    }

    public sealed record JsonLine(Sample<byte[]> Value) : IHostile<byte[]>
    {
        public override string ToString() => Show(Value.Value);
    }

    /// <summary>The bytes as UTF-8 with each invalid byte shown as <c>\xNN</c>.</summary>
    private static string Show(byte[] bytes)
    {
        var text = new StringBuilder();
        var rest = bytes.AsSpan();
        while (!rest.IsEmpty)
        {
            var invalid = Text.InputText.FirstInvalidUtf8(rest) ?? rest.Length;
            text.Append(Encoding.UTF8.GetString(rest[..invalid]));
            if (invalid < rest.Length)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{rest[invalid]:X2}");
                invalid++;
            }

            rest = rest[invalid..];
        }

        return "\"" + text + "\"";
    }

    /// <summary>Each family's valid inputs, mutated; every arbitrary shrinks.</summary>
    public static class Arbitraries
    {
        private static readonly byte[][] BadBytes = [[0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xEF, 0xBB, 0xBF]];

        public static Arbitrary<LengthCell> Lengths() => Of(t => new LengthCell(t), Hostile.Strings("10", "10 mm", "1.5 cm", "0", "7.5mm", "20"));

        public static Arbitrary<AgeCell> Ages() => Of(t => new AgeCell(t), Hostile.Strings("45", "0", "3.5", "80 y", "120", "45 years"));

        public static Arbitrary<CountCell> Counts() => Of(t => new CountCell(t), Hostile.Strings("12", "13", "11", "5", "6", "4"));

        public static Arbitrary<CsvRecord> CsvRecords() => Of(b => new CsvRecord(b), WithBadBytes(Hostile.Strings(
            "p1,T5-T8,20,10,,,,,,,,,,\n",
            "p2,\"T5-T8, L1\",16,8,2,10,2026-12-01,2026-12-25;2027-01-01,45,female,20Gy/10@2020-01-10:T3-T8|8Gy/1@2021-01-10,12,5,10\n",
            "\"p3\",T5,,10,2,\"1 cm\",,,,m,,13,6,\n",
            "p4,L1-L3,20 Gy,10\r\np5,T5,8,1\n")));

        public static Arbitrary<JsonLine> JsonLines() => Of(b => new JsonLine(b), WithBadBytes(Hostile.Strings(
            "{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n",
            "{\"id\":\"b\",\"lesion\":\"T5-T8, L1\",\"dose\":2e1,\"fractions\":10.0,\"start\":\"2026-12-21\",\"holidays\":[\"2026-12-25\",\"2027-01-01\"],\"prior\":[\"20Gy/10@2020-01-10:T3-T8\"],\"age\":45,\"sex\":\"female\",\"margin\":\"1 cm\",\"thoracic_vertebrae\":12}\n",
            "{\"id\":7,\"lesion\":\"T5\",\"dose_per_fraction\":\"2 Gy\",\"fractions\":\"8\",\"alpha_beta_emh\":10,\"prior\":null}\r\n\n{}\n")));

        /// <summary>The text as UTF-8, with 0 to 2 raw invalid (or BOM) byte sequences inserted.</summary>
        private static Draw<byte[]> WithBadBytes(Draw<string> text) =>
            from t in text
            from n in Draw.Choose(0, 2)
            from inserts in Draw.ArrayOf(Draw.Zip(Draw.Choose(0, 4096), Draw.Elements(BadBytes)), n)
            select inserts.Aggregate(Encoding.UTF8.GetBytes(t), (bytes, insert) =>
            {
                var at = insert.Item1 % (bytes.Length + 1);
                return [.. bytes.AsSpan(0, at), .. insert.Item2, .. bytes.AsSpan(at)];
            });

        private static Arbitrary<TWrapped> Of<TWrapped, T>(Func<Sample<T>, TWrapped> wrap, Draw<T> draw)
            where TWrapped : IHostile<T>
        {
            var samples = draw.ToArbitrary();
            return Arb.From(samples.Generator.Select(wrap), x => samples.Shrinker(x.Value).Select(wrap));
        }
    }
}
