using EmhRt.Spine;
using EmhRt.Tests.Properties;

namespace EmhRt.Tests.Spine;

/// <summary>Shrinking generators of spine values (shrink toward the first anatomy, the first level, one span).</summary>
internal static class SpineGenerators
{
    public static Draw<SpineAnatomy> Anatomy => Draw.Elements(SpineAnatomy.All.ToArray());

    /// <summary>Any level of any anatomy (including T13 and L6).</summary>
    public static Draw<VertebralLevel> AnyLevel =>
        Draw.Elements(Enumerable.Range(0, 32).Select(i => SpineAnatomy.Create(13, 6).LevelAt(i)).ToArray());

    public static Draw<(SpineAnatomy Anatomy, VertebralLevel Level)> LevelIn =>
        from a in Anatomy
        from i in Draw.Choose(0, a.LevelCount - 1)
        select (a, a.LevelAt(i));

    public static Draw<(SpineAnatomy Anatomy, VertebralSpan Span)> SpanIn =>
        from a in Anatomy
        from i in Draw.Choose(0, a.LevelCount - 1)
        from j in Draw.Choose(0, a.LevelCount - 1)
        select (a, VertebralSpan.Create(a.LevelAt(i), a.LevelAt(j)));

    public static Draw<VertebralSpan[]> SpansIn(SpineAnatomy a) =>
        from n in Draw.Choose(1, 4)
        from spans in Draw.ArrayOf(
            from i in Draw.Choose(0, a.LevelCount - 1)
            from j in Draw.Choose(0, a.LevelCount - 1)
            select VertebralSpan.Create(a.LevelAt(i), a.LevelAt(j)), n)
        select spans;
}
