using System.Collections.Immutable;
using EmhRt.Spine;

namespace EmhRt.Volumes;

/// <summary>How a proposed treated span (or spans) covers one lesion.</summary>
/// <remarks>
/// Margins count contiguous treated levels beyond the lesion edge, stopping at the first untreated level or at
/// C1/Co; a margin is 0 when the lesion edge itself is not treated. Seed 003 (<c>actabiomed2017</c>): lesion
/// T5–T8 treated T3–T9 is covered with 2 levels above and 1 below.
/// </remarks>
public sealed class LesionCoverage
{
    internal LesionCoverage(
        VertebralSpan lesion, ImmutableArray<VertebralLevel> uncovered, int above, int below, int availableAbove, int availableBelow)
    {
        Lesion = lesion;
        UncoveredLevels = uncovered;
        MarginLevelsAbove = above;
        MarginLevelsBelow = below;
        LevelsAvailableAbove = availableAbove;
        LevelsAvailableBelow = availableBelow;
    }

    /// <summary>The lesion.</summary>
    public VertebralSpan Lesion { get; }

    /// <summary>Whether every level of the lesion is treated.</summary>
    public bool IsCovered => UncoveredLevels.IsEmpty;

    /// <summary>Lesion levels not treated, cranial to caudal.</summary>
    public ImmutableArray<VertebralLevel> UncoveredLevels { get; }

    /// <summary>Contiguous treated levels above the lesion's cranial edge (0 if that edge is untreated).</summary>
    public int MarginLevelsAbove { get; }

    /// <summary>Contiguous treated levels below the lesion's caudal edge (0 if that edge is untreated).</summary>
    public int MarginLevelsBelow { get; }

    /// <summary>Levels that exist above the lesion (0 for a lesion starting at C1).</summary>
    public int LevelsAvailableAbove { get; }

    /// <summary>Levels that exist below the lesion (0 for a lesion ending at the coccyx).</summary>
    public int LevelsAvailableBelow { get; }

    /// <summary>
    /// Whether the lesion is covered with at least <paramref name="margin"/> levels on each side, or as many as
    /// exist when the lesion lies closer than that to C1 or the coccyx.
    /// </summary>
    /// <param name="margin">The required margin, e.g. <see cref="CtvLevelMargin.Recommended"/> (<c>cailleteau2023</c>).</param>
    public bool MeetsMargin(CtvLevelMargin margin) =>
        IsCovered
        && MarginLevelsAbove >= Math.Min(margin.LevelsAbove, LevelsAvailableAbove)
        && MarginLevelsBelow >= Math.Min(margin.LevelsBelow, LevelsAvailableBelow);
}
