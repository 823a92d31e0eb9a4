using System.Collections.Immutable;
using System.Globalization;

namespace EmhRt.Findings.Rules;

/// <summary>
/// Prose shared by several rules' messages. Numbers are written with the invariant culture; the clinical numbers come
/// from the protocol in force or from <see cref="LiteratureRecommendation"/>, quoted with their source.
/// </summary>
internal static class RuleText
{
    /// <summary>The culture of every number in a message.</summary>
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>EMH recurrence after radiotherapy (munn1998, actabiomed2017), as a sentence after another.</summary>
    public const string Recurrence =
        " EMH often recurs after radiotherapy: relapse rates of 37.5 % (munn1998) and 19-37.5 % (quoted by actabiomed2017) "
        + "are reported, and re-treatment gives a good chance of a second remission (munn1998).";

    /// <summary><paramref name="noun"/>, plural unless <paramref name="n"/> is 1.</summary>
    public static string Plural(int n, string noun) => n == 1 ? noun : noun + "s";

    /// <summary><c>level</c> or <c>levels</c>.</summary>
    public static string LevelNoun(int n) => n == 1 ? "level" : "levels";

    /// <summary><c>1 level</c>, <c>2 levels</c>.</summary>
    public static string Levels(int n) => n == 1 ? "1 level" : n.ToString(CultureInfo.InvariantCulture) + " levels";

    /// <summary><c>a gap of 2 levels</c>, <c>gaps of 1, 2 and 3 levels</c>.</summary>
    public static string GapText(ImmutableArray<int> gaps)
    {
        if (gaps.Length == 1)
        {
            return "a gap of " + Levels(gaps[0]);
        }

        var text = "gaps of ";
        for (var i = 0; i < gaps.Length; i++)
        {
            text += (i == 0 ? string.Empty : i == gaps.Length - 1 ? " and " : ", ") + gaps[i].ToString(CultureInfo.InvariantCulture);
        }

        return text + " levels";
    }

    /// <summary><paramref name="text"/> with its first letter in lower case.</summary>
    public static string LowerFirst(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) ? string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1)) : text;

    /// <summary>The re-irradiation recovery model in words (<see cref="PlanFacts.RecoveryModelText"/>), or <c>not stated</c>.</summary>
    public static string ModelText(PlanFacts facts) => facts.RecoveryModelText ?? "not stated";

    /// <summary>Prior courses that share a level with this course.</summary>
    public static int Overlapping(PlanFacts facts) => facts.PriorCourseCount - facts.NonOverlappingPriorCourseCount;

    /// <summary>A clause saying that the cord α/β used elsewhere differs from the α/β 2 Gy of the nieder2006 limits, or empty.</summary>
    public static string OtherAlphaBeta(PlanFacts facts) =>
        facts.CordAlphaBetaGy == 2
            ? string.Empty
            : string.Create(Inv, $" (the cord figures elsewhere in this report use α/β {facts.CordAlphaBetaGy:0.#####} Gy; they are not compared with these limits)");

    /// <summary>A range of the protocol, e.g. <c>12-24 Gy</c>.</summary>
    public static string Range(double min, double max, string unit) => string.Create(Inv, $"{min:0.#####}-{max:0.#####} {unit}");
}
