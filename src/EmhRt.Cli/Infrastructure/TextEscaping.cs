using System.Globalization;
using System.Text;

namespace EmhRt.Cli;

/// <summary>
/// Makes text from input safe for a terminal: every control character (C0, DEL, C1) becomes a visible escape such as
/// <c>\u001B</c>, so a protocol id or a lesion holding <c>ESC ]0;…</c> or <c>ESC [2J</c> cannot retitle or clear the
/// terminal. Line feeds and tabs are kept in reports; the colour sequences EmhRt writes itself (<c>ESC [ digits ; m</c>)
/// are kept when <see cref="EscapeReport"/> is told colour is on.
/// </summary>
internal static class TextEscaping
{
    /// <summary>Escapes every control character of a one-line message (line feeds and tabs included).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsEscape(text, keepLayout: false) ? Rewrite(text, keepLayout: false, keepColor: false) : text;
    }

    /// <summary>Escapes the control characters of a text report, keeping line feeds, tabs and (with <paramref name="keepColor"/>) SGR colour sequences.</summary>
    public static string EscapeReport(string text, bool keepColor)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsEscape(text, keepLayout: true) ? Rewrite(text, keepLayout: true, keepColor) : text;
    }

    private static bool IsControl(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F';

    private static bool NeedsEscape(string text, bool keepLayout)
    {
        foreach (var c in text)
        {
            if (IsControl(c) && !(keepLayout && c is '\n' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Rewrite(string text, bool keepLayout, bool keepColor)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsControl(c) || (keepLayout && c is '\n' or '\t'))
            {
                builder.Append(c);
                continue;
            }

            if (keepColor && c == '\u001B' && SgrLength(text, i) is var length and > 0)
            {
                builder.Append(text, i, length);
                i += length - 1;
                continue;
            }

            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>The length of an SGR sequence <c>ESC [ [0-9;]* m</c> at <paramref name="start"/>, or 0.</summary>
    private static int SgrLength(string text, int start)
    {
        var i = start + 1;
        if (i >= text.Length || text[i] != '[')
        {
            return 0;
        }

        i++;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == ';'))
        {
            i++;
        }

        return i < text.Length && text[i] == 'm' ? i - start + 1 : 0;
    }
}
