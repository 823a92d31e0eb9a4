namespace EmhRt.Organs;

/// <summary>What EmhRt concluded about one measured organ dose (<see cref="MeasuredOrganDose"/>). Public contract: never renumbered.</summary>
public enum MeasuredDoseStatus
{
    /// <summary>Compared with the cited constraint and below it (or, for a "≤" constraint, at it).</summary>
    WithinConstraint = 0,

    /// <summary>Compared with the cited constraint and at or above it: <c>ORGAN_DOSE_ABOVE_CONSTRAINT</c>.</summary>
    AboveConstraint = 1,

    /// <summary>Not compared: no constraint is cited for this organ and metric (<c>ORGAN_DOSE_NOT_ASSESSED</c>).</summary>
    NoCitedConstraint = 2,

    /// <summary>Not compared: 1-5 fractions, and no short-course constraint is cited for this organ (<c>ORGAN_DOSE_NOT_ASSESSED</c>).</summary>
    NoShortCourseConstraint = 3,
}
