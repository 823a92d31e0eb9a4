using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Radiobiology;
using EmhRt.Scheduling;

namespace EmhRt.Reporting;

/// <summary>
/// The CSV columns of <c>emhrt plan --format csv</c> and <c>emhrt batch</c> (public contract, in this order):
/// <c>line, id, status, highest_severity, finding_codes, ctv, ptv_length_mm, geometry_source, total_dose_gy, fractions,
/// dose_per_fraction_gy, alpha_beta_emh_gy, bed_emh_at_alpha_beta_gy, eqd2_emh_gy, cord_tissue, alpha_beta_cord_gy,
/// bed_cord_at_alpha_beta_gy, eqd2_cord_gy, cord_check_measure, cord_check_gy, cord_check_limit_gy,
/// cumulative_bed_cord_gy2, start_date, end_date, overall_days, protocol_id, protocol_version, protocol_sha256, organs_near_field, organs_flagged, error</c>.
/// </summary>
/// <remarks>
/// <para>Numbers use <see cref="ReportNumber"/> (half away from zero, 3 decimals, invariant); dates are <c>yyyy-MM-dd</c>.
/// <c>status</c> is <c>findings</c> when a finding is at or above the caller's fail-on severity, <c>pass</c>
/// otherwise, and <c>invalid</c> (set by the batch engine) when the row could not be assessed: the same plan can be
/// <c>pass</c> under <c>--fail-on warning</c> and <c>findings</c> under <c>--fail-on caution</c>.</para>
/// <para>A BED column names its α/β (see <see cref="PlanCsvValues"/>). <c>error</c> is always the last column: a column
/// added in a minor change goes just before it, so the positions of the others never move.</para>
/// </remarks>
public static class PlanCsvReport
{
    /// <summary>The <c>status</c> of a plan with no finding at or above the fail-on severity.</summary>
    public const string StatusPass = "pass";

    /// <summary>The <c>status</c> of a plan with a finding at or above the fail-on severity.</summary>
    public const string StatusFindings = "findings";

    /// <summary>The <c>status</c> of an input row that could not be assessed (written by the batch engine).</summary>
    public const string StatusInvalid = "invalid";

    /// <summary>The 31 column names, in order.</summary>
    public static ImmutableArray<string> Header { get; } =
    [
        "line", "id", "status", "highest_severity", "finding_codes", "ctv", "ptv_length_mm", "geometry_source", "total_dose_gy",
        "fractions", "dose_per_fraction_gy", "alpha_beta_emh_gy", "bed_emh_at_alpha_beta_gy", "eqd2_emh_gy", "cord_tissue",
        "alpha_beta_cord_gy", "bed_cord_at_alpha_beta_gy", "eqd2_cord_gy", "cord_check_measure", "cord_check_gy",
        "cord_check_limit_gy", "cumulative_bed_cord_gy2", "start_date", "end_date", "overall_days", "protocol_id",
        "protocol_version", "protocol_sha256", "organs_near_field", "organs_flagged", "error",
    ];

    /// <summary><c>geometry_source</c> of a population geometry for a man.</summary>
    public const string GeometryPopulationMale = "population-male";

    /// <summary><c>geometry_source</c> of a population geometry for a woman.</summary>
    public const string GeometryPopulationFemale = "population-female";

    /// <summary><c>geometry_source</c> when no sex was given: the male population lengths (14 % longer than female) were used.</summary>
    public const string GeometryPopulationMaleDefault = "population-male-default";

    /// <summary><c>geometry_source</c> of a geometry measured on the patient (<c>--spine-geometry</c>).</summary>
    public const string GeometryPatient = "patient";

    /// <summary><c>cord_check_measure</c> for more than 5 fractions: cord EQD2 (Gy at the cord α/β) against the conventional limit.</summary>
    public const string CordCheckEqd2 = "eqd2";

    /// <summary><c>cord_check_measure</c> for 1–5 fractions: cord Dmax (physical Gy in that many fractions) against the short-course point.</summary>
    public const string CordCheckDmax = "dmax";

    /// <summary>Index in <see cref="Header"/> of the first column in <see cref="PlanCsvValues"/> (<c>status</c>).</summary>
    public const int ValuesStartColumn = 2;

    /// <summary>The formatted cells <c>status</c> to <c>protocol_sha256</c> of one assessed plan.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="failOn">The lowest severity that makes the status <c>findings</c>; null: always <c>pass</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    internal static PlanCsvValues Values(PlanAssessment assessment, Severity? failOn) => Values(assessment, failOn, PlanCsvTexts.Direct);

    /// <summary>The formatted cells <c>status</c> to <c>protocol_sha256</c>, written by <paramref name="texts"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="failOn">The lowest severity that makes the status <c>findings</c>; null: always <c>pass</c>.</param>
    /// <param name="texts">Formats the values (<see cref="PlanCsvTexts.Direct"/>, or the batch engine's memo).</param>
    internal static PlanCsvValues Values(PlanAssessment assessment, Severity? failOn, PlanCsvTexts texts)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var regimen = assessment.Regimen;
        ref readonly var doses = ref assessment.Doses;
        var highest = assessment.HighestSeverity;
        var protocol = assessment.Protocol;
        var shortCourse = regimen.Fractions <= SpinalCordTolerance.ShortCourseMaxFractions;
        var schedule = assessment.Schedule;
        var totalDose = texts.Number(regimen.TotalDose.Gy);
        var cordEqd2 = texts.Number(doses.CordEqd2.Gy);
        return new PlanCsvValues
        {
            Status = assessment.Passes(failOn) ? StatusPass : StatusFindings,
            HighestSeverity = highest is { } severity ? SeverityText.Format(severity) : null,
            FindingCodes = texts.FindingCodes(assessment.PendingFindings),
            Ctv = texts.Ctv(assessment.Ctv),
            PtvLengthMm = assessment.Ptv is { } ptv ? texts.Number(ptv.PtvLengthMm) : null,
            GeometrySource = GeometrySource(assessment),
            TotalDoseGy = totalDose,
            Fractions = texts.Number(regimen.Fractions),
            DosePerFractionGy = texts.Number(regimen.DosePerFraction.Gy),
            AlphaBetaEmhGy = texts.Number(doses.EmhAlphaBeta.Gy),
            BedEmhAtAlphaBetaGy = texts.Number(doses.EmhBed.Gy),
            Eqd2EmhGy = texts.Number(doses.EmhEqd2.Gy),
            CordTissue = doses.CordIsCaudaEquina ? TissueDose.CaudaEquina : TissueDose.SpinalCord,
            AlphaBetaCordGy = texts.Number(doses.CordAlphaBeta.Gy),
            BedCordAtAlphaBetaGy = texts.Number(doses.CordBed.Gy),
            Eqd2CordGy = cordEqd2,
            CordCheckMeasure = shortCourse ? CordCheckDmax : CordCheckEqd2,
            CordCheckGy = shortCourse ? (assessment.Request.CordMaxDose is { } measured ? texts.Number(measured.Gy) : totalDose) : cordEqd2,
            CordCheckLimitGy = texts.Number(shortCourse ? protocol.CordShortCourseGy(regimen.Fractions) : protocol.CordEqd2WarningGy),
            CumulativeBedCordGy2 = assessment.Reirradiation is { } re ? texts.Number(re.MaximumCumulativeBed.Gy) : null,
            StartDate = schedule is null ? null : texts.Date(schedule.ActualStart),
            EndDate = schedule is null ? null : texts.Date(schedule.EndDate),
            OverallDays = schedule is null ? null : texts.Number(schedule.OverallTreatmentTimeDays),
            ProtocolId = protocol.Id,
            ProtocolVersion = protocol.Version,
            ProtocolSha256 = protocol.Sha256,
            OrgansNearField = OrganList(assessment.OrgansInFieldMask),
            OrgansFlagged = OrganList(assessment.OrgansFlaggedMask),
        };
    }

    /// <summary>
    /// The <c>organs_near_field</c> / <c>organs_flagged</c> cell: organ ids (as in the JSON <c>organsAtRisk</c>) separated by
    /// <c>;</c>, in the fixed organ order; null (an empty cell) for none.
    /// </summary>
    private static string? OrganList(int mask)
    {
        if (mask == 0)
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        for (var organ = 0; organ < Organs.OrganModel.Count; organ++)
        {
            if ((mask & (1 << organ)) != 0)
            {
                text.Append(text.Length == 0 ? string.Empty : ";").Append(Organs.OrganModel.Slug((Organs.OrganAtRisk)organ));
            }
        }

        return text.ToString();
    }

    /// <summary>The <c>geometry_source</c> cell: the patient's own geometry, or the population one for the sex (male when none was given).</summary>
    private static string GeometrySource(PlanAssessment assessment) =>
        !assessment.Geometry.IsEstimate ? GeometryPatient
        : assessment.Request.Patient.Sex switch
        {
            Sex.Female => GeometryPopulationFemale,
            Sex.Male => GeometryPopulationMale,
            _ => GeometryPopulationMaleDefault,
        };

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

    internal static void AppendField(StringBuilder line, string? field)
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
