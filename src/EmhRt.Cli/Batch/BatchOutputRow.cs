namespace EmhRt.Cli.Batch;

/// <summary>
/// What a processor returns for one row. The engine adds <c>line</c> and <c>id</c> from the input row.
/// Every string is already formatted with the invariant culture (null = empty cell / omitted JSON member).
/// </summary>
/// <remarks>
/// JSON Lines output: when <see cref="Json"/> is set it is written after <c>"line"</c> and <c>"id"</c>; it must
/// be a complete JSON object (<c>{...}</c>, one line, without <c>line</c> and <c>id</c>). When it is null the
/// writer serialises the CSV columns below (numbers as JSON numbers, <c>finding_codes</c> as an array).
/// </remarks>
internal readonly struct BatchOutputRow
{
    /// <summary>The <c>status</c> column.</summary>
    public required BatchRowStatus Status { get; init; }

    /// <summary>
    /// Rank of the highest finding severity (0 info, 1 caution, 2 warning), used for the exit code;
    /// -1 when the row has no findings.
    /// </summary>
    public int HighestSeverityRank { get; init; }

    /// <summary><c>highest_severity</c>, e.g. <c>warning</c>.</summary>
    public string? HighestSeverity { get; init; }

    /// <summary><c>finding_codes</c>: finding codes, sorted, <c>;</c>-separated.</summary>
    public string? FindingCodes { get; init; }

    /// <summary><c>ctv</c>: the clinical target volume as vertebral levels, e.g. <c>T4-T9</c>.</summary>
    public string? Ctv { get; init; }

    /// <summary><c>ptv_length_mm</c> (mm).</summary>
    public string? PtvLengthMm { get; init; }

    /// <summary><c>total_dose_gy</c> (Gy).</summary>
    public string? TotalDoseGy { get; init; }

    /// <summary><c>fractions</c>.</summary>
    public string? Fractions { get; init; }

    /// <summary><c>dose_per_fraction_gy</c> (Gy).</summary>
    public string? DosePerFractionGy { get; init; }

    /// <summary><c>bed_emh_gy</c> (Gy).</summary>
    public string? BedEmhGy { get; init; }

    /// <summary><c>eqd2_emh_gy</c> (Gy).</summary>
    public string? Eqd2EmhGy { get; init; }

    /// <summary><c>bed_cord_gy</c> (Gy).</summary>
    public string? BedCordGy { get; init; }

    /// <summary><c>eqd2_cord_gy</c> (Gy).</summary>
    public string? Eqd2CordGy { get; init; }

    /// <summary><c>end_date</c>: last treatment day (ISO date).</summary>
    public string? EndDate { get; init; }

    /// <summary><c>error</c>: why the row is invalid, e.g. <c>column dose: '2,5' is not a number</c>.</summary>
    public string? Error { get; init; }

    /// <summary>Optional pre-serialised JSON object for JSON Lines output (see remarks).</summary>
    public string? Json { get; init; }

    /// <summary>An invalid row with its error message.</summary>
    public static BatchOutputRow Invalid(string error) =>
        new() { Status = BatchRowStatus.Invalid, HighestSeverityRank = -1, Error = error };
}
