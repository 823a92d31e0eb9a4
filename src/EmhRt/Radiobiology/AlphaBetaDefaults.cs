namespace EmhRt.Radiobiology;

/// <summary>Default α/β ratios with their sources. Every one is a parameter elsewhere; these are starting points only.</summary>
/// <remarks>Sources: clinical-facts §4 (<c>nieder2006</c>, <c>schultheiss2008</c>); the EMH value is an assumption.</remarks>
public static class AlphaBetaDefaults
{
    /// <summary>
    /// EMH (haematopoietic) tissue: 10 Gy. An <b>assumption</b> (acute-responding tissue): no published α/β for EMH
    /// was found (clinical-facts §4). Its label is <c>EMH</c>, the one tissue label of every output (as
    /// <see cref="Planning.TissueDose.Emh"/> in a plan).
    /// </summary>
    public static TissueAlphaBeta EmhTissue { get; } = new(
        "EMH",
        AlphaBeta.FromGy(10),
        null,
        IsAssumption: true,
        "Assumption: no published α/β for EMH tissue; 10 Gy is the usual value for acute-responding tissue.");

    /// <summary>Spinal cord, cervical and thoracic: 2 Gy, as used for cord re-irradiation (<c>nieder2006</c>).</summary>
    public static TissueAlphaBeta SpinalCordCervicalThoracic { get; } = new(
        "spinal cord (cervical/thoracic)", AlphaBeta.FromGy(2), "nieder2006", IsAssumption: false,
        "α/β 2 Gy for cervical and thoracic cord, as used by Nieder et al. 2006 for re-irradiation.");

    /// <summary>Spinal cord, lumbar: 4 Gy, as used for cord re-irradiation (<c>nieder2006</c>).</summary>
    public static TissueAlphaBeta SpinalCordLumbar { get; } = new(
        "spinal cord (lumbar)", AlphaBeta.FromGy(4), "nieder2006", IsAssumption: false,
        "α/β 4 Gy for lumbar cord, as used by Nieder et al. 2006 for re-irradiation.");

    /// <summary>Spinal cord, fit to human myelopathy data: 0.87 Gy (<c>schultheiss2008</c>).</summary>
    public static TissueAlphaBeta SpinalCordSchultheiss { get; } = new(
        "spinal cord (dose-response fit)", AlphaBeta.FromGy(0.87), "schultheiss2008", IsAssumption: false,
        "α/β 0.87 Gy from Schultheiss 2008's fit to human myelopathy data; used with its logistic dose-response.");
}
