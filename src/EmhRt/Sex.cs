namespace EmhRt;

/// <summary>
/// A patient's sex: in planning, used only to choose a population estimate of vertebral lengths
/// (female about 0.86 × male, <c>gray1918</c> [derived]); in the literature, the sex a published case reports
/// (<see cref="Literature.LiteratureCase.Sex"/>).
/// </summary>
/// <remarks>
/// There is deliberately no "unknown" member: an unknown or unreported sex is <c>Sex?</c> null, and an API that needs a
/// sex takes it explicitly, so a missing value is never silently turned into a length.
/// </remarks>
public enum Sex
{
    /// <summary>Female.</summary>
    Female = 0,

    /// <summary>Male.</summary>
    Male = 1,
}
