using System.Collections.Immutable;
using EmhRt.Organs;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>LONG_FIELD_BLOOD_COUNTS</c>: the CTV spans at least <see cref="EmhProtocol.LongFieldLevelCount"/> levels; blood
/// counts may fall (federico2009, kitanaka2016, clinical-facts §8: derived advice). The share of proliferating marrow
/// irradiated uses the protocol's shares; hayman2011's (clinical-facts-organs §2.12) are quoted, and the protocol's
/// beside them when they differ.
/// </summary>
internal sealed class LongFieldBloodCountsRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Federico2009, Bibliography.Kitanaka2016, Bibliography.Cailleteau2023];
    private static readonly ImmutableArray<string> CitationsWithMarrow = [Bibliography.Federico2009, Bibliography.Kitanaka2016, Bibliography.Cailleteau2023, Bibliography.Hayman2011];

    private readonly int _levels;
    private readonly string _marrowSource;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public LongFieldBloodCountsRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.LongFieldBloodCounts)
    {
        _levels = protocol.LongFieldLevelCount;
        var protocolMarrow = LiteratureRecommendation.SameMarrow(protocol)
            ? string.Empty
            : string.Create(Inv,
                $"; the protocol in force uses cervical {protocol.ActiveMarrowCervicalPercent:0.#####}, thoracic {protocol.ActiveMarrowThoracicPercent:0.#####}, "
                + $"lumbar {protocol.ActiveMarrowLumbarPercent:0.#####}, sacrum {protocol.ActiveMarrowSacralPercent:0.#####} %");
        _marrowSource = string.Create(Inv,
            $"(hayman2011, FLT-PET of 13 adults: cervical {LiteratureRecommendation.MarrowCervicalPercent:0.#####}, "
            + $"thoracic {LiteratureRecommendation.MarrowThoracicPercent:0.#####}, lumbar {LiteratureRecommendation.MarrowLumbarPercent:0.#####}, "
            + $"sacrum {LiteratureRecommendation.MarrowSacralPercent:0.#####} %{protocolMarrow}, each spread evenly "
            + $"over its region's levels by EmhRt; adult population data, which may not hold for children or for the expanded or fibrotic "
            + $"marrow of EMH patients).");
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.CtvLevelCount >= _levels)
        {
            found.Add(this, Rule.Code, Rule.Severity, facts.IrradiatedLevelMask == 0 ? Citations : CitationsWithMarrow);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"The CTV spans {facts.CtvLevelCount} vertebral levels ({_levels} or more). EMH is compensatory blood "
        + $"production, and irradiating it or long marrow-bearing fields can lower blood counts: splenic irradiation "
        + $"in myelofibrosis caused severe cytopenias in 13 % of courses (federico2009) and marked thrombocytopenia or "
        + $"neutropenia in about half of 14 patients (kitanaka2016), while the T1-S2 field of cailleteau2023 caused no "
        + $"significant acute toxicity. Monitoring blood counts during the course is EmhRt's derived advice, not an "
        + $"EMH-specific rule.{MarrowClause(facts)}");

    /// <summary>The active-marrow sentence, or empty when the irradiated levels are not known.</summary>
    private string MarrowClause(PlanFacts facts) =>
        facts.IrradiatedLevelMask == 0
            ? string.Empty
            : string.Create(Inv,
                $" The irradiated levels ({OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, null)}) hold about {facts.ActiveMarrowPercent:0.#} % of the body's "
                + $"proliferating marrow {_marrowSource}");
}
