using System.Buffers;
using System.Text;
using System.Text.Json;

namespace EmhRt.Cli.Batch;

/// <summary>
/// Reads JSON Lines rows: one object per line, members named like the CSV columns; values strings, numbers
/// (kept as written) or booleans; null or absent = not given. Blank lines are skipped but counted.
/// </summary>
internal sealed class JsonLinesBatchRowSource : IBatchRowSource
{
    private readonly TextReader reader;
    private readonly bool ownsReader;
    private readonly bool ignoreUnknownColumns;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(4096);
    private long lineNumber;
    private long charsRead;

    public JsonLinesBatchRowSource(string? path, Stream? stream, TextReader? textReader, bool ignoreUnknownColumns)
    {
        this.ignoreUnknownColumns = ignoreUnknownColumns;
        if (textReader is not null)
        {
            reader = textReader;
        }
        else
        {
            var s = stream ?? new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            reader = new StreamReader(s, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: stream is not null);
            ownsReader = true;
        }
    }

    public long BytesRead => charsRead;

    public string? ReadHeader() => null;

    public bool ReadRow(Span<string?> cells, out long line, out string? error)
    {
        string? text;
        do
        {
            text = reader.ReadLine();
            if (text is null)
            {
                line = lineNumber;
                error = null;
                return false;
            }

            lineNumber++;
            charsRead += text.Length + 1;
        }
        while (string.IsNullOrWhiteSpace(text));

        line = lineNumber;
        error = Parse(text, cells);
        return true;
    }

    private string? Parse(string text, Span<string?> cells)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (buffer.Length < max)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(max);
        }

        var length = Encoding.UTF8.GetBytes(text, buffer);
        var json = new Utf8JsonReader(buffer.AsSpan(0, length));
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
                        value = Encoding.UTF8.GetString(json.ValueSpan);
                        break;
                    case JsonTokenType.True:
                        value = "true";
                        break;
                    case JsonTokenType.False:
                        value = "false";
                        break;
                    case JsonTokenType.Null:
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

    public void Dispose()
    {
        if (ownsReader)
        {
            reader.Dispose();
        }

        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}
