using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace EmhRt.Planning.Input;

/// <summary>The outcome of turning a <see cref="PlanInput"/> into a <see cref="PlanRequest"/>: the request, or every problem found.</summary>
public sealed class PlanInputResult
{
    internal PlanInputResult(PlanRequest? request, ImmutableArray<PlanInputError> errors)
    {
        Request = request;
        Errors = errors;
    }

    /// <summary>Whether the input made a request.</summary>
    [MemberNotNullWhen(true, nameof(Request))]
    public bool Success => Request is not null;

    /// <summary>The request, when the input was valid.</summary>
    public PlanRequest? Request { get; }

    /// <summary>Every problem found, in field order; empty on success.</summary>
    public ImmutableArray<PlanInputError> Errors { get; }
}
