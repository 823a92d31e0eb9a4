using System.Text;
using EmhRt.Findings;
using EmhRt.Findings.Rules;
using EmhRt.Planning;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Reporting.Html;

/// <summary>Lesion, CTV, PTV and treated span in levels and millimetres, as the assessment gives them.</summary>
internal static class VolumesTable
{
    /// <summary>Appends the table.</summary>
    public static void Append(StringBuilder html, PlanAssessment a, CitationNumbers citations)
    {
        html.Append("<table id=\"volumes\"><caption>Volumes</caption><tbody>");
        Open(html, "Lesion");
        html.Append(HtmlText.Escape(SpineNotation.Format(a.Request.Lesions))).Append("</td></tr>");

        var ctv = a.Ctv;
        ReportFacts.CtvLengths(a, out var lengthMm, out var extentMm);
        Open(html, "CTV");
        html.Append(HtmlText.Escape(ctv.ToString())).Append(": ").Append(HtmlText.Integer(ctv.LevelCount)).Append(" level").Append(HtmlText.Plural(ctv.LevelCount))
            .Append(", margin ").Append(HtmlText.Escape(a.CtvMargin.ToString()));
        if (a.CtvMargin == CtvLevelMargin.Recommended)
        {
            citations.AppendLink(html, Bibliography.Cailleteau2023);
        }

        if (lengthMm is { } length)
        {
            html.Append("; length ").Append(HtmlText.Fixed(length, 1)).Append(" mm");
            if (extentMm is { } extent && ctv.Segments.Length > 1)
            {
                html.Append(" (extent ").Append(HtmlText.Fixed(extent, 1)).Append(" mm)");
            }
        }

        if (!ctv.GapSpans.IsEmpty)
        {
            html.Append("; untreated gap").Append(HtmlText.Plural(ctv.GapSpans.Length)).Append(' ').Append(HtmlText.Escape(SpineNotation.Format(ctv.GapSpans)));
        }

        html.Append("</td></tr>");
        Open(html, "Lengths");
        html.Append(HtmlText.Escape(a.Geometry.Source));
        if (a.Geometry.IsEstimate)
        {
            citations.AppendLink(html, Bibliography.Gray1918);
            html.Append("; measure on the planning CT");
        }

        html.Append("</td></tr>");

        Open(html, "PTV");
        if (a.Ptv is { } ptv)
        {
            var m = ptv.Margin;
            html.Append("margin superior ").Append(HtmlText.Number(m.SuperiorMm)).Append(" mm, inferior ").Append(HtmlText.Number(m.InferiorMm))
                .Append(" mm, radial ").Append(HtmlText.Number(m.RadialMm)).Append(" mm; length ").Append(HtmlText.Fixed(ptv.PtvLengthMm, 1)).Append(" mm<br>")
                .Append("superior border ").Append(HtmlText.Escape(ptv.SuperiorBorder.ToString())).Append("; inferior border ").Append(HtmlText.Escape(ptv.InferiorBorder.ToString()))
                .Append("<br>fits a single ").Append(HtmlText.Number(a.Protocol.SingleFieldLengthMm / 10)).Append(" cm field: ")
                .Append(ReportFacts.FitsSingleField(a, ptv) ? "yes" : "no");
        }
        else
        {
            // The protocol's range; cailleteau2023's beside it when the protocol's differs.
            if (LiteratureRecommendation.SamePtvMargin(a.Protocol))
            {
                html.Append("no PTV margin given (").Append(HtmlText.Escape(LiteratureRecommendation.PtvMarginText("–"))).Append(" recommended");
            }
            else
            {
                html.Append("no PTV margin given (").Append(HtmlText.Number(a.Protocol.PtvMarginMinMm)).Append('–').Append(HtmlText.Number(a.Protocol.PtvMarginMaxMm))
                    .Append(" mm recommended by the protocol in force; cailleteau2023 recommends ").Append(HtmlText.Escape(LiteratureRecommendation.PtvMarginText("–")));
            }

            citations.AppendLink(html, Bibliography.Cailleteau2023);
            html.Append(')');
        }

        html.Append("</td></tr>");
        if (a.Coverage is { } coverage)
        {
            Open(html, "Treated span");
            html.Append(HtmlText.Escape(SpineNotation.Format(coverage.TreatedSpans)));
            foreach (var lesion in coverage.Lesions)
            {
                html.Append("<br>");
                html.Append(lesion.IsCovered
                    ? HtmlText.Escape("lesion " + lesion.Lesion + " covered, " + HtmlText.Integer(lesion.MarginLevelsAbove) + " level" + HtmlText.Plural(lesion.MarginLevelsAbove) + " above, " + HtmlText.Integer(lesion.MarginLevelsBelow) + " below")
                    : HtmlText.Escape("lesion " + lesion.Lesion + " NOT covered: " + string.Join(", ", lesion.UncoveredLevels) + " untreated"));
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Open(StringBuilder html, string header) =>
        html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(header)).Append("</th><td>");
}
