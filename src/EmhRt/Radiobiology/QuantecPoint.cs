using EmhRt.Doses;

namespace EmhRt.Radiobiology;

/// <summary>
/// A published spinal-cord tolerance point for conventional 1.8–2 Gy fractions, full cord cross-section:
/// myelopathy risk at a maximum cord dose.
/// </summary>
/// <param name="MaximumCordDose">Dmax in Gy (conventional fractionation, i.e. compared with EQD2 at α/β 2 Gy).</param>
/// <param name="RiskPercent">Myelopathy risk in percent.</param>
/// <param name="IsUpperBound">True when the source gives "&lt; RiskPercent".</param>
/// <param name="Citation">Citation key (<c>marks2010</c> or <c>kirkpatrick2010</c>).</param>
public sealed record QuantecPoint(Dose MaximumCordDose, double RiskPercent, bool IsUpperBound, string Citation)
{
    /// <summary>Citation key (<c>marks2010</c> or <c>kirkpatrick2010</c>).</summary>
    public string Citation { get; init; } = Citation ?? throw new ArgumentNullException(nameof(Citation));

    /// <summary>Invariant text, e.g. "50 Gy: 0.2 % (marks2010)", "54 Gy: &lt; 1 % (kirkpatrick2010)".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{MaximumCordDose}: {(IsUpperBound ? "< " : string.Empty)}{RiskPercent:0.##} % ({Citation})");
}
