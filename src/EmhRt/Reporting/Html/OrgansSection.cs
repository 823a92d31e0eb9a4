using System.Text;
using EmhRt.Findings;
using EmhRt.Planning;

namespace EmhRt.Reporting.Html;

/// <summary>
/// The organs that usually lie next to the irradiated levels, each with the threshold to check its dose against and whether
/// the prescription could reach it (a worst case), and the active-marrow share (clinical-facts-organs §2, §2.12).
/// </summary>
internal static class OrgansSection
{
    /// <summary>Appends the section.</summary>
    public static void Append(StringBuilder html, PlanAssessment a, CitationNumbers citations)
    {
        var organs = a.OrgansAtRisk;
        html.Append("<section id=\"organs\" aria-labelledby=\"organs-title\"><h2 id=\"organs-title\">Organs at risk</h2>\n<p>");
        html.Append("Irradiated levels ").Append(HtmlText.Escape(organs.IrradiatedLevels)).Append(": about <strong>")
            .Append(HtmlText.Number(organs.ActiveMarrow.Percent)).Append(" %</strong> of the body's active marrow (adult population data, spread evenly per level");
        citations.AppendLink(html, Bibliography.Hayman2011);
        html.Append("). EmhRt has no dose distribution: check each organ's dose in the planning system; it never says that a limit is met.</p>\n");
        if (organs.Organs.IsEmpty)
        {
            html.Append("<p>No organ of the protocol's list lies next to these levels.</p>\n");
            AppendMeasured(html, a, citations);
            html.Append("</section>\n");
            return;
        }

        html.Append("<table id=\"organs-at-risk\"><caption>Organs next to the irradiated levels</caption><thead><tr><th scope=\"col\">Organ</th><th scope=\"col\">Levels</th><th scope=\"col\">Usual levels</th><th scope=\"col\">Check against</th><th scope=\"col\">Prescription in its unit</th><th scope=\"col\">Could reach</th></tr></thead><tbody>");
        foreach (var organ in organs.Organs)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(organ.Name));
            if (organ.Note is { } note)
            {
                html.Append(" <small>(").Append(HtmlText.Escape(note)).Append(")</small>");
            }

            html.Append("</th><td>").Append(HtmlText.Escape(organ.IrradiatedLevels)).Append("</td><td>")
                .Append(HtmlText.Escape(organ.UsualLevels)).Append(" (").Append(organ.LevelEvidence).Append(")</td><td>")
                .Append(HtmlText.Escape(organ.Threshold));
            foreach (var key in organ.Citations)
            {
                citations.AppendLink(html, key);
            }

            html.Append("</td><td class=\"num\">")
                .Append(organ.PrescriptionGy is { } gy ? HtmlText.Fixed(gy, 2) + " Gy" : "—").Append("</td><td>")
                .Append(organ.CouldReach switch { true => organ.Caution ? "<strong>yes</strong>" : "yes", false => "no", null => "not quantified" })
                .Append("</td></tr>");
        }

        html.Append("</tbody></table>\n");
        AppendMeasured(html, a, citations);
        html.Append("</section>\n");
    }

    /// <summary>One list item per organ dose measured in the planning system, if any.</summary>
    private static void AppendMeasured(StringBuilder html, PlanAssessment a, CitationNumbers citations)
    {
        var measured = a.OrgansAtRisk.MeasuredDoses;
        if (measured.IsDefaultOrEmpty)
        {
            return;
        }

        html.Append("<h3>Measured doses</h3>\n<ul id=\"measured-doses\">");
        foreach (var dose in measured)
        {
            html.Append("<li>");
            var text = HtmlText.Escape(dose.Describe());
            html.Append(dose.Status == Organs.MeasuredDoseStatus.AboveConstraint ? "<strong>" + text + "</strong>" : text);
            foreach (var key in dose.Citations)
            {
                citations.AppendLink(html, key);
            }

            html.Append("</li>");
        }

        html.Append("</ul>\n");
    }
}
