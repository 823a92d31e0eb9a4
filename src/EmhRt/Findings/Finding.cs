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
    /// <summary>Creates a finding.</summary>
    /// <param name="code">Stable code, normally one of <see cref="FindingCodes"/>.</param>
    /// <param name="severity">How strongly it asks for attention.</param>
    /// <param name="message">Plain clinical English with the triggering numbers, formatted invariantly.</param>
    /// <param name="citations">Citation keys from <see cref="Bibliography"/>; a default array is taken as empty.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is null or empty.</exception>
    internal Finding(string code, Severity severity, string message, ImmutableArray<string> citations)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(message);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined severity.");
        }

        Code = code;
        Severity = severity;
        Message = message;
        Citations = citations.IsDefault ? [] : citations;
    }

    /// <summary>The stable code, e.g. <c>DOSE_BELOW_RANGE</c> (<see cref="FindingCodes"/>).</summary>
    public string Code { get; }

    /// <summary>How strongly the finding asks for attention.</summary>
    public Severity Severity { get; }

    /// <summary>What was found (with the numbers), why it matters and what the literature did.</summary>
    public string Message { get; }

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
