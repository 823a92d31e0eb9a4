using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Spine;

namespace EmhRt.Reirradiation;

/// <summary>Cumulative cord BED at one vertebral level.</summary>
/// <param name="Level">The vertebral level.</param>
/// <param name="AlphaBeta">The cord α/β used at this level elsewhere in the report (2 Gy cervical/thoracic, 4 Gy lumbar by default).</param>
/// <param name="CumulativeBed">Sum of course BEDs covering the level (earlier courses after the recovery model), in Gy at <paramref name="AlphaBeta"/>.</param>
/// <param name="PriorCourseCount">Number of prior courses covering the level.</param>
/// <param name="InCurrentCourse">Whether the current course covers the level.</param>
public sealed record CordLevelDose(VertebralLevel Level, AlphaBeta AlphaBeta, Dose CumulativeBed, int PriorCourseCount, bool InCurrentCourse)
{
    /// <summary><see cref="Level"/> as an index in the anatomy assessed (0 = C1), for the reports.</summary>
    internal int LevelIndex { get; init; }

    /// <summary>
    /// The same sum at α/β 2 Gy (Gy₂, <see cref="NiederLimits.AlphaBeta"/>): the figure compared with the <c>nieder2006</c> limits.
    /// </summary>
    public Dose CumulativeBedGy2 { get; init; }

    /// <summary>
    /// Whether the canal at this level holds the cauda equina, not the cord (below the protocol's conus level,
    /// <c>saifuddin1998</c>; an assumption: one level, no partial conus). Reports name the tissue from it.
    /// </summary>
    public bool IsCaudaEquina { get; init; }

    /// <summary>Covered by the current course and by at least one prior course.</summary>
    public bool IsReirradiated => InCurrentCourse && PriorCourseCount > 0;
}
