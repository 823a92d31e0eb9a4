using System.Globalization;
using System.Text;
using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Radiobiology;

namespace EmhRt.Reporting.Html;

/// <summary>The regimen table, the BED/EQD2 table per tissue with α/β and its source, and the spinal cord statement.</summary>
internal static class DoseTables
{
    /// <summary>Appends the section.</summary>
    public static void Append(StringBuilder html, PlanAssessment a, CitationNumbers citations)
    {
        html.Append("<section id=\"dose\" aria-labelledby=\"dose-title\"><h2 id=\"dose-title\">Regimen and biological dose</h2>\n");
        var r = a.Regimen;
        html.Append("<table id=\"regimen\"><caption>Regimen</caption><tbody>");
        Row(html, "Total dose", r.TotalDose.ToString());
        Row(html, "Fractions", HtmlText.Integer(r.Fractions));
        Row(html, "Dose per fraction", r.DosePerFraction.ToString());
        Row(html, "Treatment days", a.Request.TreatmentDays.ToString());
        html.Append("</tbody></table>\n");

        html.Append("<table id=\"radiobiology\"><caption>BED and EQD2 per tissue (linear-quadratic model");
        citations.AppendLink(html, Bibliography.Fowler1989);
        html.Append(")</caption><thead><tr><th scope=\"col\">Tissue</th><th scope=\"col\">α/β</th><th scope=\"col\">BED</th><th scope=\"col\">EQD2</th><th scope=\"col\">α/β source</th></tr></thead><tbody>");
        foreach (var tissue in a.Radiobiology)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(tissue.Tissue)).Append("</th>");
            html.Append("<td class=\"num\">").Append(HtmlText.Number(tissue.AlphaBeta.Gy, 2)).Append(" Gy</td>");
            html.Append("<td class=\"num\">").Append(HtmlText.Fixed(tissue.Bed.Gy, 1)).Append(' ').Append(HtmlText.Escape(BedUnitText.Format(tissue.AlphaBeta.Gy))).Append("</td>");
            html.Append("<td class=\"num\">").Append(HtmlText.Fixed(tissue.Eqd2.Gy, 1)).Append(" Gy</td><td>");
            switch (tissue.Source)
            {
                case "assumption" when tissue.Tissue == TissueDose.CaudaEquina:
                    html.Append("assumption (no human α/β for the cauda equina)");
                    break;
                case "assumption":
                    html.Append("assumption (no published α/β for EMH tissue)");
                    break;
                case "user":
                    html.Append("given by the user");
                    break;
                default:
                    html.Append(HtmlText.Escape(tissue.Source));
                    citations.AppendLink(html, tissue.Source);
                    break;
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>\n");
        AppendCord(html, a, citations);
        html.Append("</section>\n");
    }

    private static void AppendCord(StringBuilder html, PlanAssessment a, CitationNumbers citations)
    {
        // The same statement as the text report: one per plan, following the fractionation (issue 18).
        var cord = a.Cord;
        bool cauda = a.SpinalCord.Tissue == TissueDose.CaudaEquina;
        html.Append("<h3 id=\"cord\">").Append(cauda ? "Cauda equina" : "Spinal cord").Append("</h3>\n<p class=\"cord-assumption\">")
            .Append(HtmlText.Escape(cord.Assumption)).Append("</p>\n");
        if (cauda)
        {
            html.Append("<p>").Append(HtmlText.Escape(string.Create(CultureInfo.InvariantCulture,
                $"Every irradiated level lies below the conus (protocol level {a.Protocol.ConusLevel}; the mean tip is at the lower third of L1, range mid-T12 to L3)")));
            citations.AppendLink(html, Bibliography.Saifuddin1998);
            html.Append(HtmlText.Escape(string.Create(CultureInfo.InvariantCulture,
                $": the canal holds the cauda equina. The points below are spinal-cord values, applied to the cauda equina as an approximation; its α/β {a.SpinalCord.AlphaBeta} is an assumption."))).Append("</p>\n");
        }

        var f = cord.Fractionation;
        html.Append("<p>");
        if (cord.IsShortCourse)
        {
            var sahgal = cord.SahgalPoint!;
            html.Append(HtmlText.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{f.Fractions} {(f.Fractions == 1 ? "fraction" : "fractions")}: compared with the short-course cord points, not the conventional curve. Cord Dmax ")))
                .Append("<strong>").Append(HtmlText.Fixed(f.TotalDose.Gy, 1)).Append(" Gy</strong> in ").Append(f.Fractions.ToString(CultureInfo.InvariantCulture))
                .Append(": ").Append(Relation(f.TotalDose, sahgal.MaximumCordDose)).Append(" Sahgal's ").Append(HtmlText.Escape(sahgal.ToString()));
            citations.AppendLink(html, sahgal.Citation);
            if (cord.QuantecShortCoursePoint is { } quantec)
            {
                html.Append("; ").Append(Relation(f.TotalDose, quantec.MaximumCordDose)).Append(" QUANTEC's ").Append(HtmlText.Escape(quantec.ToString()));
                citations.AppendLink(html, quantec.Citation);
            }

            html.Append(". LQ: EQD2 ").Append(HtmlText.Fixed(cord.CordEqd2.Gy, 1)).Append(" Gy at α/β ").Append(HtmlText.Escape(cord.QuantecAlphaBeta.ToString()))
                .Append(".</p>\n<p>").Append(HtmlText.Escape(SpinalCordTolerance.ConventionalModelScope));
            citations.AppendLink(html, Bibliography.Schultheiss2008);
            html.Append("</p>\n");
            return;
        }

        html.Append("Cord EQD2 <strong>").Append(HtmlText.Fixed(cord.CordEqd2.Gy, 1)).Append(" Gy</strong> (α/β ")
            .Append(HtmlText.Escape(cord.QuantecAlphaBeta.ToString())).Append(") against the QUANTEC points for conventional 1.8-2 Gy fractions, full cross-section: ");
        if (cord.HighestPointReached is { } reached)
        {
            html.Append("reaches the QUANTEC point ").Append(HtmlText.Escape(reached.ToString()));
            citations.AppendLink(html, reached.Citation);
            if (cord.NextPoint is { } above)
            {
                html.Append("; next ").Append(HtmlText.Escape(above.ToString()));
                citations.AppendLink(html, above.Citation);
            }
        }
        else if (cord.NextPoint is { } next)
        {
            html.Append("below the first QUANTEC point, ").Append(HtmlText.Escape(next.ToString()));
            citations.AppendLink(html, next.Citation);
        }
        else
        {
            html.Append("no QUANTEC point");
        }

        html.Append(".</p>\n");
        if (ReportFacts.ModelRiskPercent(a) is { } percent)
        {
            // A model extrapolation: whole percent from 1 %, as in the text report.
            var risk = percent < 0.001 ? "&lt; 0.001 %" : percent >= 1 ? HtmlText.Number(percent, 0) + " %" : HtmlText.Number(percent, 3) + " %";
            html.Append("<p>Model-derived myelopathy risk ").Append(risk).Append(" (EQD2 ").Append(HtmlText.Fixed(cord.ModelEqd2.Gy, 1))
                .Append(" Gy at α/β ").Append(HtmlText.Escape(cord.ModelAlphaBeta.ToString()))
                .Append("; logistic fit to cervical myelopathy after conventional once-daily fractions, not an observed rate)");
            citations.AppendLink(html, Bibliography.Schultheiss2008);
            html.Append(".</p>\n");
        }
    }

    /// <summary><c>above</c>, <c>at</c> or <c>below</c>: a dose against a point.</summary>
    private static string Relation(Dose dose, Dose point) => dose > point ? "above" : dose == point ? "at" : "below";

    private static void Row(StringBuilder html, string header, string value) =>
        html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(header)).Append("</th><td>").Append(HtmlText.Escape(value)).Append("</td></tr>");
}
