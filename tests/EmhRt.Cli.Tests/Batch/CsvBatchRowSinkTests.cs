using System.Globalization;
using CsvHelper;
using EmhRt.Cli.Batch;
using EmhRt.Reporting;
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
                Values = AllCells(text),
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
        Assert.Equal("7," + id + ",pass" + new string(',', PlanCsvValues.Count - 1) + "," + id + "\n", WithSink(7, id, row, guard: true));
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
        Assert.Equal("7,=1+2,pass,,,,,,,,,,,,,,,,,,,,,,,,,,,,=x\n", WithSink(7, "=1+2", row, guard: false));
    }

    /// <summary>Every cell of the values set to <paramref name="text"/> (status included, which the sink does not read).</summary>
    private static PlanCsvValues AllCells(string text) => new()
    {
        Status = text, HighestSeverity = text, FindingCodes = text, Ctv = text, PtvLengthMm = text, GeometrySource = text,
        TotalDoseGy = text, Fractions = text, DosePerFractionGy = text, AlphaBetaEmhGy = text, BedEmhAtAlphaBetaGy = text,
        Eqd2EmhGy = text, CordTissue = text, AlphaBetaCordGy = text, BedCordAtAlphaBetaGy = text, Eqd2CordGy = text,
        CordCheckMeasure = text, CordCheckGy = text, CordCheckLimitGy = text, CumulativeBedCordGy2 = text, StartDate = text,
        EndDate = text, OverallDays = text, ProtocolId = text, ProtocolVersion = text, ProtocolSha256 = text,
    };

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
            string[] record = [line.ToString(CultureInfo.InvariantCulture), id, BatchOutputColumns.StatusText(row.Status)];
            for (var i = 1; i < PlanCsvValues.Count; i++)
            {
                record = [.. record, row.Values[i]!];
            }

            writer.WriteRecord([.. record, row.Error!]);
        }

        return output.ToString();
    }
}
