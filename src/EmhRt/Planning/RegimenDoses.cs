using System.Collections.Immutable;
using System.Globalization;
using EmhRt.Caching;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Reporting;

namespace EmhRt.Planning;

/// <summary>
/// The biological doses of one regimen at the EMH and cord α/β (the <see cref="PlanAssessment.Radiobiology"/> pair and
/// the <see cref="SpinalCordAssessment"/>), with their report texts formatted on first use. Immutable and memoised
/// (<see cref="For"/>): regimens and α/β values repeat across a batch, so plans with the same inputs share one
/// instance.
/// </summary>
internal sealed class RegimenDoses
{
    private static readonly BoundedCache<Key, RegimenDoses> Shared = new(12);

    private string[]? _texts;

    private RegimenDoses(ImmutableArray<TissueDose> radiobiology, SpinalCordAssessment cord)
    {
        Radiobiology = radiobiology;
        Cord = cord;
    }

    /// <summary>EMH tissue first, then the spinal cord (cord assumed to receive the prescribed dose).</summary>
    public ImmutableArray<TissueDose> Radiobiology { get; }

    /// <summary>The cord against QUANTEC and the logistic model.</summary>
    public SpinalCordAssessment Cord { get; }

    /// <summary>
    /// The CSV texts <c>total_dose_gy, fractions, dose_per_fraction_gy, bed_emh_gy, eqd2_emh_gy, bed_cord_gy,
    /// eqd2_cord_gy</c> (<see cref="ReportNumber"/>), formatted once per instance.
    /// </summary>
    public string[] Texts => _texts ??= FormatTexts();

    /// <summary>
    /// The doses of <paramref name="regimen"/>: <paramref name="emhUser"/> / <paramref name="cordUser"/> say whether
    /// the α/β came from the request (source <c>user</c>) or the protocol (<c>assumption</c> / <c>nieder2006</c>).
    /// The key compares the regimen's three values and both α/β bit for bit.
    /// </summary>
    public static RegimenDoses For(Fractionation regimen, AlphaBeta emhAlphaBeta, bool emhUser, AlphaBeta cordAlphaBeta, bool cordUser, bool caudaEquina = false) =>
        Shared.GetOrAdd(
            new Key(
                BitConverter.DoubleToInt64Bits(regimen.TotalDose.Gy), regimen.Fractions, BitConverter.DoubleToInt64Bits(regimen.DosePerFraction.Gy),
                BitConverter.DoubleToInt64Bits(emhAlphaBeta.Gy), BitConverter.DoubleToInt64Bits(cordAlphaBeta.Gy), emhUser, cordUser, caudaEquina),
            (regimen, emhAlphaBeta, cordAlphaBeta),
            static (key, state) => Compute(state.regimen, state.emhAlphaBeta, key.EmhUser, state.cordAlphaBeta, key.CordUser, key.CaudaEquina));

    private static RegimenDoses Compute(Fractionation regimen, AlphaBeta emhAlphaBeta, bool emhUser, AlphaBeta cordAlphaBeta, bool cordUser, bool caudaEquina)
    {
        var emh = new TissueDose(
            TissueDose.Emh, emhAlphaBeta, LinearQuadratic.Bed(regimen, emhAlphaBeta), LinearQuadratic.Eqd2(regimen, emhAlphaBeta),
            emhUser ? "user" : "assumption");
        var cordDose = new TissueDose(
            caudaEquina ? TissueDose.CaudaEquina : TissueDose.SpinalCord, cordAlphaBeta, LinearQuadratic.Bed(regimen, cordAlphaBeta), LinearQuadratic.Eqd2(regimen, cordAlphaBeta),
            cordUser ? "user" : caudaEquina ? "assumption" : "nieder2006");
        var cord = SpinalCordTolerance.Assess(regimen, cordAlphaBeta, AlphaBetaDefaults.SpinalCordSchultheiss.Value);
        return new RegimenDoses([emh, cordDose], cord);
    }

    private string[] FormatTexts()
    {
        var regimen = Cord.Fractionation;
        var emh = Radiobiology[0];
        var cord = Radiobiology[1];
        return
        [
            ReportNumber.Format(regimen.TotalDose.Gy),
            regimen.Fractions.ToString(CultureInfo.InvariantCulture),
            ReportNumber.Format(regimen.DosePerFraction.Gy),
            ReportNumber.Format(emh.Bed.Gy),
            ReportNumber.Format(emh.Eqd2.Gy),
            ReportNumber.Format(cord.Bed.Gy),
            ReportNumber.Format(cord.Eqd2.Gy),
        ];
    }

    private readonly record struct Key(long TotalBits, int Fractions, long PerFractionBits, long EmhBits, long CordBits, bool EmhUser, bool CordUser, bool CaudaEquina);
}
