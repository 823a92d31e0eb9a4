using System.Buffers;
using System.Globalization;
using System.Text;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Writes the 16 output columns as RFC 4180 CSV: <c>,</c> separators, <c>\n</c> line ends, UTF-8 without a byte
/// order mark; the same bytes CsvHelper 34 writes with <c>Quoting = WhenNeeded</c> and <c>Injection = Escape</c>.
/// </summary>
/// <remarks>
/// <para>A field is quoted when it holds a comma, a double quote, CR or LF (quotes doubled). With the formula-injection
/// guard on, a field starting with <c>=</c>, <c>@</c>, <c>+</c>, <c>-</c>, tab or CR is prefixed with <c>'</c> and
/// quoted (OWASP CSV injection), as CsvHelper's <c>CsvInjection.Escape</c> does.</para>
/// <para>Rows are built in a char buffer and handed to the target a buffer at a time (UTF-8 encoded for a stream):
/// no per-field quoting scan beyond one vectorised search, no per-field transcoding. A test compares this writer with
/// CsvHelper on awkward fields.</para>
/// </remarks>
internal sealed class CsvBatchRowSink : IBatchRowSink
{
    private const int InitialChars = 1 << 14;

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream? stream;
    private readonly TextWriter? textWriter;
    private readonly bool guardFormulaInjection;
    private char[] chars = new char[InitialChars];
    private byte[] bytes = [];
    private int length;
    private bool firstField = true;
    private bool disposed;

    public CsvBatchRowSink(BatchOutputTarget target, bool guardFormulaInjection)
    {
        stream = target.Stream;
        textWriter = target.Stream is null ? target.Writer : null;
        this.guardFormulaInjection = guardFormulaInjection;
    }

    public void WriteHeader()
    {
        foreach (var name in BatchOutputColumns.NameArray)
        {
            WriteField(name);
        }

        EndRecord();
    }

    public void Write(long line, string? id, in BatchOutputRow row)
    {
        Span<char> number = stackalloc char[20];
        line.TryFormat(number, out var written, default, CultureInfo.InvariantCulture);
        WriteField(number[..written]);
        WriteField(id);
        WriteField(BatchOutputColumns.StatusText(row.Status));
        WriteField(row.HighestSeverity);
        WriteField(row.FindingCodes);
        WriteField(row.Ctv);
        WriteField(row.PtvLengthMm);
        WriteField(row.TotalDoseGy);
        WriteField(row.Fractions);
        WriteField(row.DosePerFractionGy);
        WriteField(row.BedEmhGy);
        WriteField(row.Eqd2EmhGy);
        WriteField(row.BedCordGy);
        WriteField(row.Eqd2CordGy);
        WriteField(row.EndDate);
        WriteField(row.Error);
        EndRecord();
    }

    public void Flush()
    {
        FlushBuffer();
        stream?.Flush();
        textWriter?.Flush();
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        FlushBuffer();
    }

    private void WriteField(ReadOnlySpan<char> field)
    {
        // Worst case: separator, quote, escape prefix, every character doubled, closing quote.
        Reserve((2 * field.Length) + 4);
        var buffer = chars;
        var at = length;
        if (!firstField)
        {
            buffer[at++] = ',';
        }

        firstField = false;
        var escape = guardFormulaInjection && !field.IsEmpty && field[0] is '=' or '@' or '+' or '-' or '\t' or '\r';
        if (!escape && field.IndexOfAny(NeedsQuotes) < 0)
        {
            field.CopyTo(buffer.AsSpan(at));
            length = at + field.Length;
            return;
        }

        buffer[at++] = '"';
        if (escape)
        {
            buffer[at++] = '\'';
        }

        foreach (var c in field)
        {
            if (c == '"')
            {
                buffer[at++] = '"';
            }

            buffer[at++] = c;
        }

        buffer[at++] = '"';
        length = at;
    }

    private void EndRecord()
    {
        Reserve(1);
        chars[length++] = '\n';
        firstField = true;
        if (length >= InitialChars - 1024)
        {
            FlushBuffer();
        }
    }

    private void Reserve(int count)
    {
        if (length + count <= chars.Length)
        {
            return;
        }

        // Grow rather than flush mid-record, so that a surrogate pair is never split between two encodings.
        Array.Resize(ref chars, Math.Max(chars.Length * 2, length + count));
    }

    private void FlushBuffer()
    {
        if (length == 0)
        {
            return;
        }

        if (stream is not null)
        {
            var needed = Utf8.GetMaxByteCount(length);
            if (bytes.Length < needed)
            {
                bytes = new byte[needed];
            }

            var count = Utf8.GetBytes(chars, 0, length, bytes, 0);
            stream.Write(bytes, 0, count);
        }
        else
        {
            textWriter!.Write(chars, 0, length);
        }

        length = 0;
    }
}
