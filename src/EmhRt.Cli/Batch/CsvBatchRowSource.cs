using CsvHelper;
using EmhRt.Text;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Reads CSV rows with CsvHelper 34. Line numbers: the physical line (1-based, header = line 1 when the file
/// starts with it) on which the record starts; a quoted field spanning lines keeps the start line. A record longer
/// than <see cref="BatchLimits.MaxBatchRecordChars"/> bytes is one invalid row and reading goes on after it: a file is
/// reopened after the record, standard input (or any stream or reader) is read through a
/// <see cref="RewindableSourceStream"/> that keeps the bytes the reader had read ahead. A cell with invalid UTF-8 makes
/// the row invalid (naming the column and byte) and is never handed on decoded with U+FFFD: an <c>id</c> cell with
/// invalid UTF-8 is left empty.
/// </summary>
internal sealed class CsvBatchRowSource : IBatchRowSource
{
    private const int MaxRecordChars = BatchLimits.MaxBatchRecordChars;

    /// <summary>
    /// Bytes kept for going back on a stream: the reader's buffer never grows past about twice the record limit
    /// (CsvHelper's <c>MaxRecordSize</c>), plus its 64 KiB read buffer; 4 MiB leaves room for both.
    /// </summary>
    private const int RewindBytes = 4 * MaxRecordChars;

    /// <summary>How much of the input the separator detection reads to find the end of the header line.</summary>
    private const int HeaderScanBytes = 1 << 16;

    private readonly string? path;
    private readonly RewindableSourceStream? rewindable;
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
        if (path is null)
        {
            rewindable = new RewindableSourceStream(stream ?? new TextReaderSourceStream(textReader!), RewindBytes);
        }

        separator ??= rewindable is not null ? DetectSeparator(rewindable) : DetectSeparatorInFile(path!);
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
        if (path is not null)
        {
            reader = CsvReader.FromFile(path, options);
        }
        else
        {
            reader = CsvReader.Create(rewindable!, options, leaveOpen: true);
        }
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
                // Reading goes on after the record (found quote-aware): one invalid row.
                if (TrySkipRecord(byteBase + e.ByteOffset, line))
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
                if (IsBlank(span))
                {
                    continue;
                }

                if (!System.Text.Unicode.Utf8.IsValid(span) && InputText.FirstInvalidUtf8(span) is { } invalid)
                {
                    // Never hand on the value decoded with U+FFFD: an id that looks valid but is not the input's.
                    error ??= BatchMessages.InvalidUtf8InColumn((BatchColumn)column, invalid, span[invalid]);
                    continue;
                }

                cells[column] = reader.GetString(i);
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
    /// Goes on after the record that starts at byte <paramref name="recordStart"/> (on line <paramref name="recordLine"/>):
    /// a file is reopened there, a stream is rewound there (<see cref="RewindableSourceStream"/>); the record is scanned
    /// quote-aware (a quote toggles quoting, a line feed outside quotes ends it) without keeping it, then a new reader
    /// reads on after it. False when that is not possible (the stream no longer holds the record's start).
    /// </summary>
    private bool TrySkipRecord(long recordStart, long recordLine)
    {
        if (rewindable is not null)
        {
            if (!rewindable.TryRewind(recordStart))
            {
                return false;
            }

            var (end, newlines) = ScanRecord(rewindable, recordStart);
            if (!rewindable.TryRewind(end))
            {
                return false;
            }

            ReadOnAt(rewindable, leaveOpen: true, end, recordLine, newlines);
            return true;
        }

        try
        {
            var stream = new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            try
            {
                stream.Position = recordStart;
                var (end, newlines) = ScanRecord(stream, recordStart);
                stream.Position = end;
                ReadOnAt(stream, leaveOpen: false, end, recordLine, newlines);
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

    /// <summary>Replaces the reader with one that reads <paramref name="stream"/> from byte <paramref name="position"/> on.</summary>
    private void ReadOnAt(Stream stream, bool leaveOpen, long position, long recordLine, long newlines)
    {
        var next = CsvReader.Create(stream, options with { HasHeader = false, Separator = reader.Separator, OnMalformedRecord = record => malformed = record.Reason }, leaveOpen);
        reader.Dispose();
        reader = next;
        byteBase = position;
        lineBase = recordLine - 1 + newlines;
    }

    /// <summary>
    /// Reads <paramref name="stream"/> (at byte <paramref name="start"/>, the start of a record) to the line feed that
    /// ends the record outside quotes: the byte after it (or the end of the input) and the line feeds passed.
    /// </summary>
    private (long End, long Newlines) ScanRecord(Stream stream, long start)
    {
        var buffer = new byte[1 << 16];
        var quote = (byte)options.Quote;
        var inQuotes = false;
        long newlines = 0;
        var position = start;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
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
                        return (position + i + 1, newlines);
                    }
                }
            }

            position += read;
        }

        return (position, newlines);
    }

    /// <summary>
    /// The separator of the header line: <c>;</c> when it has more semicolons than commas outside quotes, else <c>,</c>.
    /// Only the header line decides (CsvHelper's own detection also weighs later lines and other characters, so a few
    /// rows with a <c>|</c> in each, as in <c>prior</c>, made it pick <c>|</c> and refuse the header). The stream is
    /// rewound to its start.
    /// </summary>
    private static char DetectSeparator(RewindableSourceStream stream)
    {
        var separator = DetectSeparatorAtStart(stream);
        if (!stream.TryRewind(0))
        {
            throw new InvalidOperationException("The header scan read more than the stream keeps.");
        }

        return separator;
    }

    private static char DetectSeparatorInFile(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return DetectSeparatorAtStart(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ','; // CsvReader.FromFile reports the problem.
        }
    }

    /// <summary>Reads at most 64 KiB up to the first line feed outside quotes and counts the candidate separators.</summary>
    private static char DetectSeparatorAtStart(Stream stream)
    {
        Span<byte> buffer = stackalloc byte[4096];
        var inQuotes = false;
        int commas = 0, semicolons = 0, total = 0, read;
        while (total < HeaderScanBytes && (read = stream.Read(buffer[..Math.Min(buffer.Length, HeaderScanBytes - total)])) > 0)
        {
            total += read;
            foreach (var b in buffer[..read])
            {
                switch (b)
                {
                    case (byte)'"':
                        inQuotes = !inQuotes;
                        break;
                    case (byte)',' when !inQuotes:
                        commas++;
                        break;
                    case (byte)';' when !inQuotes:
                        semicolons++;
                        break;
                    case (byte)'\n' when !inQuotes:
                        return semicolons > commas ? ';' : ',';
                }
            }
        }

        return semicolons > commas ? ';' : ',';
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
