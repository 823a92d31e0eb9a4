using EmhRt.Radiobiology;

namespace EmhRt.Reirradiation;

/// <summary>Model choices for <see cref="ReirradiationAssessment"/>.</summary>
public sealed record ReirradiationOptions
{
    /// <summary>Defaults: cord α/β 2 Gy everywhere, no recovery credit.</summary>
    public static ReirradiationOptions Default { get; } = new();

    /// <summary>Cord α/β where no per-level value applies: 2 Gy (<c>nieder2006</c>).</summary>
    public AlphaBeta CordAlphaBeta { get; init; } = AlphaBetaDefaults.SpinalCordCervicalThoracic.Value;

    /// <summary>Optional α/β per level index (e.g. 4 Gy for lumbar levels, <c>nieder2006</c>); null uses <see cref="CordAlphaBeta"/>.</summary>
    public Func<int, AlphaBeta>? AlphaBetaForLevel { get; init; }

    /// <summary>
    /// Optional: whether the canal at a level index holds the cauda equina (below the conus); null: the cord everywhere.
    /// Sets <see cref="CordLevelDose.IsCaudaEquina"/>.
    /// </summary>
    public Func<int, bool>? IsCaudaEquinaAtLevel { get; init; }

    /// <summary>Recovery credit between courses; <see cref="RecoveryModel.None"/> by default.</summary>
    public RecoveryModel Recovery { get; init; } = RecoveryModel.None;

    /// <summary>
    /// Whether the current course's fractionation given to the assessment is a measured cord Dmax (sets
    /// <see cref="CourseContribution.CordDoseMeasured"/> of the current course); false: its prescription.
    /// </summary>
    public bool CurrentCordDoseMeasured { get; init; }
}
