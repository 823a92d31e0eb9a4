using EmhRt.Spine;
using FsCheck;
using FsCheck.Fluent;

namespace EmhRt.Tests.Spine;

internal static class SpineGenerators
{
    public static Config Config => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true);

    public static Gen<SpineAnatomy> Anatomy => Gen.Elements(SpineAnatomy.All.ToArray());

    /// <summary>Any level of any anatomy (including T13 and L6).</summary>
    public static Gen<VertebralLevel> AnyLevel =>
        Gen.Elements(Enumerable.Range(0, 32).Select(i => SpineAnatomy.Create(13, 6).LevelAt(i)).ToArray());

    public static Gen<(SpineAnatomy Anatomy, VertebralLevel Level)> LevelIn =>
        from a in Anatomy
        from i in Gen.Choose(0, a.LevelCount - 1)
        select (a, a.LevelAt(i));

    public static Gen<(SpineAnatomy Anatomy, VertebralSpan Span)> SpanIn =>
        from a in Anatomy
        from i in Gen.Choose(0, a.LevelCount - 1)
        from j in Gen.Choose(0, a.LevelCount - 1)
        select (a, VertebralSpan.Create(a.LevelAt(i), a.LevelAt(j)));

    public static Gen<VertebralSpan[]> SpansIn(SpineAnatomy a) =>
        from n in Gen.Choose(1, 4)
        from spans in Gen.ArrayOf(
            from i in Gen.Choose(0, a.LevelCount - 1)
            from j in Gen.Choose(0, a.LevelCount - 1)
            select VertebralSpan.Create(a.LevelAt(i), a.LevelAt(j)), n)
        select spans;
}
