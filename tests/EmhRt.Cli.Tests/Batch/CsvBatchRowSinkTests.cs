using System.Globalization;
using System.Text;
using CsvHelper;
using EmhRt.Cli.Batch;
using FsCheck;
using FsCheck.Fluent;

namespace EmhRt.Cli.Tests.Batch;

/// <summary>The batch CSV writer gives the bytes CsvHelper 34 gives with the options the batch used before it.</summary>
public class CsvBatchRowSinkTests
{
    [Theory]
    [InlineData("P1", null)]
    [InlineData("a,b", "column dose: '2,5' is not a number")]
    [InlineData("say \"hi\"", "line 1\nline 2")]
    [InlineData("=1+2", "-x")]
    [InlineData("-5,3", "+a\"b")]
    [InlineData("@x", "\tx")]
    [InlineData("\rx", "x\r")]
    [InlineData(" lead", "trail ")]
    [InlineData("'x", "x=y")]
    [InlineData("é,ü 😀", "")]
    public void Awkward_fields_are_written_as_CsvHelper_writes_them(string id, string? error)
    {
        foreach (var guard in new[] { true, false })
        {
            Assert.Equal(WithCsvHelper(id, error, guard), WithSink(id, error, guard, stream: true));
            Assert.Equal(WithCsvHelper(id, error, guard), WithSink(id, error, guard, stream: false));
        }
    }

    [Fact]
    public void Any_id_and_error_are_written_as_CsvHelper_writes_them()
    {
        var chars = Gen.Elements(',', '"', '\r', '\n', '=', '-', '+', '@', '\t', '\'', ' ', 'a', 'Z', '0', 'é', ';');
        var text = Gen.ArrayOf(chars).Select(a => new string(a));
        var arb = Arb.From(Gen.Zip(text, text, (id, error) => (Id: id, Error: error)).SelectMany(t => Gen.Elements(true, false), (t, guard) => (t.Id, t.Error, Guard: guard)));
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true),
            Prop.ForAll(arb, t => WithSink(t.Id, t.Error, t.Guard, stream: true) == WithCsvHelper(t.Id, t.Error, t.Guard)));
    }

    [Fact]
    public void Many_rows_are_all_written_in_order()
    {
        var rows = Enumerable.Range(0, 5000).Select(i => ("P" + i.ToString(CultureInfo.InvariantCulture), i % 7 == 0 ? "bad, \"row\"" : null)).ToArray();
        Assert.Equal(WithCsvHelper(rows, guard: true), WithSink(rows, guard: true, stream: true));
    }

    private static BatchOutputRow Row(string? error) => error is null
        ? new BatchOutputRow
        {
            Status = BatchRowStatus.Findings,
            HighestSeverity = "warning",
            FindingCodes = "DOSE_BELOW_RANGE;FOLLOW_UP",
            Ctv = "T4-T11, L2-S2",
            PtvLengthMm = "170.187",
            TotalDoseGy = "25",
            Fractions = "16",
            DosePerFractionGy = "1.563",
            BedEmhGy = "28.906",
            Eqd2EmhGy = "24.089",
            BedCordGy = "44.531",
            Eqd2CordGy = "22.266",
            EndDate = "2026-11-12",
        }
        : BatchOutputRow.Invalid(error);

    private static string WithSink(string id, string? error, bool guard, bool stream) => WithSink([(id, error)], guard, stream);

    private static string WithSink((string Id, string? Error)[] rows, bool guard, bool stream)
    {
        var bytes = new MemoryStream();
        var text = new StringWriter();
        var output = stream ? BatchOutput.ToStream(bytes) : BatchOutput.ToWriter(text);
        using (var target = output.OpenTarget())
        {
            using (var sink = new CsvBatchRowSink(target, guard))
            {
                sink.WriteHeader();
                for (var i = 0; i < rows.Length; i++)
                {
                    sink.Write(i + 2, rows[i].Id, Row(rows[i].Error));
                }

                sink.Flush();
            }

            target.Commit();
        }

        return stream ? Encoding.UTF8.GetString(bytes.ToArray()) : text.ToString();
    }

    private static string WithCsvHelper(string id, string? error, bool guard) => WithCsvHelper([(id, error)], guard);

    private static string WithCsvHelper((string Id, string? Error)[] rows, bool guard)
    {
        var bytes = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = ',',
            NewLine = "\n",
            Quoting = CsvQuoting.WhenNeeded,
            FormatProvider = CultureInfo.InvariantCulture,
            Injection = guard ? CsvInjection.Escape : CsvInjection.None,
            ValidateFieldCount = false,
        };
        using (var writer = CsvWriter.Create(bytes, options, leaveOpen: true))
        {
            writer.WriteRecord(BatchOutputColumns.NameArray);
            for (var i = 0; i < rows.Length; i++)
            {
                var row = Row(rows[i].Error);
                writer.WriteField((i + 2).ToString(CultureInfo.InvariantCulture));
                writer.WriteField(rows[i].Id);
                writer.WriteField(BatchOutputColumns.StatusText(row.Status));
                foreach (var cell in new[]
                {
                    row.HighestSeverity, row.FindingCodes, row.Ctv, row.PtvLengthMm, row.TotalDoseGy, row.Fractions,
                    row.DosePerFractionGy, row.BedEmhGy, row.Eqd2EmhGy, row.BedCordGy, row.Eqd2CordGy, row.EndDate, row.Error,
                })
                {
                    writer.WriteField(cell);
                }

                writer.EndRecord();
            }

            writer.Flush();
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
