using EmhRt.Findings;
using EmhRt.Planning;

namespace EmhRt.Reporting;

/// <summary>The verdict shared by the text and HTML reports: the highest severity in words and the counts per severity.</summary>
internal static class VerdictText
{
    /// <summary>The headline words for a highest severity (null: no finding).</summary>
    public static string Words(Severity? highest) => highest switch
    {
        Severity.Warning => "Warning: review before treating",
        Severity.Caution => "Caution: check that this is intended",
        Severity.Info => "No warning or caution",
        _ => "No findings",
    };

    /// <summary>The counts, e.g. "1 warning, 2 cautions, 3 info".</summary>
    public static string Counts(PlanAssessment assessment)
    {
        int warnings = 0, cautions = 0, infos = 0;
        foreach (var finding in assessment.Findings)
        {
            switch (finding.Severity)
            {
                case Severity.Warning: warnings++; break;
                case Severity.Caution: cautions++; break;
                default: infos++; break;
            }
        }

        return Count(warnings, "warning") + ", " + Count(cautions, "caution") + ", " + infos.ToString(System.Globalization.CultureInfo.InvariantCulture) + " info";
    }

    /// <summary>One line: "Verdict: Warning: review before treating (1 warning, 0 cautions, 2 info)".</summary>
    public static string Line(PlanAssessment assessment) =>
        "Verdict: " + Words(assessment.HighestSeverity) + " (" + Counts(assessment) + ")";

    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
