namespace EmhRt.Radiobiology;

/// <summary>Why an inverse solve (<see cref="InverseSolution"/>) gave no solution.</summary>
public enum InverseSolveFailure
{
    /// <summary>It did not fail.</summary>
    None = 0,

    /// <summary>The target cannot be reached with the given dose per fraction or number of fractions.</summary>
    Unreachable = 1,

    /// <summary>The target needs more fractions than <see cref="InputLimits.MaxFractions"/> at the given dose per fraction.</summary>
    ImplausibleFractions = 2,
}
