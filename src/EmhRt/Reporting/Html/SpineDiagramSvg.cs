using System.Collections.Immutable;
using System.Text;
using EmhRt.Planning;
using EmhRt.Spine;

namespace EmhRt.Reporting.Html;

/// <summary>
/// The spine drawn to scale as inline SVG: one SVG unit is one millimetre of the geometry in use (population
/// estimate or the patient's). Every measured vertebra is a labelled block (the level's height includes its disc,
/// drawn as a gap at the bottom of the block); beside it a millimetre ruler, one column each for the lesion, the CTV,
/// the PTV (borders labelled), the proposed treated span and every prior course (with its date), and a field ruler of
/// the protocol's single-field length for each PTV segment. Each column has its own fill pattern as well as colour.
/// </summary>
internal static class SpineDiagramSvg
{
    private const double HeaderHeight = 44;
    private const double RulerX = 34;
    private const double BlockX = 40;
    private const double BlockWidth = 44;
    private const double ColumnStart = 96;
    private const double ColumnWidth = 22;
    private const double ColumnStep = 28;
    private const double PriorWidth = 26;
    private const double PriorStep = 34;
    private const double FieldStep = 20;
    private const double LegendRow = 13;

    /// <summary>Screen pixels per millimetre of the drawing (print fits it to the page height instead).</summary>
    private const double DisplayScale = 1.5;

    private sealed record Bar(double TopMm, double BottomMm, bool Outline = false);

    private sealed record Column(string Header, string? SubHeader, string Pattern, double Width, List<Bar> Bars);

    /// <summary>Appends the figure: the SVG, its caption and the text alternative.</summary>
    public static void Append(StringBuilder html, PlanAssessment a)
    {
        var geometry = a.Geometry;
        var anatomy = geometry.Anatomy;
        var ptv = a.Ptv;
        var columns = BuildColumns(a);

        var minMm = geometry.TopMm;
        var maxMm = geometry.BottomMm;
        var fieldMm = a.Protocol.SingleFieldLengthMm;
        ImmutableArray<double> segmentTops = ptv is null ? [] : ptv.PtvSegmentTopsMm;
        if (ptv is not null)
        {
            minMm = Math.Min(minMm, ptv.PtvTopMm);
            maxMm = Math.Max(maxMm, ptv.PtvBottomMm);
            foreach (var top in segmentTops)
            {
                maxMm = Math.Max(maxMm, top + fieldMm);
            }
        }

        double Y(double mm) => HeaderHeight + (mm - minMm);

        var x = ColumnStart;
        var columnX = new List<double>();
        foreach (var column in columns)
        {
            columnX.Add(x);
            x += column.Width == PriorWidth ? PriorStep : ColumnStep;
        }

        var fieldX = x + 4;
        var labelX = fieldX + (segmentTops.Length * FieldStep) + 10;
        var width = labelX + 200;
        var legendTop = Y(maxMm) + 20;
        var legendRows = columns.Count + (segmentTops.IsEmpty ? 0 : 1) + 1;
        var height = legendTop + (legendRows * LegendRow) + 8;

        var desc = Description(a, columns);
        html.Append("<figure id=\"spine\" aria-labelledby=\"spine-caption\">\n");
        html.Append("<svg role=\"img\" aria-labelledby=\"spine-svg-title spine-svg-desc\" width=\"")
            .Append(HtmlText.Coordinate(width * DisplayScale)).Append("\" height=\"").Append(HtmlText.Coordinate(height * DisplayScale))
            .Append("\" viewBox=\"0 0 ").Append(HtmlText.Coordinate(width)).Append(' ').Append(HtmlText.Coordinate(height))
            .Append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"7\">\n");
        html.Append("<title id=\"spine-svg-title\">Spine diagram drawn to scale (1 unit = 1 mm)</title>\n<desc id=\"spine-svg-desc\">").Append(HtmlText.Escape(desc)).Append("</desc>\n");
        AppendPatterns(html);
        html.Append("<rect x=\"0\" y=\"0\" width=\"").Append(HtmlText.Coordinate(width)).Append("\" height=\"").Append(HtmlText.Coordinate(height)).Append("\" fill=\"#fff\"/>\n");

        // Millimetre ruler.
        html.Append("<g class=\"mm-ruler\" stroke=\"#1a1a1a\" stroke-width=\"0.5\">");
        Line(html, RulerX, Y(geometry.TopMm), RulerX, Y(geometry.BottomMm));
        var firstTick = Math.Ceiling(geometry.TopMm / 10) * 10;
        for (var mm = firstTick; mm <= geometry.BottomMm; mm += 10)
        {
            var major = Math.Abs(mm % 100) < 1e-9;
            Line(html, RulerX - (major ? 6 : (Math.Abs(mm % 50) < 1e-9 ? 4 : 2)), Y(mm), RulerX, Y(mm));
        }

        html.Append("</g>\n<g class=\"mm-labels\" font-size=\"6\" text-anchor=\"end\" fill=\"#1a1a1a\">");
        for (var mm = Math.Ceiling(geometry.TopMm / 100) * 100; mm <= geometry.BottomMm; mm += 100)
        {
            Text(html, RulerX - 7, Y(mm) + 2, HtmlText.Number(mm, 0));
        }

        html.Append("</g>\n");
        Text(html, RulerX, HeaderHeight - 16, "mm", "end");
        Text(html, BlockX + (BlockWidth / 2), HeaderHeight - 16, "level", "middle");

        // Vertebrae.
        html.Append("<g class=\"vertebrae\">");
        for (var i = 0; i < anatomy.LevelCount; i++)
        {
            var level = anatomy.LevelAt(i);
            if (!geometry.Covers(level))
            {
                continue;
            }

            var top = geometry.TopOf(level);
            var levelHeight = geometry.HeightOf(level);
            // A measured geometry gives its gaps (discs); a population level's height includes its disc, drawn as a
            // schematic gap of 15 % (at most 3 mm).
            var measuredGap = geometry.BottomOf(level) - geometry.BodyBottomOf(level);
            var disc = measuredGap > 0 ? measuredGap : geometry.IsEstimate ? Math.Min(3, levelHeight * 0.15) : 0;
            html.Append("<rect class=\"vertebra\" data-level=\"").Append(HtmlText.Escape(level.ToString())).Append("\" x=\"").Append(HtmlText.Coordinate(BlockX))
                .Append("\" y=\"").Append(HtmlText.Coordinate(Y(top))).Append("\" width=\"").Append(HtmlText.Coordinate(BlockWidth))
                .Append("\" height=\"").Append(HtmlText.Coordinate(Math.Max(0.5, levelHeight - disc))).Append("\" rx=\"2\" fill=\"#e6e6e6\" stroke=\"#4d4d4d\" stroke-width=\"0.6\"/>");
            var fontSize = Math.Min(7, Math.Max(3, levelHeight - disc - 2));
            html.Append("<text x=\"").Append(HtmlText.Coordinate(BlockX + (BlockWidth / 2))).Append("\" y=\"").Append(HtmlText.Coordinate(Y(top) + ((levelHeight - disc) / 2) + (fontSize * 0.35)))
                .Append("\" font-size=\"").Append(HtmlText.Coordinate(fontSize)).Append("\" text-anchor=\"middle\" fill=\"#1a1a1a\">").Append(HtmlText.Escape(level.ToString())).Append("</text>\n");
        }

        html.Append("</g>\n");

        // The conus: the protocol's conus level ends the spinal cord; below it the canal holds the cauda equina.
        string conusCaption = string.Empty;
        if (Spine.SpineNotation.ParseLevel(a.Protocol.ConusLevel, anatomy) is { Success: true } conus && geometry.Covers(conus.Value))
        {
            var conusY = Y(geometry.BottomOf(conus.Value));
            html.Append("<g class=\"conus\">");
            Line(html, BlockX - 4, conusY, BlockX + BlockWidth + 4, conusY, "#1a1a1a");
            html.Append("<line x1=\"").Append(HtmlText.Coordinate(BlockX - 4)).Append("\" y1=\"").Append(HtmlText.Coordinate(conusY))
                .Append("\" x2=\"").Append(HtmlText.Coordinate(BlockX + BlockWidth + 4)).Append("\" y2=\"").Append(HtmlText.Coordinate(conusY))
                .Append("\" stroke=\"#ffffff\" stroke-width=\"0.8\" stroke-dasharray=\"2 2\"/>");
            Text(html, BlockX - 6, conusY + 2, "conus", "end", 5);
            html.Append("</g>\n");
            conusCaption = " The line across the vertebrae marks the end of the spinal cord at the bottom of the protocol's conus level ("
                + HtmlText.Escape(conus.Value.ToString()) + "; the mean tip lies in the lower third of L1, range mid-T12 to L3, saifuddin1998): below it the canal holds the cauda equina.";
        }

        // Columns.
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var cx = columnX[c];
            html.Append("<g class=\"column\" data-column=\"").Append(HtmlText.Escape(column.Header)).Append("\">");
            Text(html, cx + (column.Width / 2), HeaderHeight - 16, column.Header, "middle");
            if (column.SubHeader is not null)
            {
                Text(html, cx + (column.Width / 2), HeaderHeight - 8, column.SubHeader, "middle", 5);
            }

            foreach (var bar in column.Bars)
            {
                html.Append("<rect x=\"").Append(HtmlText.Coordinate(cx)).Append("\" y=\"").Append(HtmlText.Coordinate(Y(bar.TopMm)))
                    .Append("\" width=\"").Append(HtmlText.Coordinate(column.Width)).Append("\" height=\"").Append(HtmlText.Coordinate(Math.Max(0.5, bar.BottomMm - bar.TopMm)));
                html.Append(bar.Outline
                    ? "\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>"
                    : "\" fill=\"url(#" + column.Pattern + ")\" stroke=\"#1a1a1a\" stroke-width=\"0.6\"/>");
            }

            html.Append("</g>\n");
        }

        // PTV border labels.
        if (ptv is not null)
        {
            var ptvColumn = columns.FindIndex(c => c.Pattern == "pat-ptv");
            var from = columnX[ptvColumn] + ColumnWidth;
            html.Append("<g class=\"ptv-borders\" font-size=\"6.5\" fill=\"#1a1a1a\">");
            BorderLabel(html, from, labelX, Y(ptv.PtvTopMm), "PTV superior border: " + ptv.SuperiorBorder, -2);
            BorderLabel(html, from, labelX, Y(ptv.PtvBottomMm), "PTV inferior border: " + ptv.InferiorBorder, 7);
            html.Append("</g>\n");
        }

        // Field rulers.
        for (var s = 0; s < segmentTops.Length; s++)
        {
            var fx = fieldX + (s * FieldStep) + 4;
            var top = segmentTops[s];
            html.Append("<g class=\"field-ruler\" data-length-mm=\"").Append(HtmlText.Number(fieldMm, 1)).Append("\" stroke=\"#1a1a1a\" stroke-width=\"0.8\">");
            Line(html, fx, Y(top), fx, Y(top + fieldMm));
            for (var cm = 0.0; cm <= fieldMm + 1e-9; cm += 100)
            {
                Line(html, fx - 3, Y(top + cm), fx + 3, Y(top + cm));
            }

            html.Append("</g>");
            Text(html, fx, HeaderHeight - 16, segmentTops.Length == 1 ? "field" : "field " + HtmlText.Integer(s + 1), "middle", 6);
            Text(html, fx, HeaderHeight - 8, HtmlText.Number(fieldMm / 10, 1) + " cm", "middle", 5.5);
            for (var cm = 100.0; cm <= fieldMm + 1e-9; cm += 100)
            {
                Text(html, fx + 4, Y(top + cm) - 1.5, HtmlText.Number(cm / 10, 0), "start", 5);
            }
        }

        // Legend.
        html.Append("<g class=\"legend\" font-size=\"7\" fill=\"#1a1a1a\">");
        var ly = legendTop;
        Text(html, BlockX, ly - 6, "Legend", "start", 7);
        html.Append("<rect x=\"").Append(HtmlText.Coordinate(BlockX)).Append("\" y=\"").Append(HtmlText.Coordinate(ly)).Append("\" width=\"16\" height=\"9\" rx=\"2\" fill=\"#e6e6e6\" stroke=\"#4d4d4d\" stroke-width=\"0.6\"/>");
        Text(html, BlockX + 22, ly + 7, geometry.IsEstimate ? "vertebra (its height includes the disc, drawn as the gap below it)" : "vertebra as measured (gaps: discs)", "start");
        ly += LegendRow;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (!seen.Add(column.Pattern))
            {
                continue;
            }

            html.Append("<rect x=\"").Append(HtmlText.Coordinate(BlockX)).Append("\" y=\"").Append(HtmlText.Coordinate(ly)).Append("\" width=\"16\" height=\"9\" fill=\"url(#")
                .Append(column.Pattern).Append(")\" stroke=\"#1a1a1a\" stroke-width=\"0.6\"/>");
            Text(html, BlockX + 22, ly + 7, LegendText(column.Pattern), "start");
            ly += LegendRow;
        }

        if (!segmentTops.IsEmpty)
        {
            Line(html, BlockX + 8, ly, BlockX + 8, ly + 9, "#1a1a1a");
            Text(html, BlockX + 22, ly + 7, "field ruler: " + HtmlText.Number(fieldMm / 10, 1) + " cm from the top of each PTV segment, ticks every 10 cm", "start");
        }

        html.Append("</g>\n</svg>\n");
        html.Append("<figcaption id=\"spine-caption\">Spine drawn to scale from the geometry in use (").Append(HtmlText.Escape(geometry.IsEstimate ? "population estimate" : "patient geometry"))
            .Append("); positions in mm, caudal positive").Append(geometry.IsEstimate ? " from the top of C1" : string.Empty).Append('.').Append(conusCaption).Append("</figcaption>\n");
        AppendAlternative(html, a, columns);
        html.Append("</figure>\n");
    }

    private static string LegendText(string pattern) => pattern switch
    {
        "pat-lesion" => "lesion (cross-hatched)",
        "pat-ctv" => "CTV (diagonal hatching)",
        "pat-ptv" => "PTV (dotted)",
        "pat-treated" => "proposed treated span (vertical lines)",
        _ => "prior course (horizontal lines; dashed outline: levels not given, full overlap assumed)",
    };

    private static List<Column> BuildColumns(PlanAssessment a)
    {
        var geometry = a.Geometry;
        var columns = new List<Column>
        {
            new("lesion", null, "pat-lesion", ColumnWidth, Bars(a, a.Request.Lesions)),
            new("CTV", null, "pat-ctv", ColumnWidth, Bars(a, a.Ctv.Segments)),
        };
        if (a.Ptv is { } ptv)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < ptv.PtvSegmentTopsMm.Length; i++)
            {
                bars.Add(new Bar(ptv.PtvSegmentTopsMm[i], ptv.PtvSegmentTopsMm[i] + ptv.PtvSegmentLengthsMm[i]));
            }

            columns.Add(new Column("PTV", null, "pat-ptv", ColumnWidth, bars));
        }

        if (a.Coverage is { } coverage)
        {
            columns.Add(new Column("treated", null, "pat-treated", ColumnWidth, Bars(a, coverage.TreatedSpans)));
        }

        var number = 0;
        foreach (var prior in a.Request.PriorCourses)
        {
            number++;
            List<Bar> bars;
            if (prior.LevelIndices is { } indices)
            {
                bars = Bars(a, Runs(geometry.Anatomy, indices));
            }
            else
            {
                bars = [.. Bars(a, [a.Ctv.Extent]).Select(b => b with { Outline = true })];
            }

            columns.Add(new Column("prior " + HtmlText.Integer(number), Scheduling.IsoDate.Format(prior.Date), "pat-prior", PriorWidth, bars));
        }

        return columns;
    }

    private static List<VertebralSpan> Runs(SpineAnatomy anatomy, IEnumerable<int> indices)
    {
        var spans = new List<VertebralSpan>();
        int? start = null, previous = null;
        foreach (var index in indices)
        {
            if (previous is { } p && index == p + 1)
            {
                previous = index;
                continue;
            }

            if (start is { } s)
            {
                spans.Add(VertebralSpan.Create(anatomy.LevelAt(s), anatomy.LevelAt(previous!.Value)));
            }

            start = previous = index;
        }

        if (start is { } last)
        {
            spans.Add(VertebralSpan.Create(anatomy.LevelAt(last), anatomy.LevelAt(previous!.Value)));
        }

        return spans;
    }

    /// <summary>The measured part of each span as a bar (levels outside the geometry's range are left out).</summary>
    private static List<Bar> Bars(PlanAssessment a, IEnumerable<VertebralSpan> spans)
    {
        var geometry = a.Geometry;
        var anatomy = geometry.Anatomy;
        var bars = new List<Bar>();
        foreach (var span in spans)
        {
            double? top = null, bottom = null;
            for (var i = anatomy.IndexOf(span.Cranial); i <= anatomy.IndexOf(span.Caudal); i++)
            {
                var level = anatomy.LevelAt(i);
                if (geometry.Covers(level))
                {
                    top ??= geometry.TopOf(level);
                    bottom = geometry.BottomOf(level);
                }
            }

            if (top is { } t && bottom is { } b)
            {
                bars.Add(new Bar(t, b));
            }
        }

        return bars;
    }

    private static string Description(PlanAssessment a, List<Column> columns)
    {
        var sb = new StringBuilder();
        sb.Append("Vertebrae ").Append(a.Geometry.MeasuredRange.ToString()).Append(" drawn to scale (").Append(a.Geometry.IsEstimate ? "population estimate" : "patient geometry").Append("). ");
        foreach (var line in AlternativeLines(a, columns))
        {
            sb.Append(line).Append(". ");
        }

        return sb.ToString().TrimEnd();
    }

    private static IEnumerable<string> AlternativeLines(PlanAssessment a, List<Column> columns)
    {
        yield return "Lesion " + SpineNotation.Format(a.Request.Lesions) + ": " + Ranges(columns[0].Bars);
        yield return "CTV " + a.Ctv + ": " + Ranges(columns[1].Bars);
        if (a.Ptv is { } ptv)
        {
            yield return "PTV: " + Ranges(columns[2].Bars) + "; superior border " + ptv.SuperiorBorder + "; inferior border " + ptv.InferiorBorder +
                "; length " + HtmlText.Fixed(ptv.PtvLengthMm, 1) + " mm, " + (ReportFacts.FitsSingleField(a, ptv) ? "fits" : "does not fit") + " one " +
                HtmlText.Number(a.Protocol.SingleFieldLengthMm / 10, 1) + " cm field";
        }

        if (a.Coverage is { } coverage)
        {
            yield return "Proposed treated span " + SpineNotation.Format(coverage.TreatedSpans) + ": " + Ranges(columns.First(c => c.Pattern == "pat-treated").Bars);
        }

        var number = 0;
        foreach (var column in columns.Where(c => c.Pattern == "pat-prior"))
        {
            var prior = a.Request.PriorCourses[number++];
            yield return "Prior course " + HtmlText.Integer(number) + " on " + Scheduling.IsoDate.Format(prior.Date) + ", " + prior.Fractionation.ToShortString() + ": " +
                (prior.LevelIndices is null ? "levels not given, full overlap with this course assumed" : Ranges(column.Bars));
        }
    }

    private static string Ranges(List<Bar> bars) =>
        bars.Count == 0
            ? "outside the measured levels"
            : string.Join(", ", bars.Select(b => HtmlText.Fixed(b.TopMm, 1) + " to " + HtmlText.Fixed(b.BottomMm, 1) + " mm"));

    private static void AppendAlternative(StringBuilder html, PlanAssessment a, List<Column> columns)
    {
        html.Append("<div class=\"alt\" id=\"spine-text\"><p>Text alternative of the spine diagram (positions in mm, caudal positive):</p><ul>");
        foreach (var line in AlternativeLines(a, columns))
        {
            html.Append("<li>").Append(HtmlText.Escape(line)).Append("</li>");
        }

        html.Append("</ul></div>\n");
    }

    private static void AppendPatterns(StringBuilder html)
    {
        html.Append("<defs>");
        Pattern(html, "pat-lesion", HtmlPalette.Vermillion, "<path d=\"M0 0 L6 6 M6 0 L0 6\" stroke=\"#1a1a1a\" stroke-width=\"0.9\"/>");
        Pattern(html, "pat-ctv", HtmlPalette.Orange, "<path d=\"M-1 1 L1 -1 M0 6 L6 0 M5 7 L7 5\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"/>");
        Pattern(html, "pat-ptv", HtmlPalette.SkyBlue, "<circle cx=\"3\" cy=\"3\" r=\"1\" fill=\"#1a1a1a\"/>");
        Pattern(html, "pat-treated", HtmlPalette.BluishGreen, "<path d=\"M3 0 L3 6\" stroke=\"#1a1a1a\" stroke-width=\"0.9\"/>");
        Pattern(html, "pat-prior", HtmlPalette.ReddishPurple, "<path d=\"M0 3 L6 3\" stroke=\"#1a1a1a\" stroke-width=\"0.9\"/>");
        html.Append("</defs>\n");
    }

    private static void Pattern(StringBuilder html, string id, string colour, string marks) =>
        html.Append("<pattern id=\"").Append(id).Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"")
            .Append(colour).Append("\"/>").Append(marks).Append("</pattern>");

    private static void BorderLabel(StringBuilder html, double fromX, double labelX, double y, string text, double dy)
    {
        html.Append("<path d=\"M").Append(HtmlText.Coordinate(fromX)).Append(' ').Append(HtmlText.Coordinate(y)).Append(" H").Append(HtmlText.Coordinate(labelX - 2))
            .Append("\" stroke=\"#1a1a1a\" stroke-width=\"0.6\" stroke-dasharray=\"2 1.5\"/>");
        Text(html, labelX, y + dy, text, "start", 6.5);
    }

    private static void Line(StringBuilder html, double x1, double y1, double x2, double y2, string? stroke = null)
    {
        html.Append("<line x1=\"").Append(HtmlText.Coordinate(x1)).Append("\" y1=\"").Append(HtmlText.Coordinate(y1)).Append("\" x2=\"").Append(HtmlText.Coordinate(x2))
            .Append("\" y2=\"").Append(HtmlText.Coordinate(y2)).Append('"');
        if (stroke is not null)
        {
            html.Append(" stroke=\"").Append(stroke).Append('"');
        }

        html.Append("/>");
    }

    internal static void Text(StringBuilder html, double x, double y, string text, string anchor = "start", double? size = null)
    {
        html.Append("<text x=\"").Append(HtmlText.Coordinate(x)).Append("\" y=\"").Append(HtmlText.Coordinate(y)).Append('"');
        if (anchor != "start")
        {
            html.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (size is { } s)
        {
            html.Append(" font-size=\"").Append(HtmlText.Coordinate(s)).Append('"');
        }

        html.Append(" fill=\"#1a1a1a\">").Append(HtmlText.Escape(text)).Append("</text>");
    }
}
