using System.Globalization;
using System.Text;
using EmhRt.Findings;

namespace EmhRt.Reporting.Html;

/// <summary>
/// One HTML page summarising a batch of plans (<c>emhrt batch … --report summary.html</c>): counts by status and by
/// finding code, histograms of the EMH EQD2 and the PTV length, and the first <see cref="MaxListedRows"/> rows whose
/// highest finding is a warning, each with its input line and id. Rows are added one by one as the batch writes
/// them; memory stays constant (fixed bins, one counter per finding code, at most <see cref="MaxListedRows"/> rows
/// kept), whatever the size of the batch.
/// </summary>
/// <remarks>
/// The same rules as the plan page apply: no URL, a Content-Security-Policy that loads nothing, no script, every
/// piece of user text (ids, file names) escaped, invariant numbers. Not thread-safe: add rows from one thread.
/// Decision support only: it does not replace clinical judgement.
/// </remarks>
public sealed class BatchHtmlSummary
{
    /// <summary>Rows with warnings listed on the page at most: 100 (the rest are counted).</summary>
    public const int MaxListedRows = 100;

    private readonly Dictionary<string, long> _codes = new(StringComparer.Ordinal);
    private readonly List<(long Line, string? Id, string Codes)> _warnings = [];
    private readonly Histogram _eqd2 = new("EMH EQD2", "Gy", 2, 30);
    private readonly Histogram _ptv = new("PTV length", "mm", 25, 32);

    /// <summary>Plans without a finding at or above the batch's threshold.</summary>
    public long Passed { get; private set; }

    /// <summary>Plans with a finding at or above the threshold.</summary>
    public long WithFindings { get; private set; }

    /// <summary>Rows that could not be assessed.</summary>
    public long Invalid { get; private set; }

    /// <summary>Plans whose highest finding is a warning.</summary>
    public long WithWarnings { get; private set; }

    /// <summary>Adds an invalid row.</summary>
    public void AddInvalid() => Invalid++;

    /// <summary>Adds an assessed plan.</summary>
    /// <param name="line">Input line where the row starts.</param>
    /// <param name="id">The row's id, if any.</param>
    /// <param name="passes">Whether the plan passes the batch's <c>--fail-on</c>.</param>
    /// <param name="highest">The highest finding severity, or null.</param>
    /// <param name="findingCodes">The finding codes.</param>
    /// <param name="eqd2EmhGy">EMH EQD2 (Gy).</param>
    /// <param name="ptvLengthMm">PTV length (mm), null without a PTV.</param>
    public void Add(long line, string? id, bool passes, Severity? highest, IReadOnlyList<string> findingCodes, double? eqd2EmhGy, double? ptvLengthMm)
    {
        ArgumentNullException.ThrowIfNull(findingCodes);
        if (passes)
        {
            Passed++;
        }
        else
        {
            WithFindings++;
        }

        foreach (var code in findingCodes)
        {
            _codes[code] = _codes.TryGetValue(code, out var count) ? count + 1 : 1;
        }

        if (eqd2EmhGy is { } eqd2)
        {
            _eqd2.Add(eqd2);
        }

        if (ptvLengthMm is { } ptv)
        {
            _ptv.Add(ptv);
        }

        if (highest == Severity.Warning)
        {
            WithWarnings++;
            if (_warnings.Count < MaxListedRows)
            {
                _warnings.Add((line, id, string.Join(", ", findingCodes)));
            }
        }
    }

    /// <summary>The page.</summary>
    /// <param name="tool">The producing tool.</param>
    /// <param name="input">The input's name (file name or "standard input"); escaped.</param>
    /// <param name="assessedAt">When the batch ran; null prints "not recorded".</param>
    public string ToHtml(ToolIdentity tool, string input, DateTimeOffset? assessedAt)
    {
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(input);
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
            .Append(HtmlPageWriter.ContentSecurityPolicy).Append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>EMH radiotherapy batch summary: ")
            .Append(HtmlText.Escape(input)).Append("</title>\n<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n<div class=\"top\">\n<header id=\"header\"><h1>EMH radiotherapy batch summary</h1>\n<p class=\"disclaimer\">")
            .Append(PageHeader.Disclaimer).Append("</p>\n<dl class=\"ident\"><dt>Input</dt><dd>").Append(HtmlText.Escape(input)).Append("</dd><dt>Run</dt><dd>")
            .Append(PageHeader.Time(assessedAt)).Append("</dd><dt>Tool</dt><dd>").Append(HtmlText.Escape(tool.Name + " " + tool.Version)).Append("</dd></dl></header>\n");

        var total = Passed + WithFindings + Invalid;
        var css = WithWarnings > 0 ? "warning" : WithFindings > 0 ? "caution" : Invalid > 0 ? "caution" : "pass";
        html.Append("<section class=\"verdict ").Append(css).Append("\" id=\"verdict\" aria-labelledby=\"verdict-title\">");
        VerdictBanner.AppendIcon(html, WithWarnings > 0 ? Severity.Warning : WithFindings > 0 || Invalid > 0 ? Severity.Caution : null);
        html.Append("<div><h2 id=\"verdict-title\" class=\"words\" style=\"border:0;margin:0\">")
            .Append(Count(total)).Append(" rows: ").Append(Count(Passed)).Append(" passed, ").Append(Count(WithFindings)).Append(" with findings, ").Append(Count(Invalid))
            .Append(" invalid</h2><p class=\"counts\">").Append(Count(WithWarnings)).Append(" plans with a warning</p></div></section>\n</div>\n<main>\n");

        html.Append("<section id=\"status\" aria-labelledby=\"status-title\"><h2 id=\"status-title\">Counts</h2>\n<table id=\"by-status\"><caption>Rows by status</caption><thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Rows</th></tr></thead><tbody>");
        Row(html, "pass", Passed);
        Row(html, "findings", WithFindings);
        Row(html, "invalid", Invalid);
        html.Append("</tbody></table>\n<table id=\"by-code\"><caption>Plans by finding code</caption><thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Plans</th></tr></thead><tbody>");
        foreach (var (code, count) in _codes.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            Row(html, code, count, code: true);
        }

        html.Append("</tbody></table></section>\n<section id=\"distributions\" aria-labelledby=\"distributions-title\"><h2 id=\"distributions-title\">Distributions</h2>\n");
        _eqd2.Append(html, "hist-eqd2");
        _ptv.Append(html, "hist-ptv");
        html.Append("</section>\n<section id=\"warnings\" aria-labelledby=\"warnings-title\"><h2 id=\"warnings-title\">Plans with a warning</h2>\n<p>");
        html.Append(WithWarnings <= MaxListedRows
            ? "All " + Count(WithWarnings) + " listed"
            : "The first " + Count(MaxListedRows) + " of " + Count(WithWarnings) + " listed (at most " + Count(MaxListedRows) + ")");
        html.Append("; <em>line</em> is the input line where the row starts, as in the <code>line</code> column of the batch output.</p>\n<table id=\"warning-rows\"><caption>Rows with a warning</caption><thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Id</th><th scope=\"col\">Finding codes</th></tr></thead><tbody>");
        foreach (var (line, id, codes) in _warnings)
        {
            html.Append("<tr><th scope=\"row\">").Append(line.ToString(CultureInfo.InvariantCulture)).Append("</th><td>").Append(HtmlText.Escape(id)).Append("</td><td>")
                .Append(HtmlText.Escape(codes)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder html, string name, long count, bool code = false) =>
        html.Append("<tr><th scope=\"row\">").Append(code ? "<code>" : string.Empty).Append(HtmlText.Escape(name)).Append(code ? "</code>" : string.Empty)
            .Append("</th><td class=\"num\">").Append(Count(count)).Append("</td></tr>");
}
