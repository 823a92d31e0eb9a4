using System.Text;

namespace EmhRt.Reporting.Html;

/// <summary>
/// Numbers citation keys in order of first use on the page and writes the links (<c>[1]</c> to <c>#ref-1</c>); the
/// bibliography lists the keys in the same order.
/// </summary>
internal sealed class CitationNumbers
{
    private readonly List<string> _keys = [];

    /// <summary>The keys cited so far, in number order (number = index + 1).</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The number of <paramref name="key"/>, assigning the next one on first use.</summary>
    public int NumberOf(string key)
    {
        var index = _keys.IndexOf(key);
        if (index < 0)
        {
            _keys.Add(key);
            index = _keys.Count - 1;
        }

        return index + 1;
    }

    /// <summary>The in-page anchor id of reference number <paramref name="number"/>.</summary>
    public static string AnchorId(int number) => "ref-" + HtmlText.Integer(number);

    /// <summary>Appends a link <c>[n]</c> to the reference of <paramref name="key"/>, titled with the key.</summary>
    public void AppendLink(StringBuilder html, string key)
    {
        var number = NumberOf(key);
        html.Append("<a class=\"cite\" href=\"#").Append(AnchorId(number)).Append("\" title=\"").Append(HtmlText.Escape(key))
            .Append("\">[").Append(HtmlText.Integer(number)).Append("]</a>");
    }

    /// <summary>Appends links for several keys, separated by nothing (<c>[1][2]</c>).</summary>
    public void AppendLinks(StringBuilder html, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            AppendLink(html, key);
        }
    }
}
