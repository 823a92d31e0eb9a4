using System.Globalization;

namespace EmhRt.Cli.Batch;

/// <summary>Every message of the batch engine, in one place.</summary>
internal static class BatchMessages
{
    public const string EmptyCsv = "input is empty: expected a header row";

    public static string UnknownColumns(IReadOnlyList<string> names, long line) => Invariant(
        $"unknown column{(names.Count == 1 ? "" : "s")} {Quote(names)} in the header (line {line}); known columns: {BatchColumns.KnownNames} (names match case-insensitively, '-' or '_' between words)");

    public static string DuplicateColumn(BatchColumn column, int first, int second, long line) => Invariant(
        $"duplicate column '{BatchColumns.GetName(column)}' in the header (line {line}): columns {first} and {second}");

    public static string FieldCount(int actual, int expected) => Invariant(
        $"row has {actual} field{(actual == 1 ? "" : "s")} but the header has {expected} (quote a value that contains the separator)");

    public static string Malformed(CsvHelper.CsvMalformedReason reason, long line) => reason switch
    {
        CsvHelper.CsvMalformedReason.UnterminatedQuote => Invariant(
            $"malformed CSV: a quoted field starting on line {line} is never closed; the input from line {line} to the end was not read"),
        CsvHelper.CsvMalformedReason.StrayQuote =>
            "malformed CSV: a quote inside an unquoted field (quote the whole field and double inner quotes: \"a\"\"b\")",
        CsvHelper.CsvMalformedReason.TextAfterClosingQuote =>
            "malformed CSV: text after a closing quote (double inner quotes: \"a\"\"b\")",
        CsvHelper.CsvMalformedReason.TrailingEscape => "malformed CSV: an escape character at the end of a field",
        _ => "malformed CSV: " + reason.ToString(),
    };

    public static string MalformedFatal(long line, string detail) => Invariant(
        $"malformed CSV from line {line}: {detail}; the input from line {line} to the end was not read");

    public static string InvalidJson(long bytePosition) => Invariant(
        $"invalid JSON at byte {bytePosition + 1} of the line: expected one JSON object per line");

    public const string JsonBrokenEscape =
        "invalid JSON Lines row: a string or member name holds a \\u escape that is not valid UTF-16 (an unpaired surrogate such as \\ud800)";

    public static string LineTooLong(long bytes, int limit) => Invariant(
        $"the line is {bytes} bytes long, more than the limit of {limit} bytes (1 MiB) for one record: it was skipped and reading went on");

    public static string RecordTooLong(long line, int limit) => Invariant(
        $"malformed CSV from line {line}: the record is longer than the limit of {limit} bytes (1 MiB); the input from line {line} to the end was not read");

    public static string RecordTooLongSkipped(long line, int limit) => Invariant(
        $"the record starting on line {line} is longer than the limit of {limit} bytes (1 MiB): it was skipped and reading went on");

    public static string InvalidUtf8(int byteOffset, byte value) => Invariant(
        $"invalid UTF-8 at byte {byteOffset + 1} of the line (0x{value:X2}): the input must be UTF-8");

    public static string InvalidUtf8InColumn(BatchColumn column, int byteOffset, byte value) => Invariant(
        $"column {BatchColumns.GetName(column)}: invalid UTF-8 at byte {byteOffset + 1} of the value (0x{value:X2}): the input must be UTF-8");

    public static string JsonNotStringArray(BatchColumn column) => Invariant(
        $"member '{BatchColumns.GetName(column)}': expected a string or an array of strings");

    public const string JsonNotObject = "invalid JSON Lines row: expected a JSON object ({...}) on the line";

    public static string JsonUnknownMember(string name) => Invariant(
        $"unknown member '{name}'; known members: {BatchColumns.KnownNames}");

    public static string JsonDuplicateMember(BatchColumn column) => Invariant(
        $"duplicate member '{BatchColumns.GetName(column)}'");

    public static string JsonNotScalar(BatchColumn column) => Invariant(
        $"member '{BatchColumns.GetName(column)}': expected a string or a number");

    public static string InternalError(Exception exception) => "internal error: " + exception.Message;

    public const string ProcessorJsonNotObject = "internal error: the processor's JSON is not a single-line JSON object";

    /// <summary>
    /// <paramref name="message"/> with every quoted value ('…') longer than <see cref="BatchLimits.MaxQuotedChars"/>
    /// characters cut to that length, saying how long it was: an error cell never echoes a 200 KB value.
    /// </summary>
    public static string? Shorten(string? message)
    {
        if (message is null || message.Length <= BatchLimits.MaxQuotedChars + 2)
        {
            return message;
        }

        System.Text.StringBuilder? builder = null;
        var copied = 0;
        var open = NextOpeningQuote(message, 0);
        while (open >= 0)
        {
            var close = ClosingQuote(message, open + 1);
            if (close < 0)
            {
                break;
            }

            var length = close - open - 1;
            if (length > BatchLimits.MaxQuotedChars)
            {
                var keep = BatchLimits.MaxQuotedChars;
                if (char.IsHighSurrogate(message[open + keep]))
                {
                    keep--;
                }

                builder ??= new System.Text.StringBuilder(message.Length);
                builder.Append(message, copied, open + 1 + keep - copied)
                    .Append(Invariant($"…' ({length} characters)"));
                copied = close + 1;
            }

            open = NextOpeningQuote(message, close + 1);
        }

        return builder is null ? message : builder.Append(message, copied, message.Length - copied).ToString();
    }

    /// <summary>A quote that opens a quoted value: at the start or after a space, '(' or ':' (not the one in "course's").</summary>
    private static int NextOpeningQuote(string message, int from)
    {
        for (var i = message.IndexOf('\'', from); i >= 0; i = i + 1 < message.Length ? message.IndexOf('\'', i + 1) : -1)
        {
            if (i == 0 || message[i - 1] is ' ' or '(' or ':')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The quote that closes a value: followed by the end, a space or punctuation.</summary>
    private static int ClosingQuote(string message, int from)
    {
        for (var i = message.IndexOf('\'', from); i >= 0; i = i + 1 < message.Length ? message.IndexOf('\'', i + 1) : -1)
        {
            if (i + 1 == message.Length || message[i + 1] is ' ' or ':' or ';' or ',' or '.' or ')')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Quote(IReadOnlyList<string> names) => string.Join(", ", names.Select(n => "'" + n + "'"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
