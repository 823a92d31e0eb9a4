using System.Globalization;
using System.Text;
using EmhRt.Reporting;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Writes one JSON object per line: <c>{"schemaVersion":...,"line":n,"id":...,"status":...,</c> then the processor's
/// JSON members, or the CSV columns as members (numbers unquoted, <c>finding_codes</c> as an array, empty columns
/// omitted; an invalid row has only <c>error</c>). Schema: <see cref="OutputSchemas.BatchRow"/>.
/// </summary>
internal sealed class JsonLinesBatchRowSink : IBatchRowSink
{
    /// <summary>Every row starts with the batch-row schema's version (<see cref="OutputSchemas.BatchRow"/>), then the line.</summary>
    private const string RowStart = "{\"schemaVersion\":\"" + OutputSchemas.BatchRowVersion + "\",\"line\":";

    private readonly TextWriter writer;
    private readonly bool ownsWriter;

    public JsonLinesBatchRowSink(BatchOutputTarget target)
    {
        if (target.Writer is not null)
        {
            writer = target.Writer;
        }
        else
        {
            writer = new StreamWriter(target.Stream!, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            ownsWriter = true;
        }
    }

    public void WriteHeader()
    {
    }

    public void Write(long line, string? id, in BatchOutputRow row)
    {
        Span<char> number = stackalloc char[20];
        line.TryFormat(number, out var length, default, CultureInfo.InvariantCulture);
        writer.Write(RowStart);
        writer.Write(number[..length]);
        writer.Write(",\"id\":");
        JsonText.WriteString(writer, id);
        writer.Write(",\"status\":\"");
        writer.Write(BatchOutputColumns.StatusText(row.Status));
        writer.Write('"');
        if (row.Json is { } json)
        {
            var inner = json.AsSpan().Trim();
            inner = inner[1..^1].Trim();
            if (!inner.IsEmpty)
            {
                writer.Write(',');
                writer.Write(inner);
            }
        }
        else
        {
            var values = row.Values;
            for (var i = 1; i < PlanCsvValues.Count; i++)
            {
                var name = PlanCsvReport.Header[PlanCsvReport.ValuesStartColumn + i];
                if (i == 2)
                {
                    Codes(values[i]);
                }
                else if (BatchOutputColumns.IsNumeric(i))
                {
                    Number(name, values[i]);
                }
                else
                {
                    Text(name, values[i]);
                }
            }

            Text("error", row.Error);
        }

        writer.Write("}\n");
    }

    public void Flush() => writer.Flush();

    public void Dispose()
    {
        writer.Flush();
        if (ownsWriter)
        {
            writer.Dispose();
        }
    }

    private void Name(string name)
    {
        writer.Write(",\"");
        writer.Write(name);
        writer.Write("\":");
    }

    private void Text(string name, string? value)
    {
        if (value is not null)
        {
            Name(name);
            JsonText.WriteString(writer, value);
        }
    }

    private void Number(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        Name(name);
        if (JsonText.IsNumber(value))
        {
            writer.Write(value);
        }
        else
        {
            JsonText.WriteString(writer, value);
        }
    }

    private void Codes(string? codes)
    {
        if (codes is null)
        {
            return;
        }

        Name("finding_codes");
        writer.Write('[');
        var first = true;
        foreach (var range in codes.AsSpan().Split(';'))
        {
            var code = codes.AsSpan()[range].Trim();
            if (code.IsEmpty)
            {
                continue;
            }

            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            JsonText.WriteString(writer, code.ToString());
        }

        writer.Write(']');
    }
}
