using EmhRt.Doses;

namespace EmhRt.Radiobiology;

/// <summary>
/// A published spinal-cord tolerance point for a course of 1–5 fractions (radiosurgery / SBRT): a maximum cord dose
/// (physical, in that number of fractions) with the myelopathy risk the source attaches to it.
/// </summary>
/// <param name="Fractions">Number of fractions the point is stated for (1–5).</param>
/// <param name="MaximumCordDose">Total physical point maximum in Gy over those fractions.</param>
/// <param name="RiskText">The risk as the source states it, e.g. <c>≤ 5 %</c>.</param>
/// <param name="What">What was measured, e.g. <c>thecal-sac point maximum</c>.</param>
/// <param name="Citation">Citation key (<c>sahgal2013</c> or <c>kirkpatrick2010</c>).</param>
public sealed record ShortCourseCordPoint(int Fractions, Dose MaximumCordDose, string RiskText, string What, string Citation)
{
    /// <summary>The risk as the source states it, e.g. <c>≤ 5 %</c>.</summary>
    public string RiskText { get; init; } = RiskText ?? throw new ArgumentNullException(nameof(RiskText));

    /// <summary>What was measured, e.g. <c>thecal-sac point maximum</c>.</summary>
    public string What { get; init; } = What ?? throw new ArgumentNullException(nameof(What));

    /// <summary>Citation key (<c>sahgal2013</c> or <c>kirkpatrick2010</c>).</summary>
    public string Citation { get; init; } = Citation ?? throw new ArgumentNullException(nameof(Citation));

    /// <summary>Invariant text, e.g. <c>12.4 Gy/1 (≤ 5 %, thecal-sac point maximum, sahgal2013)</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{MaximumCordDose.Gy:0.0##} Gy/{Fractions} ({RiskText}, {What}, {Citation})");
}
