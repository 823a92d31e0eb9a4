using System.Text;
using EmhRt.Literature;
using EmhRt.Planning;

namespace EmhRt.Reporting.Html;

/// <summary>
/// The published EMH radiotherapy cases with a known regimen (from the assessment's literature position) plotted as
/// EQD2 (at the literature α/β) against year of publication, one marker shape per outcome, each point labelled with
/// first author and year, and the proposed plan's EQD2 highlighted as a dashed line with a star; followed by the same
/// cases as a table.
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

        var points = new List<(int Year, double Eqd2, CaseComparison Case)>();
        foreach (var comparison in literature.Nearest)
        {
            points.Add((comparison.Case.Year, comparison.Eqd2Gy, comparison));
        }

        var planEqd2 = literature.ProposedEqd2Gy;
        var firstYear = points.Count == 0 ? 2000 : points.Min(p => p.Year);
        var lastYear = points.Count == 0 ? 2020 : points.Max(p => p.Year);
        var xMin = (Math.Floor(firstYear / 5.0) * 5) - 1;
        var xMax = (Math.Ceiling(lastYear / 5.0) * 5) + 1;
        var maxEqd2 = Math.Max(planEqd2, points.Count == 0 ? 0 : points.Max(p => p.Eqd2));
        var yMax = Math.Max(10, Math.Ceiling((maxEqd2 + 2) / 10) * 10);
        double X(double year) => Left + ((year - xMin) / (xMax - xMin) * PlotWidth);
        double Y(double eqd2) => Top + PlotHeight - (eqd2 / yMax * PlotHeight);

        html.Append("<figure id=\"literature-chart\" aria-labelledby=\"literature-caption\">\n<svg role=\"img\" aria-labelledby=\"lit-svg-title lit-svg-desc\" width=\"")
            .Append(HtmlText.Coordinate(Width)).Append("\" height=\"").Append(HtmlText.Coordinate(Height)).Append("\" viewBox=\"0 0 ")
            .Append(HtmlText.Coordinate(Width)).Append(' ').Append(HtmlText.Coordinate(Height)).Append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"9\">\n");
        html.Append("<title id=\"lit-svg-title\">Published EMH radiotherapy cases: EQD2 at α/β ").Append(HtmlText.Number(literature.AlphaBetaGy, 2)).Append(" Gy by year of publication</title>\n<desc id=\"lit-svg-desc\">")
            .Append(HtmlText.Escape(HtmlText.Integer(points.Count) + " published cases with a known regimen; the proposed plan, " + Regimen(literature.ProposedTotalDoseGy, literature.ProposedFractions) + " (EQD2 " + HtmlText.Fixed(planEqd2, 1) + " Gy), is the star and the dashed line. The table below lists every point."))
            .Append("</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");

        // Axes and grid.
        html.Append("<g class=\"axes\" stroke=\"#999\" stroke-width=\"0.5\">");
        for (var v = xMin + 1; v <= xMax - 1 + 1e-9; v += 5)
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
        for (var v = xMin + 1; v <= xMax - 1 + 1e-9; v += 5)
        {
            SpineDiagramSvg.Text(html, X(v), Top + PlotHeight + 11, HtmlText.Number(v, 0), "middle", 8);
        }

        for (var v = 0.0; v <= yMax + 1e-9; v += 10)
        {
            SpineDiagramSvg.Text(html, Left - 4, Y(v) + 3, HtmlText.Number(v, 0), "end", 8);
        }

        SpineDiagramSvg.Text(html, Left + (PlotWidth / 2), Top + PlotHeight + 26, "year of publication", "middle", 9);
        html.Append("<text x=\"12\" y=\"").Append(HtmlText.Coordinate(Top + (PlotHeight / 2))).Append("\" transform=\"rotate(-90 12 ").Append(HtmlText.Coordinate(Top + (PlotHeight / 2)))
            .Append(")\" text-anchor=\"middle\" fill=\"#1a1a1a\">EQD2 (Gy, α/β ").Append(HtmlText.Number(literature.AlphaBetaGy, 2)).Append(" Gy)</text></g>\n");

        // The plan: a dashed line at its EQD2 across the years, and a star at the right end.
        var placed = new List<(double X, double Y, double W)>();
        var sy = Y(planEqd2);
        var sx = Left + PlotWidth - 12;
        html.Append("<g class=\"plan\"><path d=\"M").Append(HtmlText.Coordinate(Left)).Append(' ').Append(HtmlText.Coordinate(sy)).Append(" H").Append(HtmlText.Coordinate(Left + PlotWidth))
            .Append("\" stroke=\"").Append(HtmlPalette.Blue).Append("\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>");
        html.Append("<path d=\"").Append(Star(sx, sy, 9)).Append("\" fill=\"").Append(HtmlPalette.Blue).Append("\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
        var planLabel = "this plan, " + Regimen(literature.ProposedTotalDoseGy, literature.ProposedFractions) + ": EQD2 " + HtmlText.Fixed(planEqd2, 1) + " Gy";
        PlaceLabel(html, placed, Left + PlotWidth - 14 - (planLabel.Length * 4.9), sy - 5, planLabel, bold: true);
        html.Append("</g>\n");

        // Points, grouped by year and EQD2 so that one label names every case at the same place. Markers are placed
        // first, so that no label covers another case's marker.
        var groups = points.GroupBy(p => (p.Year, p.Eqd2)).OrderBy(g => g.Key.Eqd2).ThenBy(g => g.Key.Year).ToList();
        foreach (var group in groups)
        {
            placed.Add((X(group.Key.Year) - 5, Y(group.Key.Eqd2) + 3, 10 + ((group.Count() - 1) * 7)));
        }

        html.Append("<g class=\"cases\">");
        foreach (var group in groups)
        {
            var px = X(group.Key.Year);
            var py = Y(group.Key.Eqd2);
            var index = 0;
            foreach (var point in group)
            {
                Marker(html, point.Case.Outcome, px + (index * 7), py);
                index++;
            }

            var label = string.Join(", ", group.Select(p => CaseName(p.Case.Case)));
            PlaceLabel(html, placed, px + 6 + ((index - 1) * 7), py + 3, label, leftX: px - 6);
        }

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

    /// <summary>"Rice 1980", or the citation key (which carries the year) when the first author is not known.</summary>
    internal static string CaseName(LiteratureCase c) => c.FirstAuthor is { Length: > 0 } author ? author + " " + HtmlText.Integer(c.Year) : c.CitationKey;

    private static string Regimen(double totalGy, int fractions) => HtmlText.Number(totalGy, 2) + " Gy/" + HtmlText.Integer(fractions);

    /// <summary>
    /// Writes a label at the first free place among: right of the point, left of it, then lower and lower on the right;
    /// "free" means overlapping no label or marker placed before.
    /// </summary>
    private static void PlaceLabel(StringBuilder html, List<(double X, double Y, double W)> placed, double x, double y, string text, bool bold = false, double? leftX = null)
    {
        var width = text.Length * 4.6;
        bool Free(double cx, double cy) => !placed.Exists(p => Math.Abs(p.Y - cy) < 9 && cx < p.X + p.W && p.X < cx + width);
        double Fit(double cx) => Math.Max(2, Math.Min(cx, Width - 2 - width));

        var (bestX, bestY) = (Fit(x), y);
        if (!Free(bestX, bestY))
        {
            if (leftX is { } left && Free(Fit(left - width), y))
            {
                bestX = Fit(left - width);
            }
            else
            {
                for (var attempt = 0; attempt < 12 && !Free(bestX, bestY); attempt++)
                {
                    bestY += 9;
                }
            }
        }

        placed.Add((bestX, bestY, width));
        html.Append("<text x=\"").Append(HtmlText.Coordinate(bestX)).Append("\" y=\"").Append(HtmlText.Coordinate(bestY)).Append("\" font-size=\"8\"")
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
