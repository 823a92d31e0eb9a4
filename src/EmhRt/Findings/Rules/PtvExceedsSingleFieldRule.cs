using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>PTV_EXCEEDS_SINGLE_FIELD</c>: a field's target plus the protocol's field margin at each end
/// (<see cref="EmhProtocol.FieldMarginMm"/>, mm) is longer than <see cref="EmhProtocol.SingleFieldLengthMm"/> (mm); one
/// finding per field. The default is the 400 mm a C-arm linac gives (clinical-facts §3, secondary source) and a 7 mm
/// margin within the 6-10 mm of clinical-facts-organs §5.1; a protocol that differs is named as such.
/// </summary>
internal sealed class PtvExceedsSingleFieldRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Anticancerres2026, Bibliography.Li2015, Bibliography.Koksal2022, Bibliography.Cailleteau2023];

    private readonly double _fieldMargin, _fieldLength;
    private readonly string _marginSource, _lengthSource;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public PtvExceedsSingleFieldRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.PtvExceedsSingleField)
    {
        _fieldMargin = protocol.FieldMarginMm;
        _fieldLength = protocol.SingleFieldLengthMm;
        var range = string.Create(Inv, $"{LiteratureRecommendation.FieldMarginMinMm:0.#####}-{LiteratureRecommendation.FieldMarginMaxMm:0.#####} mm");
        _marginSource = _fieldMargin >= LiteratureRecommendation.FieldMarginMinMm && _fieldMargin <= LiteratureRecommendation.FieldMarginMaxMm
            ? "an EmhRt assumption within the " + range + " a secondary source gives"
            : "a protocol value outside the " + range + " a secondary source gives";
        _lengthSource = _fieldLength == LiteratureRecommendation.LinacFieldLengthMm
            ? "the longest field a C-arm linac gives at isocentre (secondary source)"
            : string.Create(Inv, $"the protocol's longest single field (a C-arm linac gives at most {LiteratureRecommendation.LinacFieldLengthMm:0.#} mm at isocentre, secondary source)");
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        var fields = facts.FieldLengthsMm.IsDefaultOrEmpty
            ? (facts.PtvLengthMm is not null ? 1 : 0)
            : facts.FieldLengthsMm.Length;
        for (var index = 0; index < fields; index++)
        {
            if (Above(FieldTarget(facts, index) + (2 * _fieldMargin), _fieldLength))
            {
                found.Add(this, Rule.Code, Rule.Severity, Citations, index);
            }
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var length = FieldTarget(facts, index);
        var others = facts.FieldLengthsMm.IsDefaultOrEmpty ? 0 : facts.FieldLengthsMm.Length - 1;
        var envelope = others > 0 && facts.PtvLengthMm is { } whole
            ? string.Create(Inv, $" The plan has {others + 1} separate fields (envelope {whole:0.#} mm); each is checked on its own.")
            : string.Empty;
        return string.Create(Inv,
            $"{TargetName(facts, index)} is {length:0.#} mm long; with a field margin of {_fieldMargin:0.#####} mm beyond it at each end ({_marginSource}) "
            + $"the field would be {length + (2 * _fieldMargin):0.#} mm, more than "
            + $"{_fieldLength:0.#} mm, {_lengthSource}.{envelope} It needs junctioned "
            + $"fields or multi-isocentre VMAT (junction overlaps of about 10-12 cm were needed for adequate junction coverage in "
            + $"craniospinal VMAT, anticancerres2026; two isocentres covered targets up to 90 cm with the collimator at 45 degrees, li2015) "
            + $"or helical tomotherapy, which treats targets up to 135 cm in one plan (koksal2022). The T1-S2 case of cailleteau2023 "
            + $"was treated with helical tomotherapy.");
    }

    /// <summary>Length of field <paramref name="index"/>'s target (mm): <see cref="PlanFacts.FieldLengthsMm"/>, else the PTV.</summary>
    private static double FieldTarget(PlanFacts facts, int index) =>
        facts.FieldLengthsMm.IsDefaultOrEmpty ? facts.PtvLengthMm!.Value : facts.FieldLengthsMm[index];

    /// <summary>What the target of a field is called in a message.</summary>
    private static string TargetName(PlanFacts facts, int index)
    {
        var ptv = facts.PtvLengthMm is not null;
        var several = !facts.FieldLengthsMm.IsDefaultOrEmpty && facts.FieldLengthsMm.Length > 1 || facts.CtvSegmentCount > 1;
        var text = !facts.FieldTexts.IsDefaultOrEmpty && index < facts.FieldTexts.Length ? facts.FieldTexts[index] : null;
        return (ptv, several && text is not null) switch
        {
            (true, true) => "The PTV of CTV " + text,
            (true, false) => "The PTV",
            (false, true) => "CTV " + text + " (no PTV margin given)",
            _ => "The CTV (no PTV margin given)",
        };
    }
}
