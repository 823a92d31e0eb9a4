namespace EmhRt.Literature;

/// <summary>A published radiotherapy case compared with a proposed regimen by EQD2.</summary>
public readonly struct CaseComparison
{
    internal CaseComparison(LiteratureCase literatureCase, double eqd2Gy, double proposedEqd2Gy)
    {
        Case = literatureCase;
        Eqd2Gy = eqd2Gy;
        DifferenceGy = eqd2Gy - proposedEqd2Gy;
    }

    /// <summary>The published case (it has a known total dose and number of fractions).</summary>
    public LiteratureCase Case { get; }

    /// <summary>EQD2 in Gy of the case's first radiotherapy course at the α/β used for the comparison.</summary>
    public double Eqd2Gy { get; }

    /// <summary>Case EQD2 minus proposed EQD2, in Gy: positive when the case received more.</summary>
    public double DifferenceGy { get; }

    /// <summary>The case's outcome category (shortcut for <c>Case.OutcomeCategory</c>).</summary>
    public OutcomeCategory Outcome => Case.OutcomeCategory;
}
