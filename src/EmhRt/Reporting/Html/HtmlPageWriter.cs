using System.Text;
using EmhRt.Planning;

namespace EmhRt.Reporting.Html;

/// <summary>Puts the page together in reading order (see <see cref="PlanHtmlReport"/>).</summary>
internal static class HtmlPageWriter
{
    /// <summary>The Content-Security-Policy of the page: nothing may load, inline styles and data images only.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The whole page.</summary>
    public static string Build(PlanAssessment a, ToolIdentity tool, HtmlReportOptions options, string json)
    {
        var html = new StringBuilder(96 * 1024);
        var citations = new CitationNumbers();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"").Append(HtmlText.Escape(tool.Name + " " + tool.Version)).Append("\">\n")
            .Append("<title>").Append(HtmlText.Escape(PageHeader.Title(a, options))).Append("</title>\n<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<div class=\"top\">\n");
        PageHeader.Append(html, a, tool, options);
        VerdictBanner.Append(html, a);
        html.Append("</div>\n<main>\n");
        FindingsSection.Append(html, a, citations);
        html.Append("<section id=\"volumes-section\" aria-labelledby=\"spine-title\"><h2 id=\"spine-title\">Volumes and spine</h2>\n");
        VolumesTable.Append(html, a, citations);
        SpineDiagramSvg.Append(html, a);
        html.Append("</section>\n");
        DoseTables.Append(html, a, citations);
        ReirradiationSection.Append(html, a, citations);
        OrgansSection.Append(html, a, citations);
        CalendarSection.Append(html, a);
        LiteratureChartSvg.Append(html, a, citations);
        BibliographySection.Append(html, citations);
        ReviewBlock.Append(html);
        html.Append("</main>\n");
        EmbeddedJson.Append(html, json);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }
}
