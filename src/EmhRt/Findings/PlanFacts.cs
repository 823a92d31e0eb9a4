using System.Collections.Immutable;

namespace EmhRt.Findings;

/// <summary>
/// The facts about one plan that <see cref="FindingRules"/> reads: primitives computed by the caller from the
/// prescription, the volumes, the dose model and the patient. Units: dose in Gy, BED in Gy₂ (α/β 2 Gy), lengths
/// in mm, time in months, age in years. Missing information is <see langword="null"/> (or a default noted on
/// the property), never a made-up number.
/// </summary>
internal sealed record PlanFacts
{
    /// <summary>Prescribed total dose (Gy, finite, &gt; 0).</summary>
    public required double TotalDoseGy { get; init; }

    /// <summary>Number of fractions (≥ 1).</summary>
    public required int Fractions { get; init; }

    /// <summary>Dose per fraction (Gy, finite, &gt; 0): the prescription's total divided by its fractions.</summary>
    public required double DosePerFractionGy { get; init; }

    /// <summary>Spinal cord EQD2 of this course (Gy, finite, ≥ 0) at <see cref="CordAlphaBetaGy"/> (fowler1989).</summary>
    public required double CordEqd2Gy { get; init; }

    /// <summary>α/β used for the cord (Gy, &gt; 0): 2 cervical/thoracic, 4 lumbar by default (nieder2006).</summary>
    public required double CordAlphaBetaGy { get; init; }

    /// <summary>EQD2 of the EMH target (Gy, finite, ≥ 0), or <see langword="null"/> when not computed.</summary>
    public double? EmhEqd2Gy { get; init; }

    /// <summary>Whether the user proposed a treated span; lesion coverage and margin rules run only then.</summary>
    public bool TreatedSpanGiven { get; init; }

    /// <summary>The lesions relative to the proposed treated span (read only when <see cref="TreatedSpanGiven"/>).</summary>
    public ImmutableArray<LesionFacts> Lesions { get; init; } = [];

    /// <summary>Whether the CTV level margin would have run above C1 and was stopped there.</summary>
    public bool CtvClampedCranially { get; init; }

    /// <summary>Whether the CTV level margin would have run below the coccyx and was stopped there.</summary>
    public bool CtvClampedCaudally { get; init; }

    /// <summary>Number of separate CTV spans (≥ 1 when a CTV exists; 0 when there is none).</summary>
    public int CtvSegmentCount { get; init; } = 1;

    /// <summary>Untreated levels between consecutive CTV spans (one entry per gap, each ≥ 1; empty for one span).</summary>
    public ImmutableArray<int> CtvGapLevels { get; init; } = [];

    /// <summary>The CTV spans as text, e.g. <c>T4-T9, L4-S3</c>; <see langword="null"/> when not given.</summary>
    public string? CtvSegmentsText { get; init; }

    /// <summary>Vertebral levels in the CTV, all spans together (levels, ≥ 0).</summary>
    public int CtvLevelCount { get; init; }

    /// <summary>PTV margin cranial to the CTV (mm, finite, ≥ 0), or <see langword="null"/> when there is no PTV.</summary>
    public double? PtvMarginSuperiorMm { get; init; }

    /// <summary>PTV margin caudal to the CTV (mm, finite, ≥ 0), or <see langword="null"/>.</summary>
    public double? PtvMarginInferiorMm { get; init; }

    /// <summary>PTV margin in the axial plane (mm, finite, ≥ 0), or <see langword="null"/>.</summary>
    public double? PtvMarginRadialMm { get; init; }

    /// <summary>Cranio-caudal length of the PTV, first to last level with margins (mm, finite, ≥ 0), or <see langword="null"/>.</summary>
    public double? PtvLengthMm { get; init; }

    /// <summary>Patient age (years, finite, ≥ 0), or <see langword="null"/> when not given.</summary>
    public double? AgeYears { get; init; }

    /// <summary>Earlier radiotherapy courses to this region (≥ 0).</summary>
    public int PriorCourseCount { get; init; }

    /// <summary>Months from the end of the last prior course to the start of this one (finite, ≥ 0), or <see langword="null"/>.</summary>
    public double? MonthsSinceLastCourse { get; init; }

    /// <summary>Largest cumulative cord BED over the cord points, all courses including this one (Gy₂), or <see langword="null"/>.</summary>
    public double? CumulativeCordBedMaxGy2 { get; init; }

    /// <summary>Largest cord BED of any single course, this one included (Gy₂), or <see langword="null"/>.</summary>
    public double? LargestCourseCordBedGy2 { get; init; }

    /// <summary>The recovery model used between courses as text, e.g. <c>none</c>; <see langword="null"/> when not given.</summary>
    public string? RecoveryModelText { get; init; }

    /// <summary>Whether lengths come from population geometry (gray1918) rather than the patient's own CT.</summary>
    public bool GeometryIsEstimate { get; init; }
}
