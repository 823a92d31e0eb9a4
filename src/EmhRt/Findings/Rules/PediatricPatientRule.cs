using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>PEDIATRIC_PATIENT</c>: the patient is younger than <see cref="EmhProtocol.PediatricAgeYears"/> (years). Growth
/// effects by age band from nanda2024 (PENTEC, clinical-facts §7); when <c>FERTILITY_COUNSELLING</c> is raised the
/// fertility advice is left to it.
/// </summary>
internal sealed class PediatricPatientRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Actabiomed2017, Bibliography.Gray1918, Bibliography.Nanda2024, Bibliography.Hoeben2019, Bibliography.Loren2013];
    private static readonly ImmutableArray<string> CitationsWithoutFertility = [Bibliography.Actabiomed2017, Bibliography.Gray1918, Bibliography.Nanda2024, Bibliography.Hoeben2019];

    private readonly double _age;
    private readonly FertilityCounsellingRule _fertility;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="fertility">The same protocol's fertility rule, which says whether the fertility advice goes there.</param>
    public PediatricPatientRule(EmhProtocol protocol, FertilityCounsellingRule fertility)
        : base(protocol, FindingCodes.PediatricPatient)
    {
        _age = protocol.PediatricAgeYears;
        _fertility = fertility;
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.AgeYears is { } age && Below(age, _age))
        {
            found.Add(this, Rule.Code, Rule.Severity, _fertility.Applies(facts) ? CitationsWithoutFertility : Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"Patient aged {facts.AgeYears!.Value:0.#####} years (under {_age:0.#####}). Spinal cord compression from EMH is very rare "
        + $"in the first two decades (actabiomed2017). The vertebral lengths are adult population values (gray1918): for a child they "
        + $"are rough estimates; give the patient's own level positions from the planning CT. Vertebral irradiation affects spinal "
        + $"growth (nanda2024, conventional fractionation; no data on hypofractionated regimens): under age 2, clinically significant "
        + $"scoliosis can occur at 15 Gy or more; at ages 2-6, scoliosis of any grade exceeded 30 % above 20 Gy; over age 6 the "
        + $"risk remains above 30 Gy, mostly mild.{PediatricBand(facts)} Until the pubertal growth spurt is over, give a homogeneous dose "
        + $"to whole vertebrae (body and arch), and in young children irradiate as few vertebrae as possible (hoeben2019).{(_fertility.Applies(facts) ? " Fertility: see FERTILITY_COUNSELLING." : " Before treatment, raise the possibility of infertility with the patient and the parents, discuss fertility preservation and refer to reproductive specialists early (loren2013, an oncology guideline applied to EMH by analogy).")}");

    /// <summary>The age band of this patient and where the plan's dose lies in it (nanda2024).</summary>
    private static string PediatricBand(PlanFacts facts)
    {
        var age = facts.AgeYears!.Value;
        var total = facts.TotalDoseGy;
        if (Below(age, 2))
        {
            return !Below(total, 15)
                ? string.Create(Inv, $" This plan's {total:0.#####} Gy is at or above 15 Gy in a child under 2: inside PENTEC's risk band.")
                : string.Create(Inv, $" This plan's {total:0.#####} Gy is below 15 Gy in a child under 2.");
        }

        if (!Above(age, 6))
        {
            return Above(total, 20)
                ? string.Create(Inv, $" This plan's {total:0.#####} Gy is above 20 Gy in a child aged 2-6: inside PENTEC's risk band.")
                : string.Create(Inv, $" This plan's {total:0.#####} Gy is not above 20 Gy in a child aged 2-6.");
        }

        return Above(total, 30)
            ? string.Create(Inv, $" This plan's {total:0.#####} Gy is above 30 Gy in a patient over 6: inside PENTEC's risk band.")
            : string.Create(Inv, $" Over age 6, PENTEC flags no risk at this plan's {total:0.#####} Gy (30 Gy or less).");
    }
}
