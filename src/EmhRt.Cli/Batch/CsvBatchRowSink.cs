using System.Globalization;
using CsvHelper;
using EmhRt.Reporting;

namespace EmhRt.Cli.Batch;

/// <summary>Writes the output columns (<see cref="PlanCsvReport.Header"/>) with CsvHelper 34 (RFC 4180 quoting, <c>\n</c> line ends, UTF-8).</summary>
/// <remarks>
/// Formula-injection guard: a field that <see cref="PlanCsvReport.StartsLikeFormula"/> is written as CsvHelper's
/// <see cref="CsvInjection.Escape"/> writes it (a <c>'</c> prefix, always quoted; the tests compare the two byte for byte).
/// The check is done here, on the first character only, because CsvHelper's own check costs about 0.15 s per million
/// rows of 16 columns (measured with the CsvHelper baseline of <c>benchmarks/batch</c>: 0.56 s without it, 0.72 s with it).
/// </remarks>
internal sealed class CsvBatchRowSink : IBatchRowSink
{
    private readonly CsvWriter writer;
    private readonly bool guard;

    public CsvBatchRowSink(BatchOutputTarget target, bool guardFormulaInjection)
    {
        var options = new CsvWriterOptions
        {
            Separator = ',',
            NewLine = "\n",
            Quoting = CsvQuoting.WhenNeeded,
            FormatProvider = CultureInfo.InvariantCulture,
            Injection = CsvInjection.None,
            ValidateFieldCount = false,
        };
        guard = guardFormulaInjection;
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
        Field(id);
        Field(BatchOutputColumns.StatusText(row.Status));
        var values = row.Values;
        for (var i = 1; i < PlanCsvValues.Count; i++)
        {
            Field(values[i]);
        }

        Field(row.Error);
        writer.EndRecord();
    }

    public void Flush() => writer.Flush();

    public void Dispose() => writer.Dispose();

    private void Field(string? field)
    {
        if (guard && PlanCsvReport.StartsLikeFormula(field))
        {
            writer.WriteField("'" + field, CsvQuoting.Always);
        }
        else
        {
            writer.WriteField(field);
        }
    }
}
