using System.Collections.Immutable;
using System.Globalization;
using EmhRt.Text;

namespace EmhRt.Reporting;

/// <summary>
/// The grammar of a list of <see cref="PlanJsonSections"/> (<c>emhrt batch --sections</c>): names separated by commas,
/// case ignored: <c>summary</c>, <c>volumes</c>, <c>dose</c>, <c>schedule</c>, <c>reirradiation</c>, <c>findings</c>,
/// <c>finding-codes</c>, <c>literature</c>, <c>all</c>; a name with a leading <c>-</c> removes that section
/// (<c>all,-literature</c>; a list of removals alone starts from <c>all</c>). <c>finding-codes</c> writes the findings
/// without their messages, also together with <c>all</c>.
/// </summary>
public static class PlanJsonSectionList
{
    /// <summary>The section names in the order a list is written (<see cref="Format"/>); <c>all</c> is not among them.</summary>
    public static ImmutableArray<string> Names { get; } =
        ["summary", "volumes", "dose", "schedule", "reirradiation", "organs", "findings", "finding-codes", "literature"];

    private static readonly PlanJsonSections[] Values =
    [
        PlanJsonSections.Summary, PlanJsonSections.Volumes, PlanJsonSections.Dose, PlanJsonSections.Schedule,
        PlanJsonSections.Reirradiation, PlanJsonSections.Organs, PlanJsonSections.Findings, PlanJsonSections.FindingCodes, PlanJsonSections.Literature,
    ];

    /// <summary>Reads a list such as <c>summary,dose,finding-codes</c> or <c>all,-literature</c>; never throws.</summary>
    /// <param name="text">The list.</param>
    /// <returns>The sections, or the first problem with its position (0-based character index).</returns>
    public static ParseResult<PlanJsonSections> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<PlanJsonSections>.ForError("no section named: give a comma-separated list, e.g. summary,dose,findings, or all", 0);
        }

        var added = PlanJsonSections.None;
        var removed = PlanJsonSections.None;
        var anyAdded = false;
        var position = 0;
        foreach (var part in text.Split(','))
        {
            var token = part.Trim();
            var at = position + part.IndexOf(token, StringComparison.Ordinal);
            position += part.Length + 1;
            var remove = token.StartsWith('-');
            var name = remove ? token[1..].Trim() : token;
            if (name.Length == 0)
            {
                return ParseResult<PlanJsonSections>.ForError("empty section name in the list", at);
            }

            if (!TryName(name, out var section))
            {
                var nearest = Nearest(name);
                return ParseResult<PlanJsonSections>.ForError(
                    string.Create(CultureInfo.InvariantCulture, $"unknown section '{name}'{(nearest is null ? "." : $"; did you mean '{nearest}'?")} Sections: {string.Join(", ", Names)}, all"),
                    at);
            }

            if (remove)
            {
                removed |= section;
            }
            else
            {
                added |= section;
                anyAdded = true;
            }
        }

        if (added.HasFlag(PlanJsonSections.FindingCodes) && removed.HasFlag(PlanJsonSections.FindingCodes))
        {
            return ParseResult<PlanJsonSections>.ForError("finding-codes is both added and removed", 0);
        }

        if (Explicit(text, "findings") && Explicit(text, "finding-codes"))
        {
            return ParseResult<PlanJsonSections>.ForError("findings (with messages) and finding-codes (without) both write the findings: choose one", 0);
        }

        var sections = (anyAdded ? added : PlanJsonSections.All) & ~removed;
        if (sections.HasFlag(PlanJsonSections.FindingCodes))
        {
            sections &= ~PlanJsonSections.Findings;
        }

        if (removed.HasFlag(PlanJsonSections.Findings))
        {
            sections &= ~PlanJsonSections.FindingCodes;
        }

        return sections == PlanJsonSections.None
            ? ParseResult<PlanJsonSections>.ForError("no section left to write", 0)
            : ParseResult<PlanJsonSections>.ForValue(sections);
    }

    /// <summary>The names of <paramref name="sections"/> in <see cref="Names"/> order (what a batch row lists in <c>sections</c>).</summary>
    /// <param name="sections">The sections.</param>
    public static ImmutableArray<string> Format(PlanJsonSections sections)
    {
        var names = ImmutableArray.CreateBuilder<string>(Values.Length);
        for (var i = 0; i < Values.Length; i++)
        {
            if ((sections & Values[i]) != 0)
            {
                names.Add(Names[i]);
            }
        }

        return names.ToImmutable();
    }

    private static bool TryName(string name, out PlanJsonSections section)
    {
        if (string.Equals(name, "all", StringComparison.OrdinalIgnoreCase))
        {
            section = PlanJsonSections.All;
            return true;
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(name, Names[i], StringComparison.OrdinalIgnoreCase))
            {
                section = Values[i];
                return true;
            }
        }

        section = PlanJsonSections.None;
        return false;
    }

    /// <summary>Whether <paramref name="name"/> is listed to be added (not removed).</summary>
    private static bool Explicit(string text, string name)
    {
        foreach (var part in text.Split(','))
        {
            if (string.Equals(part.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Nearest(string name) => EditDistance.Nearest(name, [.. Names, "all"]);
}
