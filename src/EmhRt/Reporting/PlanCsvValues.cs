namespace EmhRt.Reporting;

/// <summary>
/// The formatted CSV cells of one assessed plan, columns <c>status</c> to <c>end_date</c> of
/// <see cref="PlanCsvReport.Header"/> (the batch engine adds <c>line</c>, <c>id</c> and <c>error</c>). Every text is
/// invariant; numbers use <see cref="ReportNumber"/>. <see langword="null"/> means an empty cell.
/// </summary>
/// <param name="Status"><c>status</c>: <c>pass</c> or <c>findings</c>.</param>
/// <param name="HighestSeverity"><c>highest_severity</c>: <c>info</c>, <c>caution</c>, <c>warning</c>, or null without findings.</param>
/// <param name="FindingCodes"><c>finding_codes</c>: codes sorted ordinally, <c>;</c>-separated; null without findings.</param>
/// <param name="Ctv"><c>ctv</c>: CTV segments, e.g. <c>T4-T9</c> or <c>T4-T11, L2-S2</c>.</param>
/// <param name="PtvLengthMm"><c>ptv_length_mm</c> (mm); null without a PTV margin.</param>
/// <param name="TotalDoseGy"><c>total_dose_gy</c> (Gy).</param>
/// <param name="Fractions"><c>fractions</c>.</param>
/// <param name="DosePerFractionGy"><c>dose_per_fraction_gy</c> (Gy).</param>
/// <param name="BedEmhGy"><c>bed_emh_gy</c>: BED of the EMH tissue (Gy at its α/β).</param>
/// <param name="Eqd2EmhGy"><c>eqd2_emh_gy</c>: EQD2 of the EMH tissue (Gy).</param>
/// <param name="BedCordGy"><c>bed_cord_gy</c>: BED of the spinal cord (Gy at its α/β).</param>
/// <param name="Eqd2CordGy"><c>eqd2_cord_gy</c>: EQD2 of the spinal cord (Gy).</param>
/// <param name="EndDate"><c>end_date</c>: last treatment day, <c>yyyy-MM-dd</c>; null without a start date.</param>
internal readonly record struct PlanCsvValues(
    string Status,
    string? HighestSeverity,
    string? FindingCodes,
    string Ctv,
    string? PtvLengthMm,
    string TotalDoseGy,
    string Fractions,
    string DosePerFractionGy,
    string BedEmhGy,
    string Eqd2EmhGy,
    string BedCordGy,
    string Eqd2CordGy,
    string? EndDate)
{
    /// <summary>Number of cells: 13 (<c>status</c> to <c>end_date</c>).</summary>
    public const int Count = 13;

    /// <summary>The cell at <paramref name="index"/> (0 = <c>status</c>, 12 = <c>end_date</c>); null for an empty cell.</summary>
    /// <param name="index">0–12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0–12.</exception>
    public string? this[int index] => index switch
    {
        0 => Status,
        1 => HighestSeverity,
        2 => FindingCodes,
        3 => Ctv,
        4 => PtvLengthMm,
        5 => TotalDoseGy,
        6 => Fractions,
        7 => DosePerFractionGy,
        8 => BedEmhGy,
        9 => Eqd2EmhGy,
        10 => BedCordGy,
        11 => Eqd2CordGy,
        12 => EndDate,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "A cell index is 0 to 12."),
    };
}
