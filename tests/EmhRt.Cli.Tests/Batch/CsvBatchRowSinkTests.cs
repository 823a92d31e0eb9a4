using System.Globalization;
using CsvHelper;
using EmhRt.Cli.Batch;
using Xunit;

namespace EmhRt.Cli.Tests.Batch;

public sealed class CsvBatchRowSinkTests
{
    private static readonly string[] Tricky =
    [
        "=1+2", "-5x", "@x", "+x", "\tx", "\rx", "a,=b", "=a,b", "=\"q\"", "x=1", "|x", "\\x", "%x", " =x", "\"=x", "'=x", "-",
        "", "\u00a0=x", "\uff1dx", "=x\ny", "plain", "T4-T9", "20", "2026-12-01", "a\"b",
    ];

    [Fact]
    public void The_injection_guard_writes_every_field_that_is_not_a_plain_number_exactly_as_CsvHelpers_escape_mode()
    {
        foreach (var text in Tricky)
        {
            var row = new BatchOutputRow
            {
                Status = BatchRowStatus.Invalid,
                HighestSeverity = text,
                FindingCodes = text,
                Ctv = text,
                PtvLengthMm = text,
                TotalDoseGy = text,
                Fractions = text,
                DosePerFractionGy = text,
                BedEmhGy = text,
                Eqd2EmhGy = text,
                BedCordGy = text,
                Eqd2CordGy = text,
                EndDate = text,
                Error = text,
            };
            Assert.Equal(WithCsvHelperEscape(7, text, row), WithSink(7, text, row, guard: true));
        }
    }

    [Theory]
    [InlineData("-001")]
    [InlineData("-5.2")]
    [InlineData("+3")]
    [InlineData("-1e5")]
    [InlineData("-.5")]
    public void The_injection_guard_leaves_plain_numbers_alone(string id)
    {
        var row = new BatchOutputRow { Status = BatchRowStatus.Pass, Error = id };
        Assert.Equal("7," + id + ",pass,,,,,,,,,,,,," + id + "\n", WithSink(7, id, row, guard: true));
    }

    [Theory]
    [InlineData("-1+1")]
    [InlineData("-A1")]
    [InlineData("-")]
    [InlineData("+1e")]
    [InlineData("-1.2.3")]
    public void The_injection_guard_still_prefixes_what_is_not_a_plain_number(string id)
    {
        var row = new BatchOutputRow { Status = BatchRowStatus.Pass };
        Assert.StartsWith("7,\"'" + id + "\",", WithSink(7, id, row, guard: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_guard_fields_are_written_as_given()
    {
        var row = new BatchOutputRow { Status = BatchRowStatus.Pass, Error = "=x" };
        Assert.Equal("7,=1+2,pass,,,,,,,,,,,,,=x\n", WithSink(7, "=1+2", row, guard: false));
    }

    private static string WithSink(long line, string id, BatchOutputRow row, bool guard)
    {
        var output = new StringWriter();
        using (var target = BatchOutput.ToWriter(output, BatchOutputFormat.Csv).OpenTarget())
        using (var sink = new CsvBatchRowSink(target, guard))
        {
            sink.Write(line, id, in row);
            sink.Flush();
        }

        return output.ToString();
    }

    private static string WithCsvHelperEscape(long line, string id, BatchOutputRow row)
    {
        var output = new StringWriter();
        var options = new CsvWriterOptions
        {
            Separator = ',', NewLine = "\n", Quoting = CsvQuoting.WhenNeeded, FormatProvider = CultureInfo.InvariantCulture,
            Injection = CsvInjection.Escape, ValidateFieldCount = false,
        };
        using (var writer = CsvWriter.Create(output, options, leaveOpen: true))
        {
            writer.WriteRecord(
            [
                line.ToString(CultureInfo.InvariantCulture), id, BatchOutputColumns.StatusText(row.Status), row.HighestSeverity!,
                row.FindingCodes!, row.Ctv!, row.PtvLengthMm!, row.TotalDoseGy!, row.Fractions!, row.DosePerFractionGy!, row.BedEmhGy!,
                row.Eqd2EmhGy!, row.BedCordGy!, row.Eqd2CordGy!, row.EndDate!, row.Error!,
            ]);
        }

        return output.ToString();
    }
}
