namespace EmhRt.Findings;

/// <summary>A reference that findings cite: its stable <see cref="Key"/> and the full <see cref="Reference"/> text.</summary>
/// <param name="Key">Stable citation key, e.g. <c>cailleteau2023</c>.</param>
/// <param name="Reference">Authors, title, journal, year and identifiers, for printing.</param>
public sealed record Citation(string Key, string Reference)
{
    /// <summary>Stable citation key, e.g. <c>cailleteau2023</c>.</summary>
    public string Key { get; init; } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>Authors, title, journal, year and identifiers, for printing.</summary>
    public string Reference { get; init; } = Reference ?? throw new ArgumentNullException(nameof(Reference));
}
