using System.Text;
using EmhRt.Findings;
using EmhRt.Planning;

namespace EmhRt.Reporting.Html;

/// <summary>
/// The verdict at the top of the page: the highest severity as an icon (a shape, not only a colour) and in words, with
/// the count of warnings, cautions and info findings.
/// </summary>
internal static class VerdictBanner
{
    /// <summary>The headline words for a highest severity (null: no finding).</summary>
    public static string Words(Severity? highest) => VerdictText.Words(highest);

    /// <summary>The counts line, e.g. "1 warning, 2 cautions, 3 info".</summary>
    public static string Counts(PlanAssessment assessment) => VerdictText.Counts(assessment);

    /// <summary>The CSS class of a highest severity.</summary>
    public static string ClassOf(Severity? highest) => highest switch
    {
        Severity.Warning => "warning",
        Severity.Caution => "caution",
        Severity.Info => "info",
        _ => "pass",
    };

    /// <summary>Appends the banner.</summary>
    public static void Append(StringBuilder html, PlanAssessment assessment)
    {
        var highest = assessment.HighestSeverity;
        var css = ClassOf(highest);
        html.Append("<section class=\"verdict ").Append(css).Append("\" id=\"verdict\" aria-labelledby=\"verdict-title\">");
        AppendIcon(html, highest);
        html.Append("<div><h2 id=\"verdict-title\" class=\"words\" style=\"border:0;margin:0\">Verdict: ").Append(HtmlText.Escape(Words(highest))).Append("</h2>");
        html.Append("<p class=\"counts\">").Append(HtmlText.Escape(Counts(assessment)));
        html.Append(" (highest severity: ").Append(highest is { } h ? SeverityText.Format(h) : "none").Append(")</p></div></section>\n");
    }

    /// <summary>Appends the severity icon (decorative: the words carry the meaning).</summary>
    public static void AppendIcon(StringBuilder html, Severity? severity, int size = 40)
    {
        var s = HtmlText.Integer(size);
        html.Append("<svg class=\"icon\" width=\"").Append(s).Append("\" height=\"").Append(s).Append("\" viewBox=\"0 0 40 40\" aria-hidden=\"true\" focusable=\"false\">");
        switch (severity)
        {
            case Severity.Warning:
                html.Append("<path d=\"M20 3 L38 36 H2 Z\" fill=\"").Append(HtmlPalette.WarningText).Append("\"/>");
                html.Append("<rect x=\"18\" y=\"13\" width=\"4\" height=\"12\" fill=\"#fff\"/><rect x=\"18\" y=\"28\" width=\"4\" height=\"4\" fill=\"#fff\"/>");
                break;
            case Severity.Caution:
                html.Append("<path d=\"M20 2 L38 20 L20 38 L2 20 Z\" fill=\"").Append(HtmlPalette.CautionText).Append("\"/>");
                html.Append("<rect x=\"18\" y=\"10\" width=\"4\" height=\"13\" fill=\"#fff\"/><rect x=\"18\" y=\"26\" width=\"4\" height=\"4\" fill=\"#fff\"/>");
                break;
            case Severity.Info:
                html.Append("<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"").Append(HtmlPalette.InfoText).Append("\"/>");
                html.Append("<rect x=\"18\" y=\"17\" width=\"4\" height=\"13\" fill=\"#fff\"/><rect x=\"18\" y=\"10\" width=\"4\" height=\"4\" fill=\"#fff\"/>");
                break;
            default:
                html.Append("<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"").Append(HtmlPalette.PassText).Append("\"/>");
                html.Append("<path d=\"M11 21 L17 27 L29 13\" fill=\"none\" stroke=\"#fff\" stroke-width=\"4\"/>");
                break;
        }

        html.Append("</svg>");
    }
}
