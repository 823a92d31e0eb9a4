namespace EmhRt.Literature;

/// <summary>
/// The one place where the literature module computes EQD2. To be replaced by the library's linear-quadratic
/// dose module once it is merged.
/// </summary>
/// <remarks>
/// EQD2 = D·(1 + d/(α/β)) / (1 + 2/(α/β)) with d = D/n (<c>fowler1989</c>), evaluated as D·(α/β + d)/(α/β + 2),
/// which is algebraically identical; for 2 Gy fractions it gives EQD2 = D (exactly when α/β + 2 is exact, e.g. α/β 10).
/// </remarks>
internal static class LiteratureEqd2
{
    /// <summary>EQD2 in Gy of <paramref name="totalDoseGy"/> in <paramref name="fractions"/> fractions.</summary>
    public static double Eqd2(double totalDoseGy, int fractions, double alphaBetaGy)
    {
        var perFraction = totalDoseGy / fractions;
        return totalDoseGy * (alphaBetaGy + perFraction) / (alphaBetaGy + 2.0);
    }
}
