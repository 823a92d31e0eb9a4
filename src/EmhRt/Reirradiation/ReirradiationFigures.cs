using EmhRt.Doses;

namespace EmhRt.Reirradiation;

/// <summary>
/// What the finding rules read of a <see cref="ReirradiationAssessment"/> (<see cref="ReirradiationAssessment.Figures"/>
/// computes only these).
/// </summary>
/// <param name="MonthsSinceLastPriorCourse">Whole months from the most recent prior course to the current start.</param>
/// <param name="MaximumCumulativeBed">Highest cumulative cord BED over the levels the current course treats (Gy_{α/β}).</param>
/// <param name="LargestSingleCourseBed">Largest BED of any single course at a level the current course treats, without recovery credit (Gy_{α/β}).</param>
internal readonly record struct ReirradiationFigures(int MonthsSinceLastPriorCourse, Dose MaximumCumulativeBed, Dose LargestSingleCourseBed);
