namespace EmhRt.Reporting;

/// <summary>
/// The formatted CSV cells of one assessed plan, columns <c>status</c> to <c>protocol_sha256</c> of
/// <see cref="PlanCsvReport.Header"/> (the batch engine adds <c>line</c>, <c>id</c> and <c>error</c>). Every text is
/// invariant; numbers use <see cref="ReportNumber"/>. <see langword="null"/> means an empty cell.
/// </summary>
/// <remarks>
/// BED columns carry their α/β in the name (issue 18): <c>_gy2</c> when the α/β is always 2 Gy (Gy₂, the unit of the
/// <c>nieder2006</c> limits), <c>_at_alpha_beta_gy</c> when it is the row's own α/β, given in the <c>alpha_beta_…_gy</c>
/// column just before it (a user or protocol value, so no fixed number can stand in the name).
/// </remarks>
internal readonly record struct PlanCsvValues
{
    /// <summary>Number of cells: 26 (<c>status</c> to <c>protocol_sha256</c>).</summary>
    public const int Count = 28;

    /// <summary><c>status</c>: <c>pass</c> or <c>findings</c> (depends on the caller's fail-on severity).</summary>
    public string? Status { get; init; }

    /// <summary><c>highest_severity</c>: <c>info</c>, <c>caution</c>, <c>warning</c>, or null without findings.</summary>
    public string? HighestSeverity { get; init; }

    /// <summary><c>finding_codes</c>: codes sorted ordinally, <c>;</c>-separated; null without findings.</summary>
    public string? FindingCodes { get; init; }

    /// <summary><c>ctv</c>: CTV segments, e.g. <c>T4-T9</c> or <c>T4-T11, L2-S2</c>.</summary>
    public string? Ctv { get; init; }

    /// <summary><c>ptv_length_mm</c> (mm); null without a PTV margin.</summary>
    public string? PtvLengthMm { get; init; }

    /// <summary><c>geometry_source</c>: <c>population-male</c>, <c>population-female</c>, <c>population-male-default</c> (no sex given) or <c>patient</c>.</summary>
    public string? GeometrySource { get; init; }

    /// <summary><c>total_dose_gy</c> (Gy).</summary>
    public string? TotalDoseGy { get; init; }

    /// <summary><c>fractions</c>.</summary>
    public string? Fractions { get; init; }

    /// <summary><c>dose_per_fraction_gy</c> (Gy).</summary>
    public string? DosePerFractionGy { get; init; }

    /// <summary><c>alpha_beta_emh_gy</c>: the EMH α/β used (Gy).</summary>
    public string? AlphaBetaEmhGy { get; init; }

    /// <summary><c>bed_emh_at_alpha_beta_gy</c>: BED of the EMH tissue, Gy at <see cref="AlphaBetaEmhGy"/>.</summary>
    public string? BedEmhAtAlphaBetaGy { get; init; }

    /// <summary><c>eqd2_emh_gy</c>: EQD2 of the EMH tissue (Gy).</summary>
    public string? Eqd2EmhGy { get; init; }

    /// <summary><c>cord_tissue</c>: <c>spinal cord</c>, or <c>cauda equina</c> when every irradiated level lies below the conus.</summary>
    public string? CordTissue { get; init; }

    /// <summary><c>alpha_beta_cord_gy</c>: the cord (or cauda equina) α/β used (Gy).</summary>
    public string? AlphaBetaCordGy { get; init; }

    /// <summary><c>bed_cord_at_alpha_beta_gy</c>: BED of the cord, Gy at <see cref="AlphaBetaCordGy"/>.</summary>
    public string? BedCordAtAlphaBetaGy { get; init; }

    /// <summary><c>eqd2_cord_gy</c>: EQD2 of the cord at <see cref="AlphaBetaCordGy"/> (Gy).</summary>
    public string? Eqd2CordGy { get; init; }

    /// <summary>
    /// <c>cord_check_measure</c>: what the cord limit is expressed in: <c>eqd2</c> (more than 5 fractions: cord EQD2 at
    /// <see cref="AlphaBetaCordGy"/> against the protocol's conventional limit) or <c>dmax</c> (1–5 fractions: the cord
    /// maximum, assumed to be the prescription, in physical Gy for this number of fractions, against the short-course point).
    /// </summary>
    public string? CordCheckMeasure { get; init; }

    /// <summary><c>cord_check_gy</c>: the cord figure compared with the limit, in the limit's unit (<see cref="CordCheckMeasure"/>).</summary>
    public string? CordCheckGy { get; init; }

    /// <summary>
    /// <c>cord_check_limit_gy</c>: the limit: the protocol's cord EQD2 warning limit (default 50 Gy, <c>marks2010</c>) or its
    /// short-course point for this number of fractions (default <c>sahgal2013</c>).
    /// </summary>
    public string? CordCheckLimitGy { get; init; }

    /// <summary><c>cumulative_bed_cord_gy2</c>: highest cumulative cord BED over the levels of this course, Gy₂ (α/β 2 Gy, <c>nieder2006</c>); null without earlier courses.</summary>
    public string? CumulativeBedCordGy2 { get; init; }

    /// <summary><c>start_date</c>: first treatment day, <c>yyyy-MM-dd</c>; null without a start date.</summary>
    public string? StartDate { get; init; }

    /// <summary><c>end_date</c>: last treatment day, <c>yyyy-MM-dd</c>; null without a start date.</summary>
    public string? EndDate { get; init; }

    /// <summary><c>overall_days</c>: first to last fraction, inclusive (days); null without a start date.</summary>
    public string? OverallDays { get; init; }

    /// <summary><c>protocol_id</c>.</summary>
    public string? ProtocolId { get; init; }

    /// <summary><c>protocol_version</c>.</summary>
    public string? ProtocolVersion { get; init; }

    /// <summary><c>protocol_sha256</c>: SHA-256 of the protocol's canonical JSON (lower-case hex).</summary>
    public string? ProtocolSha256 { get; init; }

    /// <summary><c>organs_near_field</c>: the organs that usually lie next to the irradiated levels (ids separated by <c>;</c>), or null.</summary>
    public string? OrgansNearField { get; init; }

    /// <summary>
    /// <c>organs_flagged</c>: of those, the organs a caution or warning names: the prescription could reach the organ's
    /// threshold (<c>ORGAN_THRESHOLD_REACHABLE</c>) or a measured dose is above its constraint
    /// (<c>ORGAN_DOSE_ABOVE_CONSTRAINT</c>); ids separated by <c>;</c>, or null.
    /// </summary>
    public string? OrgansFlagged { get; init; }

    /// <summary>The cell at <paramref name="index"/> (0 = <c>status</c>, 27 = <c>organs_flagged</c>); null for an empty cell.</summary>
    /// <param name="index">0–27.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0–27.</exception>
    public string? this[int index] => index switch
    {
        0 => Status,
        1 => HighestSeverity,
        2 => FindingCodes,
        3 => Ctv,
        4 => PtvLengthMm,
        5 => GeometrySource,
        6 => TotalDoseGy,
        7 => Fractions,
        8 => DosePerFractionGy,
        9 => AlphaBetaEmhGy,
        10 => BedEmhAtAlphaBetaGy,
        11 => Eqd2EmhGy,
        12 => CordTissue,
        13 => AlphaBetaCordGy,
        14 => BedCordAtAlphaBetaGy,
        15 => Eqd2CordGy,
        16 => CordCheckMeasure,
        17 => CordCheckGy,
        18 => CordCheckLimitGy,
        19 => CumulativeBedCordGy2,
        20 => StartDate,
        21 => EndDate,
        22 => OverallDays,
        23 => ProtocolId,
        24 => ProtocolVersion,
        25 => ProtocolSha256,
        26 => OrgansNearField,
        27 => OrgansFlagged,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "A cell index is 0 to 27."),
    };
}
