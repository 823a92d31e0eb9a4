using EmhRt.Doses;

namespace EmhRt.Radiobiology;

/// <summary>Spinal-cord tolerance check of one course. See <see cref="SpinalCordTolerance"/>.</summary>
/// <param name="Fractionation">The prescription assessed.</param>
/// <param name="Assumption">The dose assumption, in words (the cord receives the full prescribed dose).</param>
/// <param name="QuantecAlphaBeta">α/β used for <paramref name="CordEqd2"/> (2 Gy by default).</param>
/// <param name="CordEqd2">Cord EQD2 in Gy, compared with the QUANTEC points.</param>
/// <param name="HighestPointReached">Highest QUANTEC point whose dose the EQD2 reaches or exceeds, or null.</param>
/// <param name="NextPoint">Lowest QUANTEC point above the EQD2, or null when all are reached.</param>
/// <param name="ModelAlphaBeta">α/β used for the model EQD2 (0.87 Gy by default, <c>schultheiss2008</c>).</param>
/// <param name="ModelEqd2">EQD2 in Gy at <paramref name="ModelAlphaBeta"/>.</param>
/// <param name="ModelNote">Label for <paramref name="ModelDerivedRisk"/>: model-derived, with its source.</param>
/// <param name="ModelDerivedRisk">Myelopathy probability 0–1 from the logistic fit; model-derived (k is derived), not observed.</param>
public sealed record SpinalCordAssessment(
    Fractionation Fractionation,
    string Assumption,
    AlphaBeta QuantecAlphaBeta,
    Dose CordEqd2,
    QuantecPoint? HighestPointReached,
    QuantecPoint? NextPoint,
    AlphaBeta ModelAlphaBeta,
    Dose ModelEqd2,
    double ModelDerivedRisk,
    string ModelNote);
