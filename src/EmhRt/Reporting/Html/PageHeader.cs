using System.Globalization;
using System.Text;
using EmhRt.Planning;

namespace EmhRt.Reporting.Html;

/// <summary>The title area: case label, disclaimer, assessment time, tool version and protocol identity.</summary>
internal static class PageHeader
{
    /// <summary>The decision-support disclaimer.</summary>
    public const string Disclaimer = "Decision support, does not replace clinical judgement.";

    /// <summary>The page title (also the <c>&lt;title&gt;</c>), without escaping.</summary>
    public static string Title(PlanAssessment a, HtmlReportOptions options) =>
        "EMH radiotherapy plan check" + (string.IsNullOrWhiteSpace(options.Label) ? string.Empty : ": " + options.Label) + " (" + a.Ctv + ")";

    /// <summary>The assessment time as printed.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "not recorded";

    /// <summary>Appends the header.</summary>
    public static void Append(StringBuilder html, PlanAssessment a, ToolIdentity tool, HtmlReportOptions options)
    {
        html.Append("<header id=\"header\">\n<h1>EMH radiotherapy plan check");
        if (!string.IsNullOrWhiteSpace(options.Label))
        {
            html.Append(": <span class=\"label\">").Append(HtmlText.Escape(options.Label)).Append("</span>");
        }

        html.Append("</h1>\n<p class=\"disclaimer\" id=\"disclaimer\">").Append(Disclaimer).Append("</p>\n<dl class=\"ident\">");
        Item(html, "Assessed", Time(options.AssessedAt));
        Item(html, "Tool", tool.Name + " " + tool.Version);
        Item(html, "Protocol", a.Protocol.Id + " " + a.Protocol.Version);
        Item(html, "Protocol SHA-256", a.Protocol.Sha256);
        html.Append("</dl>\n</header>\n");
    }

    private static void Item(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(HtmlText.Escape(name)).Append("</dt><dd>").Append(HtmlText.Escape(value)).Append("</dd>");
}
