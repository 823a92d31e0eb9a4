using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Radiobiology;

namespace EmhRt.Planning;

/// <summary>
/// The biological doses of one regimen at the EMH and cord α/β: the <see cref="PlanAssessment.Radiobiology"/> pair and
/// the <see cref="SpinalCordAssessment"/>.
/// </summary>
/// <param name="Radiobiology">EMH tissue first, then the spinal cord (cord assumed to receive the prescribed dose).</param>
/// <param name="Cord">The cord against QUANTEC and the logistic model.</param>
internal readonly record struct RegimenDoses(ImmutableArray<TissueDose> Radiobiology, SpinalCordAssessment Cord)
{
    /// <summary>
    /// The doses of <paramref name="regimen"/>: <paramref name="emhUser"/> / <paramref name="cordUser"/> say whether
    /// the α/β came from the request (source <c>user</c>) or the protocol (<c>assumption</c> / <c>nieder2006</c>).
    /// </summary>
    public static RegimenDoses For(Fractionation regimen, AlphaBeta emhAlphaBeta, bool emhUser, AlphaBeta cordAlphaBeta, bool cordUser)
    {
        var emh = new TissueDose(
            TissueDose.Emh, emhAlphaBeta, LinearQuadratic.Bed(regimen, emhAlphaBeta), LinearQuadratic.Eqd2(regimen, emhAlphaBeta),
            emhUser ? "user" : "assumption");
        var cordDose = new TissueDose(
            TissueDose.SpinalCord, cordAlphaBeta, LinearQuadratic.Bed(regimen, cordAlphaBeta), LinearQuadratic.Eqd2(regimen, cordAlphaBeta),
            cordUser ? "user" : "nieder2006");
        var cord = SpinalCordTolerance.Assess(regimen, cordAlphaBeta, AlphaBetaDefaults.SpinalCordSchultheiss.Value);
        return new RegimenDoses([emh, cordDose], cord);
    }
}
