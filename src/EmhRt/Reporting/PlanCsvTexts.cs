using EmhRt.Findings;
using EmhRt.Scheduling;
using EmhRt.Volumes;

namespace EmhRt.Reporting;

/// <summary>
/// How <see cref="PlanCsvReport.Values(Planning.PlanAssessment, Severity?)"/> writes its cells: numbers
/// (<see cref="ReportNumber"/>), the CTV, dates and the finding codes. This one formats every value; the batch engine
/// derives one that memoises the texts of values that repeat across a file (pure functions of the value, so the cells
/// are the same). The composition of the row stays in <see cref="PlanCsvReport"/>.
/// </summary>
internal class PlanCsvTexts
{
    /// <summary>Formats every value, caching nothing.</summary>
    public static PlanCsvTexts Direct { get; } = new();

    /// <summary><see cref="ReportNumber.Format(double)"/>.</summary>
    public virtual string Number(double value) => ReportNumber.Format(value);

    /// <summary>The CTV's segments, e.g. <c>T4-T11, L2-S2</c>.</summary>
    public virtual string Ctv(ClinicalTargetVolume ctv) => ctv.ToString();

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public virtual string Date(DateOnly date) => IsoDate.Format(date);

    /// <summary>The distinct codes of <paramref name="findings"/>, sorted ordinally and <c>;</c>-separated; null when there are none.</summary>
    public virtual string? FindingCodes(ReadOnlySpan<PendingFinding> findings) => JoinCodes(findings);

    /// <summary>The distinct codes of <paramref name="findings"/>, sorted ordinally and <c>;</c>-separated; null when there are none.</summary>
    public static string? JoinCodes(ReadOnlySpan<PendingFinding> findings)
    {
        switch (findings.Length)
        {
            case 0:
                return null;
            case 1:
                return findings[0].Code;
        }

        var codes = new string[findings.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = findings[i].Code;
        }

        return JoinDistinct(codes);
    }

    /// <summary>The distinct <paramref name="codes"/> (sorted in place), <c>;</c>-separated.</summary>
    public static string JoinDistinct(string[] codes)
    {
        Array.Sort(codes, StringComparer.Ordinal);
        var count = 1;
        for (var i = 1; i < codes.Length; i++)
        {
            if (!string.Equals(codes[i], codes[count - 1], StringComparison.Ordinal))
            {
                codes[count++] = codes[i];
            }
        }

        return count == 1 ? codes[0] : string.Join(';', codes, 0, count);
    }
}
