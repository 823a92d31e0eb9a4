using EmhRt.Radiobiology;
using EmhRt.Spine;

namespace EmhRt.Reirradiation;

/// <summary>Model choices for <see cref="ReirradiationAssessment"/>.</summary>
public sealed record ReirradiationOptions
{
    /// <summary>Defaults: cord α/β 2 Gy everywhere, no recovery credit.</summary>
    public static ReirradiationOptions Default { get; } = new();

    /// <summary>Cord α/β where no per-level value applies: 2 Gy (<c>nieder2006</c>).</summary>
    public AlphaBeta CordAlphaBeta { get; init; } = AlphaBetaDefaults.SpinalCordCervicalThoracic.Value;

    /// <summary>
    /// The patient's anatomy: the levels of the current course and of every prior course with a region are counted in it
    /// (e.g. T12–L1 includes T13 with 13 thoracic vertebrae). <see cref="SpineAnatomy.Standard"/> by default.
    /// </summary>
    public SpineAnatomy Anatomy { get; init; } = SpineAnatomy.Standard;

    /// <summary>Optional α/β per vertebral level (e.g. 4 Gy for lumbar levels, <c>nieder2006</c>); null uses <see cref="CordAlphaBeta"/>.</summary>
    public Func<VertebralLevel, AlphaBeta>? AlphaBetaForLevel { get; init; }

    /// <summary>
    /// Optional: whether the canal at a vertebral level holds the cauda equina (below the conus); null: the cord everywhere.
    /// Sets <see cref="CordLevelDose.IsCaudaEquina"/>.
    /// </summary>
    public Func<VertebralLevel, bool>? IsCaudaEquinaAtLevel { get; init; }

    /// <summary>Recovery credit between courses; <see cref="RecoveryModel.None"/> by default.</summary>
    public RecoveryModel Recovery { get; init; } = RecoveryModel.None;

    /// <summary>
    /// Whether the current course's fractionation given to the assessment is a measured cord Dmax (sets
    /// <see cref="CourseContribution.CordDoseMeasured"/> of the current course); false: its prescription.
    /// </summary>
    public bool CurrentCordDoseMeasured { get; init; }
}
