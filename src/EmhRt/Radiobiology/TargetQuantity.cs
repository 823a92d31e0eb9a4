namespace EmhRt.Radiobiology;

/// <summary>The quantity an inverse solve aims at (<see cref="InverseSolution"/>).</summary>
public enum TargetQuantity
{
    /// <summary>EQD2, Gy (equivalent dose in 2 Gy fractions, fowler1989).</summary>
    Eqd2 = 0,

    /// <summary>BED, Gy (biologically effective dose, fowler1989).</summary>
    Bed = 1,
}
