using System.Collections.Immutable;
using EmhRt.Organs;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>PREGNANCY_FETAL_DOSE</c>: the patient is pregnant. The fetal threshold is the protocol's
/// (<see cref="EmhProtocol.FetalThresholdGy"/>, Gy; the lower end of lancetoncol2005's 0.1-0.2 Gy in the default) and the
/// unshielded out-of-field share <see cref="EmhProtocol.FetalOutOfFieldPercent"/> (%, medphys2007), clinical-facts-organs §2.4.
/// </summary>
internal sealed class PregnancyFetalDoseRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Lancetoncol2005, Bibliography.Icrp84, Bibliography.Kal2002, Bibliography.Medphys2007, Bibliography.Stovall1995];

    private readonly OrganModel _organs;
    private readonly double _threshold, _outOfField;
    private readonly string _thresholdText;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="organs">The same protocol's organ model (its pregnancy band).</param>
    public PregnancyFetalDoseRule(EmhProtocol protocol, OrganModel organs)
        : base(protocol, FindingCodes.PregnancyFetalDose)
    {
        _organs = organs;
        _threshold = protocol.FetalThresholdGy;
        _outOfField = protocol.FetalOutOfFieldPercent;
        _thresholdText = ThresholdText(protocol);
    }

    /// <summary>
    /// The fetal threshold as lancetoncol2005 gives it, with its opening parenthesis left open for the caller:
    /// <c>0.1-0.2 Gy (lancetoncol2005</c>, and the protocol's value after it when the protocol uses another.
    /// </summary>
    public static string ThresholdText(EmhProtocol protocol) =>
        protocol.FetalThresholdGy == LiteratureRecommendation.FetalThresholdMinGy
            ? string.Create(Inv, $"{protocol.FetalThresholdGy:0.###}-{LiteratureRecommendation.FetalThresholdMaxGy:0.###} Gy (lancetoncol2005")
            : string.Create(Inv,
                $"{LiteratureRecommendation.FetalThresholdMinGy:0.###}-{LiteratureRecommendation.FetalThresholdMaxGy:0.###} Gy (lancetoncol2005; "
                + $"the protocol in force uses {protocol.FetalThresholdGy:0.###} Gy");

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.PregnancyStatus == Planning.PregnancyStatus.Pregnant)
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var threshold = _threshold;
        var where = facts.AbdomenOrPelvisInField
            ? string.Create(Inv,
                $"The field reaches the abdomen or pelvis (irradiated levels {OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, _organs.PregnancyBand)}): "
                + $"the uterus may receive up to the prescription, {facts.TotalDoseGy:0.#####} Gy, about {facts.TotalDoseGy / threshold:0} times the threshold.")
            : string.Create(Inv,
                $"The field does not reach the abdomen or pelvis, but out-of-field fetal dose reached {_outOfField:0.###} % of the "
                + $"prescription unshielded (medphys2007): {facts.TotalDoseGy * _outOfField / 100:0.###} Gy here, "
                + $"{(facts.TotalDoseGy * _outOfField / 100 >= threshold - Tolerance ? "at or above" : "below")} {threshold:0.###} Gy.");
        return string.Create(Inv,
            $"The patient is pregnant. Deterministic fetal effects such as malformation and mental retardation probably arise only above "
            + $"{_thresholdText}; ICRP 84: 100-200 mGy, and from 8 to 25 weeks after conception doses above 100 mGy can "
            + $"lower IQ, icrp84 and kal2002 [sec]). {where} Fetal-dose estimates from TG-36 data were up to a factor of 3 off and on average "
            + $"31 % low (medphys2007); shielding can halve the fetal dose (stovall1995). A physicist's fetal-dose estimate and a "
            + $"multidisciplinary decision are needed before treatment.");
    }
}
