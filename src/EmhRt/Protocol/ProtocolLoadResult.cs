using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace EmhRt.Protocol;

/// <summary>The outcome of loading a protocol: the protocol, or every problem found (never both).</summary>
public sealed class ProtocolLoadResult
{
    internal ProtocolLoadResult(EmhProtocol? protocol, ImmutableArray<ProtocolError> errors)
    {
        Protocol = protocol;
        Errors = errors.IsDefault ? [] : errors;
    }

    /// <summary>The loaded protocol; <see langword="null"/> when there are errors.</summary>
    public EmhProtocol? Protocol { get; }

    /// <summary>Every problem found, in document order; empty on success.</summary>
    public ImmutableArray<ProtocolError> Errors { get; }

    /// <summary>Whether the protocol loaded without errors.</summary>
    [MemberNotNullWhen(true, nameof(Protocol))]
    public bool Success => Protocol is not null;
}
