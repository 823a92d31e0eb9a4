namespace EmhRt;

/// <summary>
/// The patient's sex, used only to choose a population estimate of vertebral lengths
/// (female about 0.86 × male, <c>gray1918</c> [derived]).
/// </summary>
/// <remarks>
/// There is deliberately no "unknown" member: an API that needs a sex takes it explicitly, so a missing value is
/// never silently turned into a length.
/// </remarks>
public enum Sex
{
    /// <summary>Female.</summary>
    Female = 0,

    /// <summary>Male.</summary>
    Male = 1,
}
