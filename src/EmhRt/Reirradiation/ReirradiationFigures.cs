using EmhRt.Doses;

namespace EmhRt.Reirradiation;

/// <summary>
/// What the finding rules read of a <see cref="ReirradiationAssessment"/> (<see cref="ReirradiationAssessment.Figures"/>
/// computes only these).
/// </summary>
/// <param name="MonthsSinceLastOverlappingCourse">
/// Whole months from the most recent prior course that shares a level with the current course to the current start;
/// null when no prior course shares a level.
/// </param>
/// <param name="MaximumCumulativeBed">Highest cumulative cord BED over the levels the current course treats (Gy₂, α/β 2 Gy).</param>
/// <param name="LargestSingleCourseBed">Largest BED of any single course at a level the current course treats, without recovery credit (Gy₂).</param>
/// <param name="OverlappingPriorCourseCount">Prior courses that share at least one level with the current course.</param>
/// <param name="ShortestEarlierIntervalMonths">
/// Shortest interval in whole months between two earlier courses that share a level with each other and with the current
/// course; null when there is no such pair.
/// </param>
internal readonly record struct ReirradiationFigures(
    int? MonthsSinceLastOverlappingCourse,
    Dose MaximumCumulativeBed,
    Dose LargestSingleCourseBed,
    int OverlappingPriorCourseCount,
    int? ShortestEarlierIntervalMonths);
