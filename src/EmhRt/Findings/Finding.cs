using System.Collections.Immutable;
using System.Globalization;

namespace EmhRt.Findings;

/// <summary>
/// One clinical finding about a plan: a stable <see cref="Code"/> (see <see cref="FindingCodes"/>), a
/// <see cref="Severity"/>, a plain-English <see cref="Message"/> carrying the numbers that triggered it, and the
/// citation keys (see <see cref="Bibliography"/>) of the evidence behind it. Findings are data, never exceptions.
/// </summary>
/// <remarks>Equality compares code, severity, message and the citation keys in order.</remarks>
public sealed class Finding : IEquatable<Finding>
{
    private readonly Func<FindingRules, PlanFacts, int, string>? _messageFactory;
    private readonly FindingRules? _rules;
    private readonly PlanFacts? _facts;
    private readonly int _index;
    private string? _message;

    /// <summary>Creates a finding.</summary>
    /// <param name="code">Stable code, normally one of <see cref="FindingCodes"/>.</param>
    /// <param name="severity">How strongly it asks for attention.</param>
    /// <param name="message">Plain clinical English with the triggering numbers, formatted invariantly.</param>
    /// <param name="citations">Citation keys from <see cref="Bibliography"/>; a default array is taken as empty.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is null or empty.</exception>
    public Finding(string code, Severity severity, string message, ImmutableArray<string> citations)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(message);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined severity.");
        }

        Code = code;
        Severity = severity;
        _message = message;
        Citations = citations.IsDefault ? [] : citations;
    }

    /// <summary>
    /// A finding whose message is written on first read, as <c>message(rules, facts, index)</c>: batch runs that only
    /// need codes and severities never pay for formatting the text, and a static factory with its state here needs no
    /// closure per finding. The factory must be pure (it may run more than once under a race).
    /// </summary>
    /// <param name="code">Stable code.</param>
    /// <param name="severity">Severity.</param>
    /// <param name="message">Writes the message from the rules, the plan's facts and <paramref name="index"/>.</param>
    /// <param name="citations">Citation keys.</param>
    /// <param name="rules">The rules that found it (thresholds quoted in the message).</param>
    /// <param name="facts">The plan's facts.</param>
    /// <param name="index">Which lesion of <see cref="PlanFacts.Lesions"/> the finding is about; 0 otherwise.</param>
    internal Finding(
        string code, Severity severity, Func<FindingRules, PlanFacts, int, string> message, ImmutableArray<string> citations,
        FindingRules rules, PlanFacts facts, int index = 0)
    {
        Code = code;
        Severity = severity;
        _messageFactory = message;
        _rules = rules;
        _facts = facts;
        _index = index;
        Citations = citations.IsDefault ? [] : citations;
    }

    /// <summary>The stable code, e.g. <c>DOSE_BELOW_RANGE</c> (<see cref="FindingCodes"/>).</summary>
    public string Code { get; }

    /// <summary>How strongly the finding asks for attention.</summary>
    public Severity Severity { get; }

    /// <summary>What was found (with the numbers), why it matters and what the literature did.</summary>
    public string Message => _message ??= _messageFactory!(_rules!, _facts!, _index);

    /// <summary>Keys of the references behind the message (<see cref="Bibliography"/>); never default.</summary>
    public ImmutableArray<string> Citations { get; }

    /// <inheritdoc/>
    public bool Equals(Finding? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Citations.AsSpan().SequenceEqual(other.Citations.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), Severity, StringComparer.Ordinal.GetHashCode(Message), Citations.Length);

    /// <summary><c>severity CODE: message [key, key]</c>.</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{SeverityText.Format(Severity)} {Code}: {Message} [{string.Join(", ", Citations)}]");
}
