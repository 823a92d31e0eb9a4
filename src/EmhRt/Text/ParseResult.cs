using System.Diagnostics.CodeAnalysis;

namespace EmhRt.Text;

/// <summary>
/// The outcome of parsing user text: either a value, or a message saying what was wrong and the zero-based
/// character position where the problem was found. Parsing user text never throws; call
/// <see cref="GetValueOrThrow"/> when an exception is wanted.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>
/// <c>default(ParseResult&lt;T&gt;)</c> is a failure with the message "no value was parsed" at position 0,
/// so an uninitialised result can never be mistaken for a success.
/// </remarks>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly string? _error;

    private ParseResult(T value, string? error, int position, bool success)
    {
        _value = value;
        _error = error;
        Position = position;
        Success = success;
    }

    /// <summary>Whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success { get; }

    /// <summary>The message when parsing failed; <see langword="null"/> on success.</summary>
    public string? Error => Success ? null : _error ?? "no value was parsed";

    /// <summary>Zero-based position in the input where the problem was found; 0 on success.</summary>
    public int Position { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">Parsing failed.</exception>
    public T Value => Success ? _value : throw new InvalidOperationException(Describe());

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    [SuppressMessage("Design", "CA1000", Justification = "Factory on the result type, as NodaTime's ParseResult<T>.")]
    public static ParseResult<T> ForValue(T value) => new(value, null, 0, success: true);

    /// <summary>Creates a failed result.</summary>
    /// <param name="error">What was wrong, in words a user understands.</param>
    /// <param name="position">Zero-based position of the problem in the input.</param>
    [SuppressMessage("Design", "CA1000", Justification = "Factory on the result type, as NodaTime's ParseResult<T>.")]
    public static ParseResult<T> ForError(string error, int position)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return new ParseResult<T>(default!, error, position, success: false);
    }

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="value">The parsed value, or the type's default on failure.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>Returns the value, or throws a <see cref="FormatException"/> carrying the message and position.</summary>
    /// <exception cref="FormatException">Parsing failed.</exception>
    public T GetValueOrThrow() => Success ? _value : throw new FormatException(Describe());

    /// <summary>Converts a failure to a failure of another type, keeping message and position.</summary>
    /// <typeparam name="TOther">The other type.</typeparam>
    /// <exception cref="InvalidOperationException">This result is a success.</exception>
    public ParseResult<TOther> ConvertError<TOther>() =>
        Success
            ? throw new InvalidOperationException("A successful result has no error to convert.")
            : ParseResult<TOther>.ForError(Error, Position);

    /// <summary>"message (at position n)" for a failure, or the value's text for a success.</summary>
    public override string ToString() => Success ? _value?.ToString() ?? string.Empty : Describe();

    private string Describe() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Error} (at position {Position})");
}
