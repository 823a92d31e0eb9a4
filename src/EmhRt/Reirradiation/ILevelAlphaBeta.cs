using EmhRt.Radiobiology;

namespace EmhRt.Reirradiation;

/// <summary>
/// The cord α/β at a vertebral level, as <see cref="ReirradiationOptions.AlphaBetaForLevel"/> gives it, for
/// <see cref="ReirradiationAssessment.Figures"/>: a struct implementation costs no delegate per plan.
/// </summary>
internal interface ILevelAlphaBeta
{
    /// <summary>The α/β at <paramref name="levelIndex"/> (0 = C1).</summary>
    AlphaBeta At(int levelIndex);
}
