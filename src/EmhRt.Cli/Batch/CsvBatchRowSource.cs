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

    private readonly string? path;
    private readonly CsvReaderOptions options;
    private CsvReader reader;
    private long lineBase;
    private long byteBase;
    private int[] fieldToColumn = [];
    private CsvMalformedReason? malformed;
    private bool ended;

    public CsvBatchRowSource(string? path, Stream? stream, TextReader? textReader, char? separator, bool ignoreUnknownColumns)
    {
        IgnoreUnknownColumns = ignoreUnknownColumns;
        this.path = path;
        options = new CsvReaderOptions
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

    public long BytesRead => byteBase + reader.ByteOffset;

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
            line = lineBase + e.LineNumber;
            if (e.Message.Contains("MaxRecordSize", StringComparison.Ordinal))
            {
                // A file is reopened after the record (found quote-aware): one invalid row, and reading goes on.
                if (path is not null && TrySkipRecord(byteBase + e.ByteOffset, line))
                {
                    error = BatchMessages.RecordTooLongSkipped(line, MaxRecordChars);
                    return true;
                }

                ended = true;
                error = BatchMessages.RecordTooLong(line, MaxRecordChars);
                return true;
            }

            ended = true;
            error = BatchMessages.MalformedFatal(line, "a record is not valid CSV (an unclosed quote?)");
            return true;
        }

        line = lineBase + reader.LineNumber;
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

    /// <summary>
    /// Reopens the file after the record that starts at byte <paramref name="recordStart"/> (on line
    /// <paramref name="recordLine"/>): scans it quote-aware (a quote toggles quoting, a line feed outside quotes ends it)
    /// without keeping it, then reads on with a reader positioned after it. False when that is not possible.
    /// </summary>
    private bool TrySkipRecord(long recordStart, long recordLine)
    {
        try
        {
            var stream = new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            try
            {
                stream.Position = recordStart;
                var buffer = new byte[1 << 16];
                var quote = (byte)options.Quote;
                var inQuotes = false;
                long newlines = 0;
                long position = recordStart;
                var done = false;
                int read;
                while (!done && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    for (var i = 0; i < read; i++)
                    {
                        var b = buffer[i];
                        if (b == quote)
                        {
                            inQuotes = !inQuotes;
                        }
                        else if (b == (byte)'\n')
                        {
                            newlines++;
                            if (!inQuotes)
                            {
                                position += i + 1;
                                done = true;
                                break;
                            }
                        }
                    }

                    if (!done)
                    {
                        position += read;
                    }
                }

                stream.Position = position;
                var next = CsvReader.Create(stream, options with { HasHeader = false, Separator = reader.Separator, OnMalformedRecord = record => malformed = record.Reason }, leaveOpen: false);
                reader.Dispose();
                reader = next;
                byteBase = position;
                lineBase = recordLine - 1 + newlines;
                return true;
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

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
