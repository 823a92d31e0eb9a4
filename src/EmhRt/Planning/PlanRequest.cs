using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Organs;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Planning;

/// <summary>
/// A proposed EMH radiotherapy plan to assess: the lesion, the regimen and, optionally, everything else a
/// radiation oncologist might state. Values left unset are either not assessed (no PTV without a margin, no
/// calendar without a start date) or taken from the protocol, and the assessment names the protocol value used.
/// </summary>
public sealed record PlanRequest
{
    /// <summary>The lesion spans as imaged (at least one; each valid in <see cref="PatientDetails.Anatomy"/>).</summary>
    public required ImmutableArray<VertebralSpan> Lesions { get; init; }

    /// <summary>The proposed regimen.</summary>
    public required Fractionation Regimen { get; init; }

    /// <summary>The proposed treated span(s); empty when none was proposed (coverage is then not checked).</summary>
    public ImmutableArray<VertebralSpan> TreatedSpans { get; init; } = [];

    /// <summary>PTV margin in mm; <see langword="null"/> when none was given (the PTV is then not computed).</summary>
    public PtvMargin? PtvMargin { get; init; }

    /// <summary>CTV margin in whole vertebral levels; <see langword="null"/> for the protocol's (default 1 above and 1 below, cailleteau2023).</summary>
    public CtvLevelMargin? CtvMargin { get; init; }

    /// <summary>The patient.</summary>
    public PatientDetails Patient { get; init; } = PatientDetails.Unknown;

    /// <summary>First treatment day; <see langword="null"/> for no calendar.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Days of the week with treatment (default Monday–Friday, cailleteau2023).</summary>
    public TreatmentDays TreatmentDays { get; init; }

    /// <summary>Dates without treatment.</summary>
    public HolidayList Holidays { get; init; } = HolidayList.Empty;

    /// <summary>Earlier radiotherapy courses (for re-irradiation, nieder2006); requires <see cref="StartDate"/>.</summary>
    public ImmutableArray<PriorCourse> PriorCourses { get; init; } = [];

    /// <summary>Recovery credit between courses; default none (clinical-facts §6).</summary>
    public RecoveryModel Recovery { get; init; } = RecoveryModel.None;

    /// <summary>α/β of the EMH tissue; <see langword="null"/> for the protocol's (10 Gy, an assumption).</summary>
    public AlphaBeta? EmhAlphaBeta { get; init; }

    /// <summary>
    /// α/β of the spinal cord at every level; <see langword="null"/> for the protocol's (2 Gy cervical/thoracic,
    /// 4 Gy lumbar and below, nieder2006).
    /// </summary>
    public AlphaBeta? CordAlphaBeta { get; init; }

    /// <summary>
    /// The cord (or, below the conus, cauda equina) maximum dose of this course measured in the planning system, total
    /// physical dose in Gy over the regimen's fractions (0 to <see cref="InputLimits.MaxCordMaxDose"/>, 100 Gy, an
    /// input-sanity bound); <see langword="null"/> to assume the cord receives the prescription. When given, the cord
    /// statement (short-course points, clinical-facts-organs §3; QUANTEC EQD2, clinical-facts §5) and the cumulative
    /// re-irradiation BED (nieder2006) use it, and every output says "measured Dmax".
    /// </summary>
    public Dose? CordMaxDose { get; init; }

    /// <summary>
    /// Organ doses measured in the planning system (<see cref="OrganDoseMeasurement"/>, e.g. <c>kidneys=mean:12.5</c>), physical
    /// doses of this course; empty when none was measured. Each is compared with the organ's cited constraint for conventional
    /// fractionation in the same unit (<see cref="Organs.MeasuredOrganDose"/>, clinical-facts-organs §2); with 1-5 fractions
    /// they are reported as not assessed. At most one per organ, metric and unit.
    /// </summary>
    public ImmutableArray<OrganDoseMeasurement> OrganDoses { get; init; } = [];

    /// <summary>Why <paramref name="doses"/> cannot be assessed (a null entry, or one organ, metric and unit given twice), or <see langword="null"/>.</summary>
    internal static string? CheckOrganDoses(ImmutableArray<OrganDoseMeasurement> doses)
    {
        if (doses.IsDefaultOrEmpty)
        {
            return null;
        }

        for (var i = 0; i < doses.Length; i++)
        {
            if (doses[i] is null)
            {
                return "an organ dose is missing (null entry)";
            }

            for (var j = 0; j < i; j++)
            {
                if (doses[j].Organ == doses[i].Organ && doses[j].Metric == doses[i].Metric && doses[j].DoseLevel == doses[i].DoseLevel && doses[j].VolumeUnit == doses[i].VolumeUnit)
                {
                    return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{doses[i]}': the same organ dose is given twice (also '{doses[j]}')");
                }
            }
        }

        return null;
    }

    /// <summary>The dose the cord receives in this course: <see cref="CordMaxDose"/> in the regimen's fractions, or the regimen itself.</summary>
    internal Fractionation CordRegimen =>
        CordMaxDose is { } dmax ? Fractionation.ForMeasuredDose(dmax, Regimen.Fractions) : Regimen;
}
