namespace EmhRt.Cli.Batch;

/// <summary>Minimal JSON text helpers for the JSON Lines writer (no allocation per call).</summary>
internal static class JsonText
{
    /// <summary>Writes <paramref name="value"/> as a JSON string (or <c>null</c>).</summary>
    public static void WriteString(TextWriter writer, string? value)
    {
        if (value is null)
        {
            writer.Write("null");
            return;
        }

        writer.Write('"');
        var span = value.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            writer.Write(span[start..i]);
            switch (c)
            {
                case '"': writer.Write("\\\""); break;
                case '\\': writer.Write("\\\\"); break;
                case '\n': writer.Write("\\n"); break;
                case '\r': writer.Write("\\r"); break;
                case '\t': writer.Write("\\t"); break;
                default:
                    writer.Write("\\u00");
                    writer.Write("0123456789abcdef"[c >> 4]);
                    writer.Write("0123456789abcdef"[c & 15]);
                    break;
            }

            start = i + 1;
        }

        writer.Write(span[start..]);
        writer.Write('"');
    }

    /// <summary>True when <paramref name="text"/> is a JSON number (<c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>).</summary>
    public static bool IsNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>True when <paramref name="json"/> looks like one JSON object on one line (cheap shape check).</summary>
    public static bool IsSingleLineObject(string json)
    {
        var span = json.AsSpan().Trim();
        return span.Length >= 2 && span[0] == '{' && span[^1] == '}' && !span.ContainsAny('\n', '\r');
    }

    private static bool Digits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > start;
    }
}
