using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EmhRt.Volumes;

/// <summary>
/// The clinical target volume margin in whole vertebral levels: how many levels above (cranial to) and below
/// (caudal to) each lesion the CTV includes; each 0–10.
/// </summary>
/// <remarks>
/// <c>default(CtvLevelMargin)</c> is <see cref="Recommended"/>: one level above and one below, as recommended in
/// <c>cailleteau2023</c> [seed] (evidence level: expert opinion; recommended, not proven). Out-of-field recurrence
/// next to the field is the risk the margin addresses (<c>fontanesi2020</c>).
/// </remarks>
public readonly struct CtvLevelMargin : IEquatable<CtvLevelMargin>
{
    /// <summary>The largest margin accepted, in levels.</summary>
    public const int MaxLevels = 10;

    /// <summary>The recommended margin on each side, in levels (<c>cailleteau2023</c>, expert opinion).</summary>
    public const int RecommendedLevels = 1;

    // Stored relative to the recommended margin so that default means 1 and 1.
    private readonly sbyte _above;
    private readonly sbyte _below;

    private CtvLevelMargin(int above, int below)
    {
        _above = (sbyte)(above - RecommendedLevels);
        _below = (sbyte)(below - RecommendedLevels);
    }

    /// <summary>One level above and one below each lesion, as recommended in <c>cailleteau2023</c> (expert opinion).</summary>
    public static CtvLevelMargin Recommended => default;

    /// <summary>Levels added cranially to each lesion (0–10).</summary>
    public int LevelsAbove => _above + RecommendedLevels;

    /// <summary>Levels added caudally to each lesion (0–10).</summary>
    public int LevelsBelow => _below + RecommendedLevels;

    /// <summary>Creates a margin.</summary>
    /// <param name="levelsAbove">Levels above each lesion, 0–10.</param>
    /// <param name="levelsBelow">Levels below each lesion, 0–10.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is outside 0–10.</exception>
    public static CtvLevelMargin Create(int levelsAbove, int levelsBelow) =>
        TryCreate(levelsAbove, levelsBelow, out var margin, out var error)
            ? margin
            : throw new ArgumentOutOfRangeException(levelsAbove is < 0 or > MaxLevels ? nameof(levelsAbove) : nameof(levelsBelow), error);

    /// <summary>
    /// Parses a number of CTV levels a user writes: a whole number (ASCII digits, no sign), 0 or more. The one grammar
    /// of every front end; the 0–10 range is checked when the margin is built (<see cref="TryCombine"/>). Never throws.
    /// </summary>
    /// <param name="text">The text, e.g. <c>1</c>.</param>
    public static Text.ParseResult<int> ParseLevels(string? text) => Text.NumberText.ParseWhole(text, "a number of levels", "'0' or '2'");

    /// <summary>Creates a margin from user input, or says why it is invalid.</summary>
    /// <param name="levelsAbove">Levels above each lesion, 0–10.</param>
    /// <param name="levelsBelow">Levels below each lesion, 0–10.</param>
    /// <param name="margin">The margin, or <see cref="Recommended"/> on failure.</param>
    /// <param name="error">What is wrong, or <see langword="null"/>.</param>
    /// <returns>Whether both counts are valid.</returns>
    public static bool TryCreate(int levelsAbove, int levelsBelow, out CtvLevelMargin margin, [NotNullWhen(false)] out string? error)
    {
        margin = default;
        if (levelsAbove is < 0 or > MaxLevels)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"the CTV margin above the lesion must be 0 to {MaxLevels} levels, not {levelsAbove}");
            return false;
        }

        if (levelsBelow is < 0 or > MaxLevels)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"the CTV margin below the lesion must be 0 to {MaxLevels} levels, not {levelsBelow}");
            return false;
        }

        margin = new CtvLevelMargin(levelsAbove, levelsBelow);
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(CtvLevelMargin other) => _above == other._above && _below == other._below;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CtvLevelMargin other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_above * 32) + _below;

    /// <summary>Invariant text such as "1 level above, 2 levels below".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{LevelsAbove} level{(LevelsAbove == 1 ? "" : "s")} above, {LevelsBelow} level{(LevelsBelow == 1 ? "" : "s")} below");

    /// <summary>Whether two margins are equal.</summary>
    public static bool operator ==(CtvLevelMargin left, CtvLevelMargin right) => left.Equals(right);

    /// <summary>Whether two margins differ.</summary>
    public static bool operator !=(CtvLevelMargin left, CtvLevelMargin right) => !left.Equals(right);

    /// <summary>
    /// Combines the level margins a user stated: one value for both directions, overridden per direction.
    /// Nothing stated gives <see langword="null"/> (use the protocol's); one direction alone is an error, never a
    /// silent default for the other.
    /// </summary>
    /// <param name="bothLevels">Levels above and below, or <see langword="null"/>.</param>
    /// <param name="levelsAbove">Levels above, or <see langword="null"/>.</param>
    /// <param name="levelsBelow">Levels below, or <see langword="null"/>.</param>
    /// <param name="margin">The margin, or <see langword="null"/> when none was stated or on failure.</param>
    /// <param name="error">What was wrong, on failure.</param>
    /// <returns>Whether the statement was complete and valid.</returns>
    public static bool TryCombine(int? bothLevels, int? levelsAbove, int? levelsBelow, out CtvLevelMargin? margin, [NotNullWhen(false)] out string? error)
    {
        margin = null;
        error = null;
        if (bothLevels is null && levelsAbove is null && levelsBelow is null)
        {
            return true;
        }

        if ((levelsAbove ?? bothLevels) is not { } above || (levelsBelow ?? bothLevels) is not { } below)
        {
            error = "incomplete CTV level margin: give the levels for both directions, or one value for both";
            return false;
        }

        if (!TryCreate(above, below, out var created, out error))
        {
            return false;
        }

        margin = created;
        return true;
    }
}
