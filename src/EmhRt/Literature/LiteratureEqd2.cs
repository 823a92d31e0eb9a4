namespace EmhRt.Literature;

/// <summary>
/// The literature module's EQD2: the library's <see cref="Radiobiology.LinearQuadratic.Eqd2(Doses.Fractionation, Radiobiology.AlphaBeta)"/>
/// (fowler1989) for a published total dose and number of fractions.
/// </summary>
internal static class LiteratureEqd2
{
    /// <summary>EQD2 in Gy of <paramref name="totalDoseGy"/> in <paramref name="fractions"/> fractions.</summary>
    public static double Eqd2(double totalDoseGy, int fractions, double alphaBetaGy) =>
        Radiobiology.LinearQuadratic.Eqd2(
            Doses.Fractionation.FromTotalDose(Doses.Dose.FromGy(totalDoseGy), fractions),
            Radiobiology.AlphaBeta.FromGy(alphaBetaGy)).Gy;
}
