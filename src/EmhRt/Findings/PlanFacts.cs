using System.Collections.Immutable;

namespace EmhRt.Findings;

/// <summary>
/// The facts about one plan that <see cref="FindingRuleSet"/> reads: primitives computed by the caller from the
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

    /// <summary>
    /// The measured cord (or cauda equina) Dmax of this course (Gy, finite, 0–100, total over <see cref="Fractions"/>);
    /// <see langword="null"/> when the cord is assumed to receive the prescription (<see cref="TotalDoseGy"/>).
    /// </summary>
    public double? CordMaxDoseGy { get; init; }

    /// <summary>Organ doses measured in the planning system (<see cref="Planning.PlanRequest.OrganDoses"/>); empty for none.</summary>
    public ImmutableArray<Organs.OrganDoseMeasurement> OrganDoses { get; init; } = [];

    /// <summary>The cord's total dose in this course: <see cref="CordMaxDoseGy"/>, else the prescription.</summary>
    public double CordDoseGy => CordMaxDoseGy ?? TotalDoseGy;

    /// <summary>The cord's dose per fraction: <see cref="CordDoseGy"/> over <see cref="Fractions"/>.</summary>
    public double CordDosePerFractionGy => CordMaxDoseGy is { } measured ? measured / Fractions : DosePerFractionGy;

    /// <summary>Spinal cord EQD2 of this course (Gy, finite, ≥ 0) at <see cref="CordAlphaBetaGy"/> (fowler1989).</summary>
    public required double CordEqd2Gy { get; init; }

    /// <summary>α/β used for the cord (Gy, &gt; 0): 2 cervical/thoracic, 4 lumbar by default (nieder2006).</summary>
    public required double CordAlphaBetaGy { get; init; }

    /// <summary>
    /// Whether every irradiated level lies below the conus (protocol <c>anatomy.conusLevel</c>): the "cord" figures are then
    /// the cauda equina's, compared with spinal-cord points only as an approximation.
    /// </summary>
    public bool CordIsCaudaEquina { get; init; }

    /// <summary>EQD2 of the EMH target (Gy, finite, ≥ 0), or <see langword="null"/> when not computed.</summary>
    public double? EmhEqd2Gy { get; init; }

    /// <summary>α/β of the EMH tissue for <see cref="EmhEqd2Gy"/> (Gy, &gt; 0; an assumption by default), or <see langword="null"/>.</summary>
    public double? EmhAlphaBetaGy { get; init; }

    /// <summary>Whether the user proposed a treated span; lesion coverage and margin rules run only then.</summary>
    public bool TreatedSpanGiven { get; init; }

    /// <summary>The lesions relative to the proposed treated span (read only when <see cref="TreatedSpanGiven"/>).</summary>
    public ImmutableArray<LesionFacts> Lesions { get; init; } = [];

    /// <summary>
    /// Levels above each lesion the CTV was built with (the request's <c>--ctv-levels</c> or the protocol's), or
    /// <see langword="null"/> when not stated (the protocol's margin is then assumed).
    /// </summary>
    public int? CtvMarginLevelsAbove { get; init; }

    /// <summary>Levels below each lesion the CTV was built with, or <see langword="null"/> (see <see cref="CtvMarginLevelsAbove"/>).</summary>
    public int? CtvMarginLevelsBelow { get; init; }

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

    /// <summary>
    /// Length of each treatment field's target (mm, finite, ≥ 0), cranial first: the PTVs of CTV segments that overlap or
    /// touch form one field, the others are separate fields; without a PTV margin, the CTV segments themselves. Empty
    /// when unknown (then <see cref="PtvLengthMm"/>, if any, is taken as one field).
    /// </summary>
    public ImmutableArray<double> FieldLengthsMm { get; init; } = [];

    /// <summary>The CTV segments of each field as text, parallel to <see cref="FieldLengthsMm"/> (may be empty).</summary>
    public ImmutableArray<string> FieldTexts { get; init; } = [];

    /// <summary>
    /// Distance between the targets (PTVs, or CTV segments without a PTV margin) of consecutive CTV segments (mm,
    /// finite; negative when they overlap), one per gap between CTV segments; empty for one segment.
    /// </summary>
    public ImmutableArray<double> TargetGapsMm { get; init; } = [];

    /// <summary>Each CTV segment as text, e.g. <c>T4-T9</c> (given for plans with more than one segment; may be empty).</summary>
    public ImmutableArray<string> CtvSegmentTexts { get; init; } = [];

    /// <summary>CTV length from its first to its last level (mm, finite, ≥ 0), or <see langword="null"/> when not measured.</summary>
    public double? CtvLengthMm { get; init; }

    /// <summary>Days from the requested start to the first fraction (≥ 0), or <see langword="null"/> without a start date.</summary>
    public int? StartDelayDays { get; init; }

    /// <summary>The requested start and the first fraction as text, e.g. <c>2026-12-24 to 2026-12-28</c>; <see langword="null"/> when not moved.</summary>
    public string? StartDelayText { get; init; }

    /// <summary>Whether population lengths used the male values because no sex was given.</summary>
    public bool SexAssumedMale { get; init; }

    /// <summary>Patient age (years, finite, ≥ 0), or <see langword="null"/> when not given.</summary>
    public double? AgeYears { get; init; }

    /// <summary>Earlier radiotherapy courses to this region (≥ 0).</summary>
    public int PriorCourseCount { get; init; }

    /// <summary>
    /// Of <see cref="PriorCourseCount"/>, the courses whose region shares no level with this course (≥ 0): not
    /// re-irradiation of the cord treated now. Default 0 (every prior course overlaps).
    /// </summary>
    public int NonOverlappingPriorCourseCount { get; init; }

    /// <summary>The non-overlapping prior courses as text, e.g. <c>20 Gy/10 on 2025-01-10 to L3-S1</c>; <see langword="null"/> when none.</summary>
    public string? NonOverlappingPriorCoursesText { get; init; }

    /// <summary>
    /// Months from the date of the last prior course that shares a level with this one (the date given for it: its
    /// last treatment day) to the first fraction of this course (finite, ≥ 0), or <see langword="null"/>.
    /// </summary>
    public double? MonthsSinceLastCourse { get; init; }

    /// <summary>
    /// Shortest interval (months, finite, ≥ 0) between two earlier courses on shared levels, the later of them
    /// overlapping this course, or <see langword="null"/> when there is no such pair.
    /// </summary>
    public double? ShortestEarlierIntervalMonths { get; init; }

    /// <summary>
    /// Largest cumulative cord BED over the cord points, all courses including this one, in Gy₂: summed at α/β 2 Gy
    /// (the unit of the nieder2006 limits) whatever <see cref="CordAlphaBetaGy"/> is; or <see langword="null"/>.
    /// </summary>
    public double? CumulativeCordBedMaxGy2 { get; init; }

    /// <summary>Largest cord BED of any single course, this one included, in Gy₂ (α/β 2 Gy), or <see langword="null"/>.</summary>
    public double? LargestCourseCordBedGy2 { get; init; }

    /// <summary>The recovery model used between courses as text, e.g. <c>none</c>; <see langword="null"/> when not given.</summary>
    public string? RecoveryModelText { get; init; }

    /// <summary>The patient's vertebral counts (for <see cref="IrradiatedLevelMask"/>).</summary>
    public Spine.SpineAnatomy Anatomy { get; init; }

    /// <summary>Bit <c>i</c> set when level index <c>i</c> (0 = C1) is irradiated (PTV reach, or CTV, and treated spans); 0 when unknown.</summary>
    public ulong IrradiatedLevelMask { get; init; }

    /// <summary>Recorded sex, or <see langword="null"/> when not given.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Pregnancy status (default unknown).</summary>
    public Planning.PregnancyStatus PregnancyStatus { get; init; }

    /// <summary>Organs next to the irradiated levels, bit <c>1 &lt;&lt; (int)OrganAtRisk</c> (<see cref="Organs.OrganModel.Scan"/>).</summary>
    public int OrgansInField { get; init; }

    /// <summary>Of <see cref="OrgansInField"/>, those that raise <c>ORGAN_THRESHOLD_REACHABLE</c>.</summary>
    public int OrgansCaution { get; init; }

    /// <summary>Whether an irradiated level lies in the protocol's abdomen-or-pelvis band (pregnancy rule).</summary>
    public bool AbdomenOrPelvisInField { get; init; }

    /// <summary>Share of the body's active marrow in the irradiated levels (percent, hayman2011; adult population data).</summary>
    public double ActiveMarrowPercent { get; init; }

    /// <summary>Whether lengths come from population geometry (gray1918) rather than the patient's own CT.</summary>
    public bool GeometryIsEstimate { get; init; }
}
