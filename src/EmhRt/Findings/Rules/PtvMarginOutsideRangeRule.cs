using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>PTV_MARGIN_OUTSIDE_RANGE</c>: a PTV margin (superior, inferior or radial) outside the protocol's range
/// (<see cref="EmhProtocol.PtvMarginMinMm"/>-<see cref="EmhProtocol.PtvMarginMaxMm"/>, mm). The default is
/// cailleteau2023's 10-20 mm (clinical-facts §3); a protocol with another range is named as such and cailleteau2023's
/// quoted beside it.
/// </summary>
internal sealed class PtvMarginOutsideRangeRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023];

    private readonly double _min, _max;
    private readonly string _opening, _evidence;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public PtvMarginOutsideRangeRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.PtvMarginOutsideRange)
    {
        _min = protocol.PtvMarginMinMm;
        _max = protocol.PtvMarginMaxMm;
        if (LiteratureRecommendation.SamePtvMargin(protocol))
        {
            _opening = string.Create(Inv, $"PTV margin outside the recommended {_min:0.#####}-{_max:0.#####} mm: ");
            _evidence = string.Create(Inv,
                $". The {LiteratureRecommendation.PtvMarginText("-")} expansion of the CTV is taken from radiotherapy of vertebral metastases (cailleteau2023, expert opinion).");
        }
        else
        {
            _opening = string.Create(Inv, $"PTV margin outside the {Range(_min, _max, "mm")} recommended by the protocol in force: ");
            _evidence = string.Create(Inv,
                $". cailleteau2023 recommends {LiteratureRecommendation.PtvMarginText("-")}, an expansion of the CTV taken from radiotherapy of vertebral metastases (expert opinion).");
        }
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (Outside(facts.PtvMarginSuperiorMm) || Outside(facts.PtvMarginInferiorMm) || Outside(facts.PtvMarginRadialMm))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => _opening + OutsideText(facts) + _evidence;

    private bool Outside(double? margin) => margin is { } mm && (Below(mm, _min) || Above(mm, _max));

    /// <summary>The PTV margins outside the range, e.g. <c>superior 8 mm, radial 22 mm</c>.</summary>
    private string OutsideText(PlanFacts facts)
    {
        string? outside = null;
        outside = Append(outside, "superior", facts.PtvMarginSuperiorMm);
        outside = Append(outside, "inferior", facts.PtvMarginInferiorMm);
        outside = Append(outside, "radial", facts.PtvMarginRadialMm);
        return outside ?? string.Empty;
    }

    private string? Append(string? list, string name, double? margin)
    {
        if (!Outside(margin))
        {
            return list;
        }

        var item = string.Create(Inv, $"{name} {margin!.Value:0.#####} mm");
        return list is null ? item : list + ", " + item;
    }
}
