using System.Text;

namespace EmhRt.Reporting.Html;

/// <summary>
/// Counts of values in fixed-width bins from 0, with one last bin for everything at or above the top: constant
/// memory whatever the number of values. Drawn as an inline SVG bar chart with a table of the counts as its text
/// alternative.
/// </summary>
internal sealed class Histogram
{
    private readonly long[] _counts;

    public Histogram(string name, string unit, double binWidth, int bins)
    {
        Name = name;
        Unit = unit;
        BinWidth = binWidth;
        _counts = new long[bins + 1];
    }

    public string Name { get; }

    public string Unit { get; }

    public double BinWidth { get; }

    public long Total { get; private set; }

    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        var bin = value < 0 ? 0 : (int)Math.Min(_counts.Length - 1, Math.Floor(value / BinWidth));
        _counts[bin]++;
        Total++;
    }

    private string BinLabel(int bin) => bin == _counts.Length - 1
        ? "≥ " + HtmlText.Number(bin * BinWidth, 1)
        : HtmlText.Number(bin * BinWidth, 1) + "–" + HtmlText.Number((bin + 1) * BinWidth, 1);

    /// <summary>Appends the chart and its table.</summary>
    public void Append(StringBuilder html, string id)
    {
        const double left = 44, top = 12, plotWidth = 560, plotHeight = 140, width = left + plotWidth + 16, height = top + plotHeight + 34;
        var max = Math.Max(1, _counts.Max());
        var barWidth = plotWidth / _counts.Length;
        html.Append("<figure id=\"").Append(id).Append("\"><svg role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" width=\"")
            .Append(HtmlText.Coordinate(width)).Append("\" height=\"").Append(HtmlText.Coordinate(height)).Append("\" viewBox=\"0 0 ").Append(HtmlText.Coordinate(width)).Append(' ')
            .Append(HtmlText.Coordinate(height)).Append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"8\"><title id=\"").Append(id).Append("-title\">Distribution of ")
            .Append(HtmlText.Escape(Name)).Append("</title><desc id=\"").Append(id).Append("-desc\">").Append(HtmlText.Integer((int)Math.Min(int.MaxValue, Total)))
            .Append(" plans in bins of ").Append(HtmlText.Number(BinWidth, 1)).Append(' ').Append(HtmlText.Escape(Unit)).Append("; the table below gives the counts.</desc>");
        html.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><g class=\"bars\">");
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] == 0)
            {
                continue;
            }

            var h = _counts[i] / (double)max * plotHeight;
            html.Append("<rect data-bin=\"").Append(HtmlText.Escape(BinLabel(i))).Append("\" data-count=\"").Append(_counts[i].ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append("\" x=\"").Append(HtmlText.Coordinate(left + (i * barWidth) + 0.5)).Append("\" y=\"").Append(HtmlText.Coordinate(top + plotHeight - h))
                .Append("\" width=\"").Append(HtmlText.Coordinate(barWidth - 1)).Append("\" height=\"").Append(HtmlText.Coordinate(h)).Append("\" fill=\"").Append(HtmlPalette.Blue).Append("\"/>");
        }

        html.Append("</g><g stroke=\"#1a1a1a\" stroke-width=\"0.6\"><line x1=\"").Append(HtmlText.Coordinate(left)).Append("\" y1=\"").Append(HtmlText.Coordinate(top + plotHeight))
            .Append("\" x2=\"").Append(HtmlText.Coordinate(left + plotWidth)).Append("\" y2=\"").Append(HtmlText.Coordinate(top + plotHeight)).Append("\"/></g>");
        for (var i = 0; i < _counts.Length; i += 5)
        {
            SpineDiagramSvg.Text(html, left + (i * barWidth), top + plotHeight + 11, HtmlText.Number(i * BinWidth, 1), "middle", 8);
        }

        SpineDiagramSvg.Text(html, left - 4, top + 6, max.ToString(System.Globalization.CultureInfo.InvariantCulture), "end", 8);
        SpineDiagramSvg.Text(html, left - 4, top + plotHeight, "0", "end", 8);
        SpineDiagramSvg.Text(html, left + (plotWidth / 2), top + plotHeight + 26, Name + " (" + Unit + ")", "middle", 9);
        html.Append("</svg></figure>\n<table class=\"histogram\"><caption>").Append(HtmlText.Escape(Name)).Append(": plans per bin</caption><thead><tr><th scope=\"col\">")
            .Append(HtmlText.Escape(Unit)).Append("</th><th scope=\"col\">Plans</th></tr></thead><tbody>");
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] > 0)
            {
                html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(BinLabel(i))).Append("</th><td class=\"num\">")
                    .Append(_counts[i].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</td></tr>");
            }
        }

        html.Append("</tbody></table>\n");
    }
}
