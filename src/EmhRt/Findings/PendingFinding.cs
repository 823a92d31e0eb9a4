using System.Collections.Immutable;

namespace EmhRt.Findings;

/// <summary>
/// One finding of <see cref="FindingRules.Pending"/> whose message is not written yet: the code, severity and citations
/// are final, the text is written by <see cref="Write"/> from the rules and the plan's facts, which the caller (the
/// assessment) holds. A <see cref="Finding"/> holds only its own text.
/// </summary>
/// <param name="Code">The finding code.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Citations">Its citation keys.</param>
/// <param name="Index">Which lesion of <see cref="PlanFacts.Lesions"/> the finding is about; 0 otherwise.</param>
/// <param name="Source">
/// Either the <c>Func&lt;FindingRules, PlanFacts, int, string&gt;</c> that writes the message from the rules, the facts and
/// <paramref name="Index"/>, or the <see cref="Finding"/> itself when its text has no number (built once per protocol):
/// one field for both keeps the entry at 32 bytes.
/// </param>
internal readonly record struct PendingFinding(string Code, Severity Severity, int Index, ImmutableArray<string> Citations, object Source)
{
    /// <summary>The finding with its message, written from the <paramref name="rules"/> and <paramref name="facts"/> that found it.</summary>
    public Finding Write(FindingRules rules, PlanFacts facts) =>
        Source as Finding ?? new Finding(Code, Severity, ((Func<FindingRules, PlanFacts, int, string>)Source)(rules, facts, Index), Citations);
}
