using System.Text;
using EmhRt.Findings;
using EmhRt.Planning;

namespace EmhRt.Reporting.Html;

/// <summary>The findings in the assessment's order (warnings first): icon, severity word, code, message, numbered citations.</summary>
internal static class FindingsSection
{
    /// <summary>Appends the section.</summary>
    public static void Append(StringBuilder html, PlanAssessment assessment, CitationNumbers citations)
    {
        html.Append("<section id=\"findings\" aria-labelledby=\"findings-title\"><h2 id=\"findings-title\">Findings</h2>\n");
        if (assessment.Findings.IsEmpty)
        {
            html.Append("<p>None.</p></section>\n");
            return;
        }

        html.Append("<ol class=\"findings\">\n");
        var number = 0;
        foreach (var finding in assessment.Findings)
        {
            var css = VerdictBanner.ClassOf(finding.Severity);
            // A code may occur more than once (one finding per lesion): ids are numbered, the code is data.
            html.Append("<li class=\"").Append(css).Append("\" id=\"finding-").Append(HtmlText.Integer(++number)).Append("\" data-code=\"")
                .Append(HtmlText.Escape(finding.Code)).Append("\">");
            VerdictBanner.AppendIcon(html, finding.Severity, 16);
            html.Append(" <span class=\"sev\">").Append(SeverityText.Format(finding.Severity).ToUpperInvariant()).Append("</span>");
            html.Append("<code>").Append(HtmlText.Escape(finding.Code)).Append("</code><br>");
            html.Append(HtmlText.Escape(finding.Message));
            citations.AppendLinks(html, finding.Citations);
            html.Append("</li>\n");
        }

        html.Append("</ol></section>\n");
    }
}
