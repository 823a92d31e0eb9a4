using System.Collections.Immutable;

namespace EmhRt.Organs;

/// <summary>
/// One organ that may lie in or near the field, with the threshold to check its dose against. EmhRt has no dose
/// distribution: it never says that a limit is met or broken, only whether the prescription could reach the threshold
/// if the whole organ received it (a worst case; clinical-facts-organs §2).
/// </summary>
public sealed record OrganNearField
{
    /// <summary>The organ.</summary>
    public required OrganAtRisk Organ { get; init; }

    /// <summary>Its name in clinical English, e.g. <c>kidneys</c>, <c>small bowel</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The irradiated levels (PTV or treated span) inside the organ's usual band, e.g. <c>T12-L2</c>.</summary>
    public required string IrradiatedLevels { get; init; }

    /// <summary>The organ's usual level band from the protocol, e.g. <c>T11-L3</c>.</summary>
    public required string UsualLevels { get; init; }

    /// <summary>Evidence for the band: <c>derived</c> (from cited landmarks) or <c>assumption</c> (not sourced).</summary>
    public required string LevelEvidence { get; init; }

    /// <summary>The threshold in words with its unit and endpoint, e.g. <c>mean dose of both kidneys 15 Gy (renal injury threshold; ...)</c>.</summary>
    public required string Threshold { get; init; }

    /// <summary>The threshold compared (Gy), or <see langword="null"/> when none is cited (thyroid).</summary>
    public double? ThresholdGy { get; init; }

    /// <summary>
    /// The prescription in the threshold's unit (Gy): EQD2 at the organ's α/β (the kidneys') or at the protocol's assumed
    /// α/β, or, for the testes, the scattered physical dose; <see langword="null"/> without a threshold.
    /// </summary>
    public double? PrescriptionGy { get; init; }

    /// <summary>How <see cref="PrescriptionGy"/> was obtained, with what is assumed.</summary>
    public required string Comparison { get; init; }

    /// <summary>
    /// Whether the prescription could reach the threshold if the whole organ received it (for the testes: by scatter);
    /// <see langword="null"/> when no threshold is cited.
    /// </summary>
    public bool? CouldReach { get; init; }

    /// <summary>Whether this organ raised a caution (kidneys, small bowel; ovaries of a woman) rather than an info.</summary>
    public bool Caution { get; init; }

    /// <summary>What was assumed about the patient for this organ (sex or age not given), or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Citation keys of the threshold and the level band (<see cref="Findings.Bibliography"/>).</summary>
    public required ImmutableArray<string> Citations { get; init; }
}
