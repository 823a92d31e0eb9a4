using EmhRt.Planning;

namespace EmhRt.Reporting;

/// <summary>
/// A compact terminal report of a <see cref="PlanAssessment"/> for a radiation oncologist (text wrapped to
/// <see cref="TextReportOptions.Width"/> columns, <c>\n</c> line ends): the verdict line first (highest severity and
/// counts), then identity and disclaimer, lesion, CTV, PTV, treated-span coverage, regimen, a spine diagram,
/// BED/EQD2 table, spinal cord, schedule calendar, re-irradiation, findings by severity with citations, the
/// literature position and the full references of every citation key used.
/// </summary>
/// <remarks>
/// <para>The spine diagram shows one row per level from two levels above the highest of lesion, CTV, PTV border and
/// treated span to two below the lowest, with the level's top position (mm), the lesion (█), CTV (▓), PTV (░) and
/// treated span (│); the levels holding the PTV borders carry an arrow with the distance below the level's top.
/// Runs of more than 12 identical rows are collapsed into a <c>⋮</c> row.</para>
/// <para>Numbers are invariant; ANSI colour (bold headings, warning red, caution yellow, info cyan) only when asked.
/// Decision support only: it does not replace clinical judgement.</para>
/// </remarks>
public static class PlanTextReport
{
    /// <summary>Widest line written, in characters.</summary>
    public const int MaxWidth = 100;

    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="useColor">Whether to use ANSI colour codes (only for a terminal that shows them).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, PlanAssessment assessment, ToolIdentity tool, bool useColor) =>
        Write(writer, assessment, tool, new TextReportOptions { Width = MaxWidth, UseColor = useColor });

    /// <summary>Writes the report with the given width, detail and colour.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="options">Width (wrapped text), <see cref="TextReportOptions.Brief"/> and colour.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, PlanAssessment assessment, ToolIdentity tool, TextReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(options);
        new TextReportWriter(writer, assessment, tool, options).Write();
    }

    /// <summary>The report as a string (see <see cref="Write(TextWriter, PlanAssessment, ToolIdentity, bool)"/>).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="useColor">Whether to use ANSI colour codes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToText(PlanAssessment assessment, ToolIdentity tool, bool useColor) =>
        ToText(assessment, tool, new TextReportOptions { Width = MaxWidth, UseColor = useColor });

    /// <summary>The report as a string (see <see cref="Write(TextWriter, PlanAssessment, ToolIdentity, TextReportOptions)"/>).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="options">Width, detail and colour.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToText(PlanAssessment assessment, ToolIdentity tool, TextReportOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, assessment, tool, options);
        return writer.ToString();
    }
}
