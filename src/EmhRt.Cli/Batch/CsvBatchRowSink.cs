using System.Globalization;
using CsvHelper;

namespace EmhRt.Cli.Batch;

/// <summary>Writes the 16 output columns with CsvHelper 34 (RFC 4180 quoting, <c>\n</c> line ends, UTF-8).</summary>
internal sealed class CsvBatchRowSink : IBatchRowSink
{
    private readonly CsvWriter writer;

    public CsvBatchRowSink(BatchOutputTarget target, bool guardFormulaInjection)
    {
        var options = new CsvWriterOptions
        {
            Separator = ',',
            NewLine = "\n",
            Quoting = CsvQuoting.WhenNeeded,
            FormatProvider = CultureInfo.InvariantCulture,
            Injection = guardFormulaInjection ? CsvInjection.Escape : CsvInjection.None,
            ValidateFieldCount = false,
        };
        writer = target.Stream is not null
            ? CsvWriter.Create(target.Stream, options, leaveOpen: true)
            : CsvWriter.Create(target.Writer!, options, leaveOpen: true);
    }

    public void WriteHeader() => writer.WriteRecord(BatchOutputColumns.NameArray);

    public void Write(long line, string? id, in BatchOutputRow row)
    {
        Span<char> number = stackalloc char[20];
        line.TryFormat(number, out var length, default, CultureInfo.InvariantCulture);
        writer.WriteField((ReadOnlySpan<char>)number[..length]);
        writer.WriteField(id);
        writer.WriteField(BatchOutputColumns.StatusText(row.Status));
        writer.WriteField(row.HighestSeverity);
        writer.WriteField(row.FindingCodes);
        writer.WriteField(row.Ctv);
        writer.WriteField(row.PtvLengthMm);
        writer.WriteField(row.TotalDoseGy);
        writer.WriteField(row.Fractions);
        writer.WriteField(row.DosePerFractionGy);
        writer.WriteField(row.BedEmhGy);
        writer.WriteField(row.Eqd2EmhGy);
        writer.WriteField(row.BedCordGy);
        writer.WriteField(row.Eqd2CordGy);
        writer.WriteField(row.EndDate);
        writer.WriteField(row.Error);
        writer.EndRecord();
    }

    public void Flush() => writer.Flush();

    public void Dispose() => writer.Dispose();
}
