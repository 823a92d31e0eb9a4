using System.Text;
using EmhRt.Literature;
using EmhRt.Planning;

namespace EmhRt.Reporting.Html;

/// <summary>
/// The published EMH radiotherapy cases with a known regimen (from the assessment's literature position) plotted as
/// total dose against dose per fraction, one marker shape per outcome, each point labelled with first author and
/// year, and the proposed plan highlighted as a star; followed by the same cases as a table.
/// </summary>
internal static class LiteratureChartSvg
{
    private const double Left = 44;
    private const double Top = 16;
    private const double PlotWidth = 470;
    private const double PlotHeight = 240;
    private const double Width = Left + PlotWidth + 150;
    private const double Height = Top + PlotHeight + 40;

    /// <summary>Appends the section.</summary>
    public static void Append(StringBuilder html, PlanAssessment a, CitationNumbers citations)
    {
        var literature = a.Literature;
        html.Append("<section id=\"literature\" aria-labelledby=\"literature-title\"><h2 id=\"literature-title\">Literature</h2>\n<p>")
            .Append(HtmlText.Escape(literature.Summary)).Append("</p>\n");

        var points = new List<(double Dpf, double Total, CaseComparison Case)>();
        foreach (var comparison in literature.Nearest)
        {
            if (comparison.Case.RtTotalDoseGy is { } total && comparison.Case.RtFractions is { } fractions && fractions > 0)
            {
                points.Add((total / fractions, total, comparison));
            }
        }

        var planTotal = literature.ProposedTotalDoseGy;
        var planDpf = planTotal / literature.ProposedFractions;
        var maxDpf = Math.Max(planDpf, points.Count == 0 ? 0 : points.Max(p => p.Dpf));
        var maxTotal = Math.Max(planTotal, points.Count == 0 ? 0 : points.Max(p => p.Total));
        var xMax = Math.Max(1, Math.Ceiling(maxDpf + 0.25));
        var yMax = Math.Max(10, Math.Ceiling((maxTotal + 2) / 10) * 10);
        double X(double dpf) => Left + (dpf / xMax * PlotWidth);
        double Y(double total) => Top + PlotHeight - (total / yMax * PlotHeight);

        html.Append("<figure id=\"literature-chart\" aria-labelledby=\"literature-caption\">\n<svg role=\"img\" aria-labelledby=\"lit-svg-title lit-svg-desc\" width=\"")
            .Append(HtmlText.Coordinate(Width)).Append("\" height=\"").Append(HtmlText.Coordinate(Height)).Append("\" viewBox=\"0 0 ")
            .Append(HtmlText.Coordinate(Width)).Append(' ').Append(HtmlText.Coordinate(Height)).Append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"9\">\n");
        html.Append("<title id=\"lit-svg-title\">Published EMH radiotherapy cases: total dose against dose per fraction</title>\n<desc id=\"lit-svg-desc\">")
            .Append(HtmlText.Escape(HtmlText.Integer(points.Count) + " published cases with a known regimen; the proposed plan, " + Regimen(planTotal, literature.ProposedFractions) + ", is the star. The table below lists every point."))
            .Append("</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");

        // Axes and grid.
        html.Append("<g class=\"axes\" stroke=\"#999\" stroke-width=\"0.5\">");
        var xStep = xMax <= 4 ? 0.5 : 1;
        for (var v = 0.0; v <= xMax + 1e-9; v += xStep)
        {
            html.Append("<line x1=\"").Append(HtmlText.Coordinate(X(v))).Append("\" y1=\"").Append(HtmlText.Coordinate(Top)).Append("\" x2=\"").Append(HtmlText.Coordinate(X(v)))
                .Append("\" y2=\"").Append(HtmlText.Coordinate(Top + PlotHeight)).Append("\"/>");
        }

        for (var v = 0.0; v <= yMax + 1e-9; v += 10)
        {
            html.Append("<line x1=\"").Append(HtmlText.Coordinate(Left)).Append("\" y1=\"").Append(HtmlText.Coordinate(Y(v))).Append("\" x2=\"").Append(HtmlText.Coordinate(Left + PlotWidth))
                .Append("\" y2=\"").Append(HtmlText.Coordinate(Y(v))).Append("\"/>");
        }

        html.Append("</g>\n<g class=\"ticks\" fill=\"#1a1a1a\">");
        for (var v = 0.0; v <= xMax + 1e-9; v += xStep)
        {
            SpineDiagramSvg.Text(html, X(v), Top + PlotHeight + 11, HtmlText.Number(v, 1), "middle", 8);
        }

        for (var v = 0.0; v <= yMax + 1e-9; v += 10)
        {
            SpineDiagramSvg.Text(html, Left - 4, Y(v) + 3, HtmlText.Number(v, 0), "end", 8);
        }

        SpineDiagramSvg.Text(html, Left + (PlotWidth / 2), Top + PlotHeight + 26, "dose per fraction (Gy)", "middle", 9);
        html.Append("<text x=\"12\" y=\"").Append(HtmlText.Coordinate(Top + (PlotHeight / 2))).Append("\" transform=\"rotate(-90 12 ").Append(HtmlText.Coordinate(Top + (PlotHeight / 2)))
            .Append(")\" text-anchor=\"middle\" fill=\"#1a1a1a\">total dose (Gy)</text></g>\n");

        // Points, grouped by regimen so that one label names every case at the same place.
        var placed = new List<(double X, double Y, double W)>();
        html.Append("<g class=\"cases\">");
        foreach (var group in points.GroupBy(p => (p.Dpf, p.Total)).OrderBy(g => g.Key.Total).ThenBy(g => g.Key.Dpf))
        {
            var px = X(group.Key.Dpf);
            var py = Y(group.Key.Total);
            var index = 0;
            foreach (var point in group)
            {
                Marker(html, point.Case.Outcome, px + (index * 7), py);
                index++;
            }

            var label = string.Join(", ", group.Select(p => (p.Case.Case.FirstAuthor ?? p.Case.Case.CitationKey) + " " + HtmlText.Integer(p.Case.Case.Year)));
            PlaceLabel(html, placed, px + 6 + ((index - 1) * 7), py + 3, label);
        }

        html.Append("</g>\n<g class=\"plan\">");
        var sx = X(planDpf);
        var sy = Y(planTotal);
        html.Append("<path d=\"").Append(Star(sx, sy, 9)).Append("\" fill=\"").Append(HtmlPalette.Blue).Append("\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
        PlaceLabel(html, placed, sx + 11, sy - 8, "this plan, " + Regimen(planTotal, literature.ProposedFractions), bold: true);
        html.Append("</g>\n");

        // Legend.
        var ly = Top + 6;
        var lx = Left + PlotWidth + 14;
        html.Append("<g class=\"legend\" fill=\"#1a1a1a\">");
        html.Append("<path d=\"").Append(Star(lx + 4, ly + 3, 6)).Append("\" fill=\"").Append(HtmlPalette.Blue).Append("\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"/>");
        SpineDiagramSvg.Text(html, lx + 14, ly + 6, "this plan", "start", 8);
        foreach (var outcome in (OutcomeCategory[])[OutcomeCategory.CompleteResponse, OutcomeCategory.NearCompleteResponse, OutcomeCategory.PartialResponse, OutcomeCategory.NoImprovement, OutcomeCategory.NotReported])
        {
            ly += 14;
            Marker(html, outcome, lx + 4, ly + 3);
            SpineDiagramSvg.Text(html, lx + 14, ly + 6, ReportFacts.OutcomeText(outcome), "start", 8);
        }

        html.Append("</g>\n</svg>\n<figcaption id=\"literature-caption\">Published EMH radiotherapy cases with a known regimen: marker shape = outcome; the star is the proposed plan.</figcaption>\n</figure>\n");

        AppendTable(html, literature, citations);
        html.Append("</section>\n");
    }

    private static void AppendTable(StringBuilder html, LiteraturePosition literature, CitationNumbers citations)
    {
        html.Append("<table id=\"literature-cases\"><caption>Published cases, nearest EQD2 first (α/β ").Append(HtmlText.Number(literature.AlphaBetaGy, 2))
            .Append(" Gy)</caption><thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Lesion</th><th scope=\"col\">Regimen</th><th scope=\"col\">EQD2</th><th scope=\"col\">Difference</th><th scope=\"col\">Outcome</th></tr></thead><tbody>");
        foreach (var comparison in literature.Nearest)
        {
            var c = comparison.Case;
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape((c.FirstAuthor ?? c.CitationKey) + " " + HtmlText.Integer(c.Year)));
            citations.AppendLink(html, c.CitationKey);
            html.Append("</th><td>").Append(HtmlText.Escape(c.Lesion)).Append("</td><td>");
            html.Append(c.RtTotalDoseGy is { } total && c.RtFractions is { } fractions ? HtmlText.Escape(Regimen(total, fractions)) : "—");
            html.Append("</td><td class=\"num\">").Append(HtmlText.Fixed(comparison.Eqd2Gy, 1)).Append(" Gy</td><td class=\"num\">")
                .Append(comparison.DifferenceGy > 0 ? "+" : string.Empty).Append(HtmlText.Fixed(comparison.DifferenceGy, 1)).Append(" Gy</td><td>")
                .Append(HtmlText.Escape(ReportFacts.OutcomeText(comparison.Outcome))).Append("</td></tr>");
        }

        html.Append("</tbody></table>\n");
    }

    private static string Regimen(double totalGy, int fractions) => HtmlText.Number(totalGy, 2) + " Gy/" + HtmlText.Integer(fractions);

    private static void PlaceLabel(StringBuilder html, List<(double X, double Y, double W)> placed, double x, double y, string text, bool bold = false)
    {
        var width = text.Length * 4.6;
        if (x + width > Width - 2)
        {
            x = Math.Max(2, Width - 2 - width);
        }

        for (var attempt = 0; attempt < 12 && placed.Exists(p => Math.Abs(p.Y - y) < 9 && x < p.X + p.W && p.X < x + width); attempt++)
        {
            y += 9;
        }

        placed.Add((x, y, width));
        html.Append("<text x=\"").Append(HtmlText.Coordinate(x)).Append("\" y=\"").Append(HtmlText.Coordinate(y)).Append("\" font-size=\"8\"")
            .Append(bold ? " font-weight=\"700\"" : string.Empty).Append(" fill=\"#1a1a1a\">").Append(HtmlText.Escape(text)).Append("</text>");
    }

    private static void Marker(StringBuilder html, OutcomeCategory outcome, double x, double y)
    {
        string X(double v) => HtmlText.Coordinate(v);
        switch (outcome)
        {
            case OutcomeCategory.CompleteResponse:
                html.Append("<circle cx=\"").Append(X(x)).Append("\" cy=\"").Append(X(y)).Append("\" r=\"4\" fill=\"").Append(HtmlPalette.Blue).Append("\" stroke=\"#1a1a1a\" stroke-width=\"0.6\"/>");
                break;
            case OutcomeCategory.NearCompleteResponse:
                html.Append("<rect x=\"").Append(X(x - 3.5)).Append("\" y=\"").Append(X(y - 3.5)).Append("\" width=\"7\" height=\"7\" fill=\"").Append(HtmlPalette.BluishGreen).Append("\" stroke=\"#1a1a1a\" stroke-width=\"0.6\"/>");
                break;
            case OutcomeCategory.PartialResponse:
                html.Append("<path d=\"M").Append(X(x)).Append(' ').Append(X(y - 4.5)).Append(" L").Append(X(x + 4.5)).Append(' ').Append(X(y + 3.5)).Append(" L").Append(X(x - 4.5)).Append(' ').Append(X(y + 3.5))
                    .Append(" Z\" fill=\"").Append(HtmlPalette.Orange).Append("\" stroke=\"#1a1a1a\" stroke-width=\"0.6\"/>");
                break;
            case OutcomeCategory.NoImprovement:
                html.Append("<path d=\"M").Append(X(x - 4)).Append(' ').Append(X(y - 4)).Append(" L").Append(X(x + 4)).Append(' ').Append(X(y + 4)).Append(" M").Append(X(x + 4)).Append(' ').Append(X(y - 4))
                    .Append(" L").Append(X(x - 4)).Append(' ').Append(X(y + 4)).Append("\" stroke=\"").Append(HtmlPalette.Vermillion).Append("\" stroke-width=\"2\"/>");
                break;
            default:
                html.Append("<path d=\"M").Append(X(x)).Append(' ').Append(X(y - 4.5)).Append(" L").Append(X(x + 4.5)).Append(' ').Append(X(y)).Append(" L").Append(X(x)).Append(' ').Append(X(y + 4.5))
                    .Append(" L").Append(X(x - 4.5)).Append(' ').Append(X(y)).Append(" Z\" fill=\"#fff\" stroke=\"#4d4d4d\" stroke-width=\"1.2\"/>");
                break;
        }
    }

    private static string Star(double cx, double cy, double r)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? r : r * 0.45;
            var angle = (Math.PI / 5 * i) - (Math.PI / 2);
            sb.Append(i == 0 ? "M" : " L").Append(HtmlText.Coordinate(cx + (radius * Math.Cos(angle)))).Append(' ').Append(HtmlText.Coordinate(cy + (radius * Math.Sin(angle))));
        }

        return sb.Append(" Z").ToString();
    }
}
