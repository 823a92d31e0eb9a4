using System.Collections.Immutable;
using EmhRt.Findings.Rules;

namespace EmhRt.Findings;

/// <summary>
/// One finding of <see cref="FindingRuleSet.Pending"/> whose message is not written yet: the code, severity and citations
/// are final, the text is written by <see cref="Write"/> from the rule that found it and the plan's facts, which the
/// caller (the assessment) holds. A <see cref="Finding"/> holds only its own text.
/// </summary>
/// <param name="Code">The finding code.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Citations">Its citation keys.</param>
/// <param name="Index">What the finding is about (a lesion of <see cref="PlanFacts.Lesions"/>, a field, a gap, an organ or a measured dose); 0 otherwise.</param>
/// <param name="Source">
/// Either the <see cref="FindingRule"/> that writes the message from the facts and <paramref name="Index"/>, or the
/// <see cref="Finding"/> itself when its text has no number (built once per protocol): one field for both keeps the
/// entry at 32 bytes.
/// </param>
internal readonly record struct PendingFinding(string Code, Severity Severity, int Index, ImmutableArray<string> Citations, object Source)
{
    /// <summary>The finding with its message, written by the rule that found it from <paramref name="facts"/>.</summary>
    /// <param name="facts">The facts the finding was raised from.</param>
    public Finding Write(PlanFacts facts) =>
        Source as Finding ?? new Finding(Code, Severity, ((FindingRule)Source).Message(facts, Index), Citations);
}
