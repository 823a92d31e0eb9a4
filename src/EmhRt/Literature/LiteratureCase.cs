using EmhRt.Spine;

namespace EmhRt.Literature;

/// <summary>
/// One published case of extramedullary hematopoiesis (EMH), transcribed as the source prints it. Immutable.
/// </summary>
/// <remarks>
/// The shipped cases come from <c>cailleteau2023</c> (Table 1 and the authors' own case) and
/// <c>actabiomed2017</c> (one case); see <see cref="CaseLibrary.Default"/>. A value the source does not give is
/// <see langword="null"/>, never a guessed number. Each case is single-patient evidence.
/// </remarks>
public sealed record LiteratureCase
{
    private readonly string _lesion = string.Empty;

    /// <summary>Stable identifier, e.g. <c>cailleteau2023-t1-rice1980</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Citation key of the paper the case was read from (<c>cailleteau2023</c> or <c>actabiomed2017</c>).</summary>
    public required string CitationKey { get; init; }

    /// <summary>Where in the source the case is printed (table row, reference number).</summary>
    public required string SourceLocation { get; init; }

    /// <summary>First author of the original report as printed; <see langword="null"/> when the source does not print it.</summary>
    public string? FirstAuthor { get; init; }

    /// <summary>Year of the original report as printed.</summary>
    public required int Year { get; init; }

    /// <summary>Sex as the source reports it ("Man"/"Woman" in <c>cailleteau2023</c> Table 1); null when the source does not report it.</summary>
    public required Sex? Sex { get; init; }

    /// <summary>Age in years as printed; <see langword="null"/> when not given.</summary>
    public int? AgeYears { get; init; }

    /// <summary>Underlying disease as printed (for <c>cailleteau2023</c> Table 1 rows, from the table title).</summary>
    public required string Disease { get; init; }

    /// <summary>Presenting symptoms as printed ("NA" = not available in the source).</summary>
    public required string Symptoms { get; init; }

    /// <summary>Lesion span as printed, e.g. "T8-T12", "T2 to S1", "Cranial".</summary>
    public required string Lesion
    {
        get => _lesion;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _lesion = value;
            Regions = LesionRegionParser.Extract(value);
        }
    }

    /// <summary>
    /// Spinal regions the printed <see cref="Lesion"/> touches, including regions between the bounds of a span
    /// ("T2 to S1" is thoracic, lumbar and sacral). <see cref="SpineRegions.None"/> for a non-spinal lesion.
    /// </summary>
    public SpineRegions Regions { get; private init; }

    /// <summary>Treatment as printed.</summary>
    public required string Treatment { get; init; }

    /// <summary>
    /// <see langword="true"/> when the source lists surgery; <see langword="false"/> only when it says there was
    /// none; <see langword="null"/> when it does not state it.
    /// </summary>
    public bool? Surgery { get; init; }

    /// <summary>Whether the source reports radiotherapy for this case.</summary>
    public required bool Radiotherapy { get; init; }

    /// <summary>Total dose of the first radiotherapy course in Gy; <see langword="null"/> when not given.</summary>
    public double? RtTotalDoseGy { get; init; }

    /// <summary>Number of fractions of the first radiotherapy course; <see langword="null"/> when not given.</summary>
    public int? RtFractions { get; init; }

    /// <summary>Irradiated region as printed; <see langword="null"/> when not given.</summary>
    public string? RtField { get; init; }

    /// <summary>Outcome as printed.</summary>
    public required string Outcome { get; init; }

    /// <summary>Coarse category of the reported neurological outcome.</summary>
    public required OutcomeCategory OutcomeCategory { get; init; }

    /// <summary>Whether the source reports a recurrence after the first response.</summary>
    public bool RecurrenceReported { get; init; }

    /// <summary>Transcription remarks and disagreements with other sources; <see langword="null"/> when none.</summary>
    public string? Note { get; init; }

    /// <summary>Whether both the radiotherapy total dose and the number of fractions are known.</summary>
    public bool HasKnownRegimen => RtTotalDoseGy is not null && RtFractions is not null;

    /// <summary>
    /// EQD2 in Gy of the first radiotherapy course, or <see langword="null"/> when dose or fractions are unknown.
    /// </summary>
    /// <param name="alphaBetaGy">α/β in Gy, &gt; 0. 10 Gy for EMH tissue is an assumption: no published value was found.</param>
    /// <remarks>EQD2 = D·(1 + d/(α/β)) / (1 + 2/(α/β)), d = D/n (<c>fowler1989</c>).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alphaBetaGy"/> is not a finite positive number.</exception>
    public double? Eqd2Gy(double alphaBetaGy = CaseLibrary.DefaultAlphaBetaGy)
    {
        Guard.Positive(alphaBetaGy);
        return RtTotalDoseGy is { } dose && RtFractions is { } n ? LiteratureEqd2.Eqd2(dose, n, alphaBetaGy) : null;
    }
}
