using CsvHelper;
using EmhRt.Text;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Reads CSV rows with CsvHelper 34. Line numbers: the physical line (1-based, header = line 1 when the file
/// starts with it) on which the record starts; a quoted field spanning lines keeps the start line.
/// </summary>
internal sealed class CsvBatchRowSource : IBatchRowSource
{
    private const int MaxRecordChars = InputLimits.MaxBatchRecordChars;

    private readonly CsvReader reader;
    private int[] fieldToColumn = [];
    private CsvMalformedReason? malformed;
    private bool ended;

    public CsvBatchRowSource(string? path, Stream? stream, TextReader? textReader, char? separator, bool ignoreUnknownColumns)
    {
        IgnoreUnknownColumns = ignoreUnknownColumns;
        var options = new CsvReaderOptions
        {
            Separator = separator,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordChars,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            SkipEmptyLines = true,
            IncludeValuesInExceptions = false,
            PoolStrings = true,
            OnMalformedRecord = record => malformed = record.Reason,
        };
        reader = path is not null ? CsvReader.FromFile(path, options)
            : stream is not null ? CsvReader.Create(stream, options, leaveOpen: true)
            : CsvReader.Create(textReader!, options, leaveOpen: true);
    }

    private bool IgnoreUnknownColumns { get; }

    public long BytesRead => reader.ByteOffset;

    public string? ReadHeader()
    {
        try
        {
            reader.ReadHeader();
        }
        catch (CsvFormatException e)
        {
            return BatchMessages.MalformedFatal(Math.Max(1, e.LineNumber), "the header row cannot be read");
        }

        var headers = reader.Headers;
        if (headers.Count == 0)
        {
            return BatchMessages.EmptyCsv;
        }

        var line = Math.Max(1, reader.LineNumber);
        fieldToColumn = new int[headers.Count];
        var firstIndex = new int[BatchColumns.Count];
        List<string>? unknown = null;
        for (var i = 0; i < headers.Count; i++)
        {
            if (!BatchColumns.TryParse(headers[i], out var column))
            {
                fieldToColumn[i] = -1;
                (unknown ??= []).Add(headers[i]);
                continue;
            }

            if (firstIndex[(int)column] != 0)
            {
                return BatchMessages.DuplicateColumn(column, firstIndex[(int)column], i + 1, line);
            }

            firstIndex[(int)column] = i + 1;
            fieldToColumn[i] = (int)column;
        }

        return unknown is not null && !IgnoreUnknownColumns ? BatchMessages.UnknownColumns(unknown, line) : null;
    }

    public bool ReadRow(Span<string?> cells, out long line, out string? error)
    {
        error = null;
        line = 0;
        if (ended)
        {
            return false;
        }

        try
        {
            if (!reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            ended = true;
            line = e.LineNumber;
            error = e.Message.Contains("MaxRecordSize", StringComparison.Ordinal)
                ? BatchMessages.RecordTooLong(line, MaxRecordChars)
                : BatchMessages.MalformedFatal(line, "a record is not valid CSV (an unclosed quote?)");
            return true;
        }

        line = reader.LineNumber;
        if (malformed is { } reason)
        {
            malformed = null;
            error = BatchMessages.Malformed(reason, line);
            if (reason == CsvMalformedReason.UnterminatedQuote)
            {
                ended = true;
                return true;
            }
        }

        var fieldCount = reader.FieldCount;
        var map = fieldToColumn;
        var n = Math.Min(fieldCount, map.Length);
        for (var i = 0; i < n; i++)
        {
            var column = map[i];
            if (column >= 0)
            {
                var span = reader.GetSpan(i);
                if (!IsBlank(span))
                {
                    cells[column] = reader.GetString(i);
                    if (error is null && !System.Text.Unicode.Utf8.IsValid(span) && InputText.FirstInvalidUtf8(span) is { } invalid)
                    {
                        error = BatchMessages.InvalidUtf8InColumn((BatchColumn)column, invalid, span[invalid]);
                    }
                }
            }
        }

        if (error is null && fieldCount != map.Length)
        {
            error = BatchMessages.FieldCount(fieldCount, map.Length);
        }

        return true;
    }

    public void Dispose() => reader.Dispose();

    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t'))
            {
                return false;
            }
        }

        return true;
    }
}
