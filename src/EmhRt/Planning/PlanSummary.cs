using EmhRt.Findings;
using EmhRt.Volumes;

namespace EmhRt.Planning;

/// <summary>
/// What the CSV report of a plan shows (<see cref="Reporting.PlanCsvReport"/>), without the rest of a
/// <see cref="PlanAssessment"/>: <see cref="PlanAssessor.TrySummarize"/> computes it with the same steps as
/// <see cref="PlanAssessor.TryAssess"/> but builds neither the PTV borders, nor the session list, nor the findings' texts.
/// </summary>
/// <param name="Ctv">The clinical target volume.</param>
/// <param name="PtvLengthMm">The PTV length (mm); <see langword="null"/> without a PTV margin.</param>
/// <param name="Doses">The regimen with its biological doses and their report texts.</param>
/// <param name="EndDate">The last treatment date; <see langword="null"/> without a start date.</param>
/// <param name="Findings">The codes raised and the highest severity.</param>
internal readonly record struct PlanSummary(
    ClinicalTargetVolume Ctv, double? PtvLengthMm, RegimenDoses Doses, DateOnly? EndDate, FindingSummary Findings);
