namespace EmhRt.Findings;

/// <summary>
/// What the rules need to know about one EMH lesion relative to a proposed treated span
/// (<see cref="PlanFacts.TreatedSpanGiven"/>). Texts are written by the caller (e.g. <c>T5-T8</c>) so the rules
/// need no spine types.
/// </summary>
internal sealed record LesionFacts
{
    /// <summary>The lesion's levels as text, e.g. <c>T5-T8</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Whether every level of the lesion lies inside the proposed treated span.</summary>
    public bool Covered { get; init; } = true;

    /// <summary>The lesion's levels outside the treated span as text, e.g. <c>T8</c>; <see langword="null"/> when covered.</summary>
    public string? UncoveredLevelsText { get; init; }

    /// <summary>
    /// Whole vertebral levels of the treated span above the lesion's cranial end (levels, ≥ 0; 0 when the span
    /// starts at the lesion or inside it).
    /// </summary>
    public int MarginLevelsAbove { get; init; }

    /// <summary>Whole vertebral levels of the treated span below the lesion's caudal end (levels, ≥ 0).</summary>
    public int MarginLevelsBelow { get; init; }

    /// <summary>
    /// Levels that exist above the lesion in this patient's spine (0 for a lesion at C1), or <see langword="null"/>
    /// when unknown. A margin cannot be asked for where no level exists: the required margin is the smaller of
    /// the protocol's and this.
    /// </summary>
    public int? LevelsAvailableAbove { get; init; }

    /// <summary>Levels that exist below the lesion in this patient's spine (0 at the coccyx), or <see langword="null"/>.</summary>
    public int? LevelsAvailableBelow { get; init; }
}
