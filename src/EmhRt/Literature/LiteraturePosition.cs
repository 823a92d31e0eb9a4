using System.Collections.Immutable;

namespace EmhRt.Literature;

/// <summary>
/// Where a proposed regimen sits, by EQD2, among the published radiotherapy cases with a known regimen
/// (total dose and number of fractions). Result of <see cref="CaseLibrary.Position"/>.
/// </summary>
/// <remarks>
/// Single published cases are weak evidence (<c>cailleteau2023</c>): the position describes the literature, it
/// does not predict a response. EQD2 per <c>fowler1989</c>; α/β 10 Gy for EMH tissue is an assumption.
/// </remarks>
public sealed class LiteraturePosition
{
    internal LiteraturePosition(
        double proposedTotalDoseGy,
        int proposedFractions,
        double alphaBetaGy,
        double proposedEqd2Gy,
        ImmutableArray<CaseComparison> nearest,
        int below,
        int equal,
        int above,
        double completeResponseWindowGy,
        ImmutableArray<CaseComparison> completeResponsesWithinWindow,
        int radiotherapyCasesWithoutRegimen,
        string summary)
    {
        ProposedTotalDoseGy = proposedTotalDoseGy;
        ProposedFractions = proposedFractions;
        AlphaBetaGy = alphaBetaGy;
        ProposedEqd2Gy = proposedEqd2Gy;
        Nearest = nearest;
        CasesBelow = below;
        CasesEqual = equal;
        CasesAbove = above;
        CompleteResponseWindowGy = completeResponseWindowGy;
        CompleteResponsesWithinWindow = completeResponsesWithinWindow;
        RadiotherapyCasesWithoutRegimen = radiotherapyCasesWithoutRegimen;
        Summary = summary;
    }

    /// <summary>Proposed total dose in Gy.</summary>
    public double ProposedTotalDoseGy { get; }

    /// <summary>Proposed number of fractions.</summary>
    public int ProposedFractions { get; }

    /// <summary>α/β in Gy used for every EQD2 here.</summary>
    public double AlphaBetaGy { get; }

    /// <summary>EQD2 of the proposal in Gy.</summary>
    public double ProposedEqd2Gy { get; }

    /// <summary>The radiotherapy cases with a known regimen, nearest first by |EQD2 difference| (ties: lower EQD2 first, then id).</summary>
    public ImmutableArray<CaseComparison> Nearest { get; }

    /// <summary>Number of radiotherapy cases with a known regimen (the size of <see cref="Nearest"/>).</summary>
    public int CasesWithKnownRegimen => Nearest.Length;

    /// <summary>Cases whose EQD2 is lower than the proposal's by more than <see cref="CaseLibrary.EqualEqd2ToleranceGy"/>.</summary>
    public int CasesBelow { get; }

    /// <summary>Cases whose EQD2 is within <see cref="CaseLibrary.EqualEqd2ToleranceGy"/> of the proposal's.</summary>
    public int CasesEqual { get; }

    /// <summary>Cases whose EQD2 is higher than the proposal's by more than <see cref="CaseLibrary.EqualEqd2ToleranceGy"/>.</summary>
    public int CasesAbove { get; }

    /// <summary>Lowest EQD2 in Gy among the cases; <see langword="null"/> when there are none.</summary>
    public double? MinEqd2Gy => Nearest.IsEmpty ? null : Min();

    /// <summary>Highest EQD2 in Gy among the cases; <see langword="null"/> when there are none.</summary>
    public double? MaxEqd2Gy => Nearest.IsEmpty ? null : Max();

    /// <summary>Half-width in Gy EQD2 of the window used for <see cref="CompleteResponsesWithinWindow"/>.</summary>
    public double CompleteResponseWindowGy { get; }

    /// <summary>Cases with a complete response whose EQD2 is within ± <see cref="CompleteResponseWindowGy"/> of the proposal's, nearest first.</summary>
    public ImmutableArray<CaseComparison> CompleteResponsesWithinWindow { get; }

    /// <summary>Cases that received radiotherapy but whose total dose or number of fractions is not given (not compared).</summary>
    public int RadiotherapyCasesWithoutRegimen { get; }

    /// <summary>One sentence in plain English, numbers in invariant culture.</summary>
    public string Summary { get; }

    /// <inheritdoc/>
    public override string ToString() => Summary;

    private double Min()
    {
        var min = double.PositiveInfinity;
        foreach (var c in Nearest)
        {
            min = Math.Min(min, c.Eqd2Gy);
        }

        return min;
    }

    private double Max()
    {
        var max = double.NegativeInfinity;
        foreach (var c in Nearest)
        {
            max = Math.Max(max, c.Eqd2Gy);
        }

        return max;
    }
}
