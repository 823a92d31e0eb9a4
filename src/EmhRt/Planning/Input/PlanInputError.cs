namespace EmhRt.Planning.Input;

/// <summary>One problem with a plan's input: which field, and what was wrong in words a user understands.</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What was wrong and what is expected, e.g. <c>'T0' is not a vertebral level ...</c>.</param>
public sealed record PlanInputError(PlanField Field, string Message)
{
    /// <summary>What was wrong and what is expected, e.g. <c>'T0' is not a vertebral level ...</c>.</summary>
    public string Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));
}
