using System.Text;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Scheduling;

namespace EmhRt.Reporting.Html;

/// <summary>The re-irradiation summary: the courses, the cumulative cord BED per level and the limits of nieder2006.</summary>
internal static class ReirradiationSection
{
    /// <summary>Appends the section (nothing when there is no prior course).</summary>
    public static void Append(StringBuilder html, PlanAssessment a, CitationNumbers citations)
    {
        if (a.Reirradiation is not { } re)
        {
            return;
        }

        html.Append("<section id=\"reirradiation\" aria-labelledby=\"reirradiation-title\"><h2 id=\"reirradiation-title\">Re-irradiation</h2>\n<p>");
        html.Append("Cumulative cord BED maximum <strong>").Append(HtmlText.Fixed(re.MaximumCumulativeBed.Gy, 1)).Append(" Gy₂</strong> (at α/β 2 Gy, the unit of the limits)");
        if (re.MaximumCumulativeBedLevelIndex is { } at)
        {
            html.Append(" at ").Append(HtmlText.Escape(a.LevelAt(at).ToString())).Append(" in the ").Append(ReportFacts.LevelTissue(re, at));
        }

        // The protocol's limits (nieder2006's by default), as the text report and the findings compare them.
        var p = a.Protocol;
        var bed = re.MaximumCumulativeBed.Gy;
        var caution = HtmlText.Number(p.ReirradiationCumulativeBedCautionGy2);
        var warning = HtmlText.Number(p.ReirradiationCumulativeBedWarningGy2);
        html.Append(" (").Append(bed <= p.ReirradiationCumulativeBedCautionGy2
            ? "≤ " + caution + " Gy₂: no myelopathy reported"
            : bed <= p.ReirradiationCumulativeBedWarningGy2 ? "&gt; " + caution + " Gy₂, ≤ " + warning + " Gy₂: risk appears small" : "&gt; " + warning + " Gy₂: beyond the reported experience");
        var courseLimit = HtmlText.Number(p.ReirradiationCourseBedLimitGy2);
        html.Append("); largest single-course BED ").Append(HtmlText.Fixed(re.LargestSingleCourseBed.Gy, 1)).Append(" Gy₂ (")
            .Append(re.LargestSingleCourseBed.Gy <= p.ReirradiationCourseBedLimitGy2 ? "≤ " + courseLimit + " Gy₂" : "&gt; " + courseLimit + " Gy₂").Append(')');
        if (re.ShortestIntervalMonths is { } months)
        {
            var minimum = HtmlText.Number(p.ReirradiationMinIntervalMonths);
            html.Append("; shortest interval ").Append(HtmlText.Integer(months)).Append(" months (").Append(months >= p.ReirradiationMinIntervalMonths ? "≥ " + minimum : "&lt; " + minimum).Append(')');
        }

        citations.AppendLink(html, Bibliography.Nieder2006);
        html.Append(".</p>\n");

        html.Append("<table id=\"courses\"><caption>Courses</caption><thead><tr><th scope=\"col\">Course</th><th scope=\"col\">Start</th><th scope=\"col\">Regimen</th><th scope=\"col\">Interval</th><th scope=\"col\">Counted</th></tr></thead><tbody>");
        var priorNumber = 0;
        foreach (var course in re.Courses)
        {
            var name = course.IsCurrent ? "this course" : "prior course " + HtmlText.Integer(++priorNumber);
            html.Append("<tr><th scope=\"row\">").Append(name).Append("</th><td>").Append(IsoDate.Format(course.Date)).Append("</td><td>")
                .Append(HtmlText.Escape(course.Fractionation.ToShortString())).Append(course.CordDoseMeasured ? " (measured cord Dmax)" : string.Empty).Append("</td><td class=\"num\">")
                .Append(course.IsCurrent ? "—" : HtmlText.Integer(course.IntervalMonths) + " months").Append("</td><td class=\"num\">")
                .Append(HtmlText.Number(course.RetainedFraction * 100)).Append(" %</td></tr>");
        }

        html.Append("</tbody></table>\n");

        if (!re.Levels.IsDefaultOrEmpty)
        {
            html.Append("<table id=\"reirradiation-levels\"><caption>Cumulative cord BED per level (Gy₂: at α/β 2 Gy, compared with the limits; and at the level's own α/β, not compared)</caption><thead><tr><th scope=\"col\">Level</th><th scope=\"col\">Tissue</th><th scope=\"col\">Cumulative BED (Gy₂)</th><th scope=\"col\">α/β</th><th scope=\"col\">Cumulative BED at that α/β</th><th scope=\"col\">Prior courses</th><th scope=\"col\">This course</th></tr></thead><tbody>");
            foreach (var level in re.Levels)
            {
                AppendLevel(html, a, level);
            }

            html.Append("</tbody></table>\n");
        }

        if (re.FullOverlapAssumed)
        {
            html.Append("<p class=\"note\">Prior courses without levels: full overlap with this course assumed.</p>\n");
        }

        foreach (var note in re.Notes)
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Escape(note)).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendLevel(StringBuilder html, PlanAssessment a, CordLevelDose level)
    {
        html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(a.LevelAt(level.LevelIndex).ToString())).Append("</th><td>")
            .Append(level.IsCaudaEquina ? TissueDose.CaudaEquina : TissueDose.SpinalCord).Append("</td><td class=\"num\">")
            .Append(HtmlText.Fixed(level.CumulativeBedGy2.Gy, 1)).Append(" Gy₂</td><td class=\"num\">")
            .Append(HtmlText.Number(level.AlphaBeta.Gy, 2)).Append(" Gy</td><td class=\"num\">").Append(HtmlText.Fixed(level.CumulativeBed.Gy, 1))
            .Append(' ').Append(HtmlText.Escape(BedUnitText.Format(level.AlphaBeta.Gy))).Append("</td><td class=\"num\">").Append(HtmlText.Integer(level.PriorCourseCount)).Append("</td><td>")
            .Append(level.InCurrentCourse ? "yes" : "no").Append(level.IsReirradiated ? " (re-irradiated)" : string.Empty).Append("</td></tr>");
    }
}
