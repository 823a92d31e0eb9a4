namespace EmhRt.Radiobiology;

/// <summary>
/// What an inverse solve's target is, which decides how its result is rounded to a deliverable regimen
/// (<see cref="InverseRounding"/>). No published convention exists (clinical-facts-organs §7): an [assumption].
/// </summary>
public enum RoundingPurpose
{
    /// <summary>A tolerance limit (an upper bound, e.g. nieder2006's 135.5 Gy₂): round down, never above the target.</summary>
    Tolerance = 0,

    /// <summary>An efficacy target (a lower bound, e.g. 20 Gy EQD2 to the EMH): round up, never below the target.</summary>
    Efficacy = 1,
}
