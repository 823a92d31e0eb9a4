using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace EmhRt.Text;

/// <summary>
/// Reading the text of a user's file safely: at most <see cref="InputLimits.MaxFileBytes"/> bytes are read (so a
/// device such as <c>/dev/zero</c> cannot hang the process or fill memory), the UTF-8 is decoded strictly (an invalid
/// byte is an error naming its line and byte, never a silent U+FFFD), and JSON strings are checked for escapes that
/// are not valid UTF-16 (<c>"\ud800"</c>). Nothing here throws for bad content.
/// </summary>
internal static class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> bytes of <paramref name="path"/>; a longer file (or device) is an error
    /// without reading past the limit. I/O exceptions (missing file, no permission) propagate.
    /// </summary>
    public static bool TryReadBytes(string path, int maxBytes, out byte[] bytes, out string? error)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        using var content = new MemoryStream();
        var buffer = new byte[Math.Min(maxBytes + 1, 1 << 16)];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes + 1 - content.Length))) > 0)
        {
            content.Write(buffer, 0, read);
            if (content.Length > maxBytes)
            {
                bytes = [];
                error = TooLarge(maxBytes);
                return false;
            }
        }

        bytes = content.ToArray();
        error = null;
        return true;
    }

    /// <summary>The message for a file over <paramref name="maxBytes"/>.</summary>
    public static string TooLarge(int maxBytes) => maxBytes == InputLimits.MaxFileBytes
        ? string.Create(CultureInfo.InvariantCulture, $"the file is larger than {maxBytes} bytes (1 MiB, the input limit); refusing to read it")
        : string.Create(CultureInfo.InvariantCulture, $"the file is larger than {maxBytes} bytes (the input limit); refusing to read it");

    /// <summary>Decodes UTF-8 strictly (a leading BOM is skipped); an invalid sequence is an error naming its line and byte.</summary>
    public static bool TryDecodeUtf8(ReadOnlySpan<byte> utf8, out string text, out string? error)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (FirstInvalidUtf8(utf8) is { } offset)
        {
            text = string.Empty;
            error = InvalidUtf8(utf8, offset);
            return false;
        }

        text = StrictUtf8.GetString(utf8);
        error = null;
        return true;
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or null when all of it is.</summary>
    public static int? FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return null;
        }

        Span<char> chars = stackalloc char[512];
        var offset = 0;
        while (offset < utf8.Length)
        {
            var status = Utf8.ToUtf16(utf8[offset..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return offset < utf8.Length ? offset : null;
    }

    /// <summary>
    /// The index of the first UTF-16 code unit of <paramref name="text"/> that is half of a surrogate pair without its
    /// other half, or null. Such a string (from an API caller, never from a file's bytes) has no UTF-8 form: encoding it
    /// would throw or silently put U+FFFD in its place.
    /// </summary>
    public static int? FirstUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The 1-based line (counting line feeds) of the character at <paramref name="index"/>.</summary>
    public static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>"an unpaired surrogate U+D800 at character 14" for the code unit at <paramref name="index"/> (1-based character).</summary>
    public static string UnpairedSurrogate(string text, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"an unpaired surrogate U+{(int)text[index]:X4} at character {index + 1}");

    /// <summary>"line L, byte B of the line (byte O of the file): not valid UTF-8".</summary>
    public static string InvalidUtf8(ReadOnlySpan<byte> utf8, int offset)
    {
        var (line, column) = LineAndColumn(utf8, offset);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"invalid UTF-8 at line {line}, byte {column} of the line (byte {offset + 1} of the file, 0x{utf8[offset]:X2}): save the file as UTF-8");
    }

    /// <summary>
    /// The first JSON string or member name in <paramref name="utf8"/> whose <c>\u</c> escapes are not valid UTF-16 (an
    /// unpaired surrogate), as a message with its line and byte, or null. Stops quietly at malformed JSON (the parser
    /// reports that).
    /// </summary>
    public static string? FindBrokenJsonEscape(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        var offset = (int)reader.TokenStartIndex;
                        var (line, column) = LineAndColumn(utf8, offset);
                        return string.Create(
                            CultureInfo.InvariantCulture,
                            $"invalid JSON at line {line}, byte {column} of the line: a string holds a \\u escape that is not valid UTF-16 (an unpaired surrogate such as \\ud800)");
                    }
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..Math.Min(offset, utf8.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart + 1);
    }
}
