using System.Text;
using EmhRt.Findings;

namespace EmhRt.Reporting.Html;

/// <summary>The numbered references of every citation on the page, in order of first citation, each an anchor target.</summary>
internal static class BibliographySection
{
    /// <summary>Appends the section.</summary>
    public static void Append(StringBuilder html, CitationNumbers citations)
    {
        html.Append("<section id=\"references\" aria-labelledby=\"references-title\"><h2 id=\"references-title\">References</h2>\n<ol class=\"refs\">\n");
        for (var i = 0; i < citations.Keys.Count; i++)
        {
            var key = citations.Keys[i];
            var reference = Bibliography.TryGet(key, out var citation) ? citation.Reference : "(reference not in the bibliography)";
            html.Append("<li id=\"").Append(CitationNumbers.AnchorId(i + 1)).Append("\"><span class=\"key\">").Append(HtmlText.Escape(key)).Append("</span>: ")
                .Append(HtmlText.Escape(reference)).Append("</li>\n");
        }

        html.Append("</ol></section>\n");
    }
}
