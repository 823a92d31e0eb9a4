using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EmhRt.Text;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Reads JSON Lines rows: one object per line, members named like the CSV columns; values strings, numbers or
/// booleans (<c>holidays</c> and <c>prior</c> also arrays of strings); null or absent = not given. Blank lines are
/// skipped but counted. Lines are read as bytes: a UTF-8 BOM at the start is skipped (file or standard input), a line
/// with invalid UTF-8 is an invalid row naming the byte, and a line longer than
/// <see cref="BatchLimits.MaxBatchRecordChars"/> bytes is one invalid row (never read into memory) after which
/// reading goes on.
/// </summary>
internal sealed class JsonLinesBatchRowSource : IBatchRowSource
{
    private const int MaxLineBytes = BatchLimits.MaxBatchRecordChars;

    private readonly Stream stream;
    private readonly bool ownsStream;
    private readonly bool ignoreUnknownColumns;
    private readonly byte[] buffer = new byte[1 << 16];
    private int bufferStart;
    private int bufferEnd;
    private bool endOfInput;
    private byte[] line = ArrayPool<byte>.Shared.Rent(4096);
    private int lineLength;
    private long lineNumber;
    private long bytesRead;

    public JsonLinesBatchRowSource(string? path, Stream? stream, TextReader? textReader, bool ignoreUnknownColumns)
    {
        this.ignoreUnknownColumns = ignoreUnknownColumns;
        if (textReader is not null)
        {
            this.stream = new TextReaderSourceStream(textReader);
        }
        else if (stream is not null)
        {
            this.stream = stream;
        }
        else
        {
            this.stream = new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            ownsStream = true;
        }
    }

    public long BytesRead => bytesRead;

    public string? ReadHeader() => null;

    public bool ReadRow(Span<string?> cells, out long line, out string? error)
    {
        while (true)
        {
            if (!ReadLine(out var totalLength))
            {
                line = lineNumber;
                error = null;
                return false;
            }

            lineNumber++;
            var text = this.line.AsSpan(0, lineLength);
            if (lineNumber == 1 && text.StartsWith(Encoding.UTF8.Preamble))
            {
                text = text[Encoding.UTF8.Preamble.Length..];
            }

            if (totalLength > MaxLineBytes)
            {
                line = lineNumber;
                error = BatchMessages.LineTooLong(totalLength, MaxLineBytes);
                return true;
            }

            if (text.EndsWith("\r"u8))
            {
                text = text[..^1];
            }

            if (IsBlank(text))
            {
                continue;
            }

            line = lineNumber;
            error = InputText.FirstInvalidUtf8(text) is { } invalid
                ? BatchMessages.InvalidUtf8(invalid, text[invalid])
                : Parse(text, cells);
            return true;
        }
    }

    /// <summary>
    /// The next line (without its '\n') in <see cref="line"/>, at most <see cref="MaxLineBytes"/> + 1 bytes of it;
    /// <paramref name="totalLength"/> is its full length. False at the end of the input.
    /// </summary>
    private bool ReadLine(out long totalLength)
    {
        lineLength = 0;
        totalLength = 0;
        var any = false;
        while (true)
        {
            if (bufferStart == bufferEnd)
            {
                if (endOfInput || !Fill())
                {
                    return any;
                }
            }

            any = true;
            var available = buffer.AsSpan(bufferStart, bufferEnd - bufferStart);
            var newline = available.IndexOf((byte)'\n');
            var chunk = newline < 0 ? available : available[..newline];
            totalLength += chunk.Length;
            var room = MaxLineBytes + 1 - lineLength;
            if (room > 0)
            {
                Append(chunk[..Math.Min(chunk.Length, room)]);
            }

            var consumed = newline < 0 ? chunk.Length : chunk.Length + 1;
            bufferStart += consumed;
            bytesRead += consumed;
            if (newline >= 0)
            {
                return true;
            }
        }
    }

    private bool Fill()
    {
        bufferStart = 0;
        bufferEnd = stream.Read(buffer, 0, buffer.Length);
        if (bufferEnd == 0)
        {
            endOfInput = true;
            return false;
        }

        return true;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (lineLength + bytes.Length > line.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(line.Length * 2, lineLength + bytes.Length));
            line.AsSpan(0, lineLength).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(line);
            line = larger;
        }

        bytes.CopyTo(line.AsSpan(lineLength));
        lineLength += bytes.Length;
    }

    private static bool IsBlank(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private string? Parse(ReadOnlySpan<byte> utf8, Span<string?> cells)
    {
        var json = new Utf8JsonReader(utf8);
        Span<char> name = stackalloc char[64];
        var seen = 0;
        string? error = null;
        try
        {
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            {
                return BatchMessages.JsonNotObject;
            }

            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var known = false;
                var column = default(BatchColumn);
                if (json.ValueSpan.Length <= name.Length && !json.ValueIsEscaped)
                {
                    var n = Encoding.UTF8.GetChars(json.ValueSpan, name);
                    known = BatchColumns.TryParse(name[..n], out column);
                }
                else if (json.GetString() is { } escaped)
                {
                    known = BatchColumns.TryParse(escaped, out column);
                }

                if (!known && !ignoreUnknownColumns)
                {
                    error ??= BatchMessages.JsonUnknownMember(json.GetString() ?? "");
                }

                json.Read();
                string? value = null;
                switch (json.TokenType)
                {
                    case JsonTokenType.String:
                        value = json.GetString();
                        break;
                    case JsonTokenType.Number:
                        value = known && column != BatchColumn.Id ? NumberText(ref json) : Encoding.UTF8.GetString(json.ValueSpan);
                        break;
                    case JsonTokenType.True:
                        value = "true";
                        break;
                    case JsonTokenType.False:
                        value = "false";
                        break;
                    case JsonTokenType.Null:
                        break;
                    case JsonTokenType.StartArray when known && column is BatchColumn.Holidays or BatchColumn.Prior:
                        value = JoinArray(ref json, column == BatchColumn.Holidays ? ';' : '|', out var arrayError);
                        if (arrayError)
                        {
                            error ??= BatchMessages.JsonNotStringArray(column);
                        }

                        break;
                    default:
                        json.Skip();
                        if (known)
                        {
                            error ??= BatchMessages.JsonNotScalar(column);
                        }

                        break;
                }

                if (!known)
                {
                    continue;
                }

                var bit = 1 << (int)column;
                if ((seen & bit) != 0)
                {
                    error ??= BatchMessages.JsonDuplicateMember(column);
                }

                seen |= bit;
                if (!string.IsNullOrWhiteSpace(value))
                {
                    cells[(int)column] = value;
                }
            }

            if (json.TokenType != JsonTokenType.EndObject || json.Read())
            {
                return BatchMessages.JsonNotObject;
            }
        }
        catch (JsonException e)
        {
            return BatchMessages.InvalidJson(e.BytePositionInLine ?? 0);
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString throws this (not a JsonException) for "\ud800" without its pair.
            return BatchMessages.JsonBrokenEscape;
        }

        return error;
    }

    /// <summary>
    /// A JSON number as the cell parsers read it: an integer or a plain decimal as written; any other spelling of a
    /// value (<c>2e1</c>, <c>10.0</c>, <c>1.5E0</c>) as its shortest plain decimal (<c>20</c>, <c>10</c>, <c>1.5</c>),
    /// so an integer column accepts <c>10.0</c> and still refuses <c>10.5</c>.
    /// </summary>
    private static string NumberText(ref Utf8JsonReader json)
    {
        var raw = json.ValueSpan;
        if (raw.IndexOfAny("eE."u8) < 0 || !json.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            return Encoding.UTF8.GetString(raw);
        }

        value += 0.0; // -0 is 0
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        return Math.Abs(value) >= 1e-6
            ? value.ToString("0.###############", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>An array of strings joined with <paramref name="separator"/>; <paramref name="invalid"/> when an element is not a string.</summary>
    private static string JoinArray(ref Utf8JsonReader json, char separator, out bool invalid)
    {
        invalid = false;
        var builder = new StringBuilder();
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            if (json.TokenType != JsonTokenType.String)
            {
                invalid = true;
                json.Skip();
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(json.GetString());
        }

        return builder.ToString();
    }

    public void Dispose()
    {
        if (ownsStream)
        {
            stream.Dispose();
        }

        ArrayPool<byte>.Shared.Return(line);
        line = [];
    }
}
