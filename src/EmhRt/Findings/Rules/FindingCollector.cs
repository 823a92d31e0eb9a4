using System.Collections.Immutable;

namespace EmhRt.Findings.Rules;

/// <summary>
/// The findings of one evaluation, in a caller-provided buffer large enough for every rule (on the stack for a
/// typical plan, see <see cref="FindingRuleSet"/>). Each entry is a <see cref="PendingFinding"/>: code, severity and
/// citations final, the message written later by the rule that found it.
/// </summary>
internal ref struct FindingCollector(Span<PendingFinding> items)
{
    private readonly Span<PendingFinding> _items = items;

    /// <summary>How many findings were added.</summary>
    public int Count { get; private set; }

    /// <summary>Whether a caution or warning was added.</summary>
    public bool HasConcern { get; private set; }

    /// <summary>Adds a finding of <paramref name="rule"/> whose message <see cref="FindingRule.Message"/> writes on first read.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="code">The finding code (one of the rule's <see cref="FindingRule.Codes"/>).</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="citations">Its citation keys.</param>
    /// <param name="index">What the finding is about (lesion, field, gap, organ or measured dose), handed back to the message.</param>
    public void Add(FindingRule rule, string code, Severity severity, ImmutableArray<string> citations, int index = 0) =>
        Add(new PendingFinding(code, severity, index, citations, rule));

    /// <summary>Adds a finding built once per protocol.</summary>
    /// <param name="finding">The finding.</param>
    public void Add(Finding finding) =>
        Add(new PendingFinding(finding.Code, finding.Severity, 0, finding.Citations, finding));

    /// <summary>Sorted by severity (warning first), then code (ordinal), keeping the order of addition among equal codes.</summary>
    public readonly PendingFinding[] ToSorted()
    {
        var result = new PendingFinding[Count];
        for (var i = 0; i < result.Length; i++)
        {
            // Stable insertion sort: few items.
            var item = _items[i];
            var j = i - 1;
            while (j >= 0 && Compare(result[j], item) > 0)
            {
                result[j + 1] = result[j];
                j--;
            }

            result[j + 1] = item;
        }

        return result;
    }

    private static int Compare(in PendingFinding a, in PendingFinding b)
    {
        var bySeverity = ((int)b.Severity).CompareTo((int)a.Severity);
        return bySeverity != 0 ? bySeverity : string.CompareOrdinal(a.Code, b.Code);
    }

    private void Add(in PendingFinding finding)
    {
        HasConcern |= finding.Severity >= Severity.Caution;
        _items[Count++] = finding;
    }
}
