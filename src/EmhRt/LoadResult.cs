using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace EmhRt;

/// <summary>
/// The outcome of loading something a caller names (a protocol, a spine geometry): the value, or every problem found
/// (never both). Loading never throws for bad content; the problems are data.
/// </summary>
/// <typeparam name="T">What is loaded.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    private LoadResult(T? value, ImmutableArray<LoadError> errors)
    {
        Value = value;
        Errors = errors.IsDefault ? [] : errors;
    }

    /// <summary>Whether loading succeeded: <see cref="Value"/> is set and <see cref="Errors"/> is empty.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null;

    /// <summary>The loaded value; <see langword="null"/> when there are errors.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in document (file) order; empty on success.</summary>
    public ImmutableArray<LoadError> Errors { get; }

    /// <summary>A successful load.</summary>
    internal static LoadResult<T> ForValue(T value) => new(value, []);

    /// <summary>A failed load with at least one problem.</summary>
    internal static LoadResult<T> ForErrors(ImmutableArray<LoadError> errors) => new(null, errors);
}
