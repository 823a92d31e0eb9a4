using EmhRt.Doses;
using EmhRt.Radiobiology;

namespace EmhRt.Reirradiation;

/// <summary>Cumulative cord BED at one vertebral level.</summary>
/// <param name="LevelIndex">Vertebral level index (0 = C1).</param>
/// <param name="AlphaBeta">α/β used at this level.</param>
/// <param name="CumulativeBed">Sum of course BEDs covering the level (earlier courses after the recovery model), in Gy_{α/β}.</param>
/// <param name="PriorCourseCount">Number of prior courses covering the level.</param>
/// <param name="InCurrentCourse">Whether the current course covers the level.</param>
public sealed record CordLevelDose(int LevelIndex, AlphaBeta AlphaBeta, Dose CumulativeBed, int PriorCourseCount, bool InCurrentCourse)
{
    /// <summary>Covered by the current course and by at least one prior course.</summary>
    public bool IsReirradiated => InCurrentCourse && PriorCourseCount > 0;
}
