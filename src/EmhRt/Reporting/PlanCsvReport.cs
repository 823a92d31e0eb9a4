using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Scheduling;

namespace EmhRt.Reporting;

/// <summary>
/// The CSV columns of <c>emhrt plan --format csv</c> and <c>emhrt batch</c> (public contract, in this order):
/// <c>line, id, status, highest_severity, finding_codes, ctv, ptv_length_mm, total_dose_gy, fractions,
/// dose_per_fraction_gy, bed_emh_gy, eqd2_emh_gy, bed_cord_gy, eqd2_cord_gy, end_date, error</c>.
/// </summary>
/// <remarks>
/// Numbers use <see cref="ReportNumber"/> (half away from zero, 3 decimals, invariant); dates are <c>yyyy-MM-dd</c>.
/// <c>status</c> is <c>findings</c> when a finding is at or above the caller's fail-on severity, <c>pass</c>
/// otherwise, and <c>invalid</c> (set by the batch engine) when the row could not be assessed.
/// </remarks>
public static class PlanCsvReport
{
    /// <summary>The <c>status</c> of a plan with no finding at or above the fail-on severity.</summary>
    public const string StatusPass = "pass";

    /// <summary>The <c>status</c> of a plan with a finding at or above the fail-on severity.</summary>
    public const string StatusFindings = "findings";

    /// <summary>The <c>status</c> of an input row that could not be assessed (written by the batch engine).</summary>
    public const string StatusInvalid = "invalid";

    /// <summary>The 16 column names, in order.</summary>
    public static ImmutableArray<string> Header { get; } =
    [
        "line", "id", "status", "highest_severity", "finding_codes", "ctv", "ptv_length_mm", "total_dose_gy",
        "fractions", "dose_per_fraction_gy", "bed_emh_gy", "eqd2_emh_gy", "bed_cord_gy", "eqd2_cord_gy",
        "end_date", "error",
    ];

    /// <summary>Index in <see cref="Header"/> of the first column in <see cref="PlanCsvValues"/> (<c>status</c>).</summary>
    public const int ValuesStartColumn = 2;

    /// <summary>The formatted cells <c>status</c> to <c>end_date</c> of one assessed plan.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="failOn">The lowest severity that makes the status <c>findings</c>; null: always <c>pass</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    internal static PlanCsvValues Values(PlanAssessment assessment, Severity? failOn) => Values(assessment, failOn, PlanCsvTexts.Direct);

    /// <summary>The formatted cells <c>status</c> to <c>end_date</c>, written by <paramref name="texts"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="failOn">The lowest severity that makes the status <c>findings</c>; null: always <c>pass</c>.</param>
    /// <param name="texts">Formats the values (<see cref="PlanCsvTexts.Direct"/>, or the batch engine's memo).</param>
    internal static PlanCsvValues Values(PlanAssessment assessment, Severity? failOn, PlanCsvTexts texts)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var regimen = assessment.Regimen;
        ref readonly var doses = ref assessment.Doses;
        var highest = assessment.HighestSeverity;
        return new PlanCsvValues(
            assessment.Passes(failOn) ? StatusPass : StatusFindings,
            highest is { } severity ? SeverityText.Format(severity) : null,
            texts.FindingCodes(assessment.PendingFindings),
            texts.Ctv(assessment.Ctv),
            assessment.Ptv is { } ptv ? texts.Number(ptv.PtvLengthMm) : null,
            texts.Number(regimen.TotalDose.Gy),
            regimen.Fractions.ToString(CultureInfo.InvariantCulture),
            texts.Number(regimen.DosePerFraction.Gy),
            texts.Number(doses.EmhBed.Gy),
            texts.Number(doses.EmhEqd2.Gy),
            texts.Number(doses.CordBed.Gy),
            texts.Number(doses.CordEqd2.Gy),
            assessment.Schedule is { } schedule ? texts.Date(schedule.EndDate) : null);
    }

    /// <summary>
    /// Writes the header and one row (<c>line</c> = 1, <c>error</c> empty) for <c>emhrt plan --format csv</c>:
    /// fields quoted per RFC 4180 when they hold a comma, a double quote, CR or LF (quotes doubled), <c>\n</c> line
    /// ends as in the batch output. An <paramref name="id"/> starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
    /// tab or CR is prefixed with <c>'</c> so that spreadsheets do not run it as a formula (OWASP).
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="failOn">The lowest severity that makes the status <c>findings</c>; null: always <c>pass</c>.</param>
    /// <param name="id">The plan's identifier, or empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteSingle(TextWriter writer, PlanAssessment assessment, Severity? failOn, string id = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(id);
        var values = Values(assessment, failOn);
        var line = new StringBuilder(256);
        for (var i = 0; i < Header.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            AppendField(line, Header[i]);
        }

        line.Append('\n');
        line.Append('1').Append(',');
        AppendField(line, GuardFormula(id));
        for (var i = 0; i < PlanCsvValues.Count; i++)
        {
            line.Append(',');
            AppendField(line, values[i]);
        }

        line.Append(',').Append('\n');
        writer.Write(line.ToString());
    }

    /// <summary>
    /// Characters that make a spreadsheet read a cell as a formula when it starts with one (CsvHelper's default injection
    /// characters: <c>= @ + -</c>, tab, carriage return). Cells starting with one get a <c>'</c> prefix.
    /// </summary>
    internal const string FormulaStartCharacters = "=@+-\t\r";

    /// <summary>
    /// Whether <paramref name="field"/> starts with one of <see cref="FormulaStartCharacters"/> and is not a plain
    /// number: <c>-001</c>, <c>-5.2</c>, <c>+3</c> or <c>-1e5</c> are numbers to a spreadsheet, not formulas, and stay as
    /// they are (so ids such as <c>-001</c> join back); <c>-1+1</c>, <c>=1</c> or <c>-A1</c> get the prefix.
    /// </summary>
    internal static bool StartsLikeFormula(string? field) =>
        field is { Length: > 0 } && FormulaStarts.Contains(field[0]) && !IsPlainNumber(field);

    /// <summary>A sign, digits with at most one decimal point (at least one digit), and an optional exponent: nothing a spreadsheet evaluates.</summary>
    internal static bool IsPlainNumber(ReadOnlySpan<char> field)
    {
        var i = 0;
        if (i < field.Length && field[i] is '+' or '-')
        {
            i++;
        }

        var digits = 0;
        var point = false;
        for (; i < field.Length; i++)
        {
            if (char.IsAsciiDigit(field[i]))
            {
                digits++;
            }
            else if (field[i] == '.' && !point)
            {
                point = true;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < field.Length && field[i] is 'e' or 'E')
        {
            i++;
            if (i < field.Length && field[i] is '+' or '-')
            {
                i++;
            }

            var exponentDigits = 0;
            for (; i < field.Length && char.IsAsciiDigit(field[i]); i++)
            {
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == field.Length;
    }

    private static readonly System.Buffers.SearchValues<char> FormulaStarts = System.Buffers.SearchValues.Create(FormulaStartCharacters);

    private static string GuardFormula(string field) => StartsLikeFormula(field) ? "'" + field : field;

    private static void AppendField(StringBuilder line, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(field);
            return;
        }

        line.Append('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                line.Append('"');
            }

            line.Append(c);
        }

        line.Append('"');
    }
}
