using System.Text;

namespace EmhRt.Reporting.Html;

/// <summary>
/// The machine-readable copy of the assessment inside the page: the exact <c>--format json</c> document in a
/// <c>&lt;script type="application/json" id="emhrt-data"&gt;</c> block. Inside it, <c>&lt;/</c> is written
/// <c>&lt;\/</c> and <c>&lt;!--</c> as <c>\u003c!--</c> (both the same JSON value), so no text can end the block
/// early; <see cref="Unescape"/> gives the document back byte for byte.
/// </summary>
public static class EmbeddedJson
{
    /// <summary>The id of the script element.</summary>
    public const string ElementId = "emhrt-data";

    /// <summary>The JSON text as written inside the script element.</summary>
    /// <param name="json">The JSON document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static string Escape(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Replace("<!--", "\\u003c!--", StringComparison.Ordinal).Replace("</", "<\\/", StringComparison.Ordinal);
    }

    /// <summary>The JSON document back from the script element's text (the inverse of <see cref="Escape"/>).</summary>
    /// <param name="scriptText">The text content of the script element.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scriptText"/> is null.</exception>
    public static string Unescape(string scriptText)
    {
        ArgumentNullException.ThrowIfNull(scriptText);
        return scriptText.Replace("<\\/", "</", StringComparison.Ordinal).Replace("\\u003c!--", "<!--", StringComparison.Ordinal);
    }

    internal static void Append(StringBuilder html, string json) =>
        html.Append("<script type=\"application/json\" id=\"").Append(ElementId).Append("\">").Append(Escape(json)).Append("</script>\n");
}
