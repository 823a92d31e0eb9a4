using EmhRt.Planning;

namespace EmhRt.Reporting.Html;

/// <summary>
/// One self-contained HTML page of a <see cref="PlanAssessment"/> (<c>emhrt plan --format html</c>): header with the
/// disclaimer, the verdict banner, findings with numbered citations, volumes and the spine drawn to scale (inline SVG),
/// regimen and BED/EQD2 tables, the cord statement, re-irradiation, the calendar as month grids, the literature chart,
/// the references, a review block, and the exact <c>--format json</c> document in a
/// <c>&lt;script type="application/json" id="emhrt-data"&gt;</c> block.
/// </summary>
/// <remarks>
/// <para>Self-contained and inert: no URL of any kind except in-page anchors, a Content-Security-Policy that loads
/// nothing, no script other than the JSON data block; it works with scripts disabled. Every piece of user text is
/// HTML-escaped. Deterministic: the same assessment, tool and options give the same bytes under every culture
/// (numbers are invariant; the assessment time is printed only when given).</para>
/// <para>Size budget: one plan's page stays under <see cref="SizeBudgetBytes"/> (tested for a long re-irradiation
/// plan). Decision support only: it does not replace clinical judgement.</para>
/// </remarks>
public static class PlanHtmlReport
{
    /// <summary>The size budget of one plan's page: 200 KB (204,800 bytes of UTF-8).</summary>
    public const int SizeBudgetBytes = 200 * 1024;

    /// <summary>The page as a string (<c>\n</c> line ends).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="options">Label and assessment time; <see langword="null"/> for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="tool"/> is null.</exception>
    public static string ToHtml(PlanAssessment assessment, ToolIdentity tool, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(tool);
        var json = PlanJsonReport.ToJson(assessment, tool, indented: true) + "\n";
        return HtmlPageWriter.Build(assessment, tool, options ?? HtmlReportOptions.Default, json);
    }

    /// <summary>Writes the page (see <see cref="ToHtml"/>).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="options">Label and assessment time; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    public static void Write(TextWriter writer, PlanAssessment assessment, ToolIdentity tool, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToHtml(assessment, tool, options));
    }
}
