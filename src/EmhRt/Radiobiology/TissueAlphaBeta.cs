namespace EmhRt.Radiobiology;

/// <summary>A tissue's α/β ratio with its source, and whether the value is a modelling assumption rather than a published value.</summary>
/// <param name="Tissue">The tissue, in clinical words.</param>
/// <param name="Value">The α/β ratio in Gy.</param>
/// <param name="Citation">Citation key from clinical-facts (e.g. <c>nieder2006</c>), or null for an assumption.</param>
/// <param name="IsAssumption">True when no published value supports the number; label it as an assumption in output.</param>
/// <param name="Note">One sentence on where the value comes from.</param>
public sealed record TissueAlphaBeta(string Tissue, AlphaBeta Value, string? Citation, bool IsAssumption, string Note)
{
    /// <summary>The tissue, in clinical words.</summary>
    public string Tissue { get; init; } = Tissue ?? throw new ArgumentNullException(nameof(Tissue));

    /// <summary>One sentence on where the value comes from.</summary>
    public string Note { get; init; } = Note ?? throw new ArgumentNullException(nameof(Note));
}
