using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Radiobiology;

namespace EmhRt.Planning;

/// <summary>
/// The regimen's BED and EQD2 at the EMH and the cord α/β, as numbers: what the finding rules and the CSV read. The
/// <see cref="TissueDose"/> records of <see cref="PlanAssessment.Radiobiology"/> are built from them when first read.
/// </summary>
internal readonly struct RegimenDoses
{
    private readonly bool _emhUser;
    private readonly bool _cordUser;
    private readonly bool _caudaEquina;

    /// <summary>
    /// The doses of <paramref name="regimen"/>: <paramref name="emhUser"/> / <paramref name="cordUser"/> say whether
    /// the α/β came from the request (source <c>user</c>) or the protocol (<c>assumption</c> / <c>nieder2006</c>);
    /// <paramref name="caudaEquina"/> says the cord tissue is the cauda equina (below the conus; protocol source
    /// <c>assumption</c>); <paramref name="cordRegimen"/> is the cord's dose, measured when <paramref name="cordDoseMeasured"/>.
    /// </summary>
    public RegimenDoses(
        Fractionation regimen, AlphaBeta emhAlphaBeta, bool emhUser, Fractionation cordRegimen, AlphaBeta cordAlphaBeta, bool cordUser, bool caudaEquina, bool cordDoseMeasured)
    {
        Regimen = regimen;
        CordRegimen = cordRegimen;
        CordDoseMeasured = cordDoseMeasured;
        EmhAlphaBeta = emhAlphaBeta;
        CordAlphaBeta = cordAlphaBeta;
        _emhUser = emhUser;
        _cordUser = cordUser;
        _caudaEquina = caudaEquina;
    }

    /// <summary>The prescribed regimen.</summary>
    public Fractionation Regimen { get; }

    /// <summary>The cord's dose in this course: the measured Dmax over the regimen's fractions, or the regimen itself.</summary>
    public Fractionation CordRegimen { get; }

    /// <summary>Whether <see cref="CordRegimen"/> is a measured Dmax (<see cref="PlanRequest.CordMaxDose"/>) rather than the prescription.</summary>
    public bool CordDoseMeasured { get; }

    /// <summary>The EMH α/β.</summary>
    public AlphaBeta EmhAlphaBeta { get; }

    // The four doses are computed on read (a few multiplications, the same every time): the struct, kept in every
    // assessment, holds only what they are computed from.

    /// <summary>The EMH BED.</summary>
    public Dose EmhBed => LinearQuadratic.Bed(Regimen, EmhAlphaBeta);

    /// <summary>The EMH EQD2.</summary>
    public Dose EmhEqd2 => LinearQuadratic.Eqd2(Regimen, EmhAlphaBeta);

    /// <summary>The cord α/β.</summary>
    public AlphaBeta CordAlphaBeta { get; }

    /// <summary>Whether the cord tissue is the cauda equina (the most cranial irradiated level is below the conus).</summary>
    public bool CordIsCaudaEquina => _caudaEquina;

    /// <summary>The cord BED (of <see cref="CordRegimen"/>).</summary>
    public Dose CordBed => LinearQuadratic.Bed(CordRegimen, CordAlphaBeta);

    /// <summary>The cord EQD2.</summary>
    public Dose CordEqd2 => LinearQuadratic.Eqd2(CordRegimen, CordAlphaBeta);

    /// <summary>EMH tissue first, then the spinal cord (or the cauda equina).</summary>
    public ImmutableArray<TissueDose> ToTissueDoses() =>
    [
        new TissueDose(TissueDose.Emh, EmhAlphaBeta, EmhBed, EmhEqd2, _emhUser ? "user" : "assumption"),
        new TissueDose(
            _caudaEquina ? TissueDose.CaudaEquina : TissueDose.SpinalCord, CordAlphaBeta, CordBed, CordEqd2,
            _cordUser ? "user" : _caudaEquina ? "assumption" : "nieder2006"),
    ];
}
