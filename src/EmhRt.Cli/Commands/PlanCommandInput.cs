using System.Collections.Immutable;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Planning.Input;
using EmhRt.Spine;

namespace EmhRt.Cli;

/// <summary>
/// Turns <c>plan</c> options into the library's <see cref="PlanInput"/>: reads the files the options name
/// (holidays, spine geometry, protocol) and collects every problem as one message naming its option.
/// </summary>
internal static class PlanCommandInput
{
    /// <summary>The library input, or the problems found (each "--option: message").</summary>
    public static bool TryLoad(PlanOptions options, out PlanInput input, out PlanAssessor assessor, out ImmutableArray<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        input = null!;
        var holidays = options.Input.Holidays.ToList();
        if (options.HolidaysFile is { } holidaysFile)
        {
            CommandFiles.ReadHolidays(holidaysFile, holidays, problems);
        }

        SpineGeometry? geometry = null;
        if (options.SpineGeometryFile is { } geometryFile)
        {
            if (TryAnatomy(options, out var anatomy))
            {
                var loaded = SpineGeometryReader.LoadFile(geometryFile, anatomy);
                if (loaded.Success)
                {
                    geometry = loaded.Value;
                }
                else
                {
                    problems.AddRange(loaded.Errors.Select(e => $"--spine-geometry: {geometryFile}: {e}"));
                }
            }
        }

        assessor = CommandFiles.LoadAssessor(options.ProtocolFile, problems);

        input = options.Input with { Holidays = [.. holidays], Geometry = geometry };

        // --ctv-levels-above or --ctv-levels-below alone: the other direction is the protocol's (as documented).
        if (input.CtvLevels is null && (input.CtvLevelsAbove is null) != (input.CtvLevelsBelow is null))
        {
            input = input with
            {
                CtvLevelsAbove = input.CtvLevelsAbove ?? assessor.Protocol.CtvMarginLevelsAbove,
                CtvLevelsBelow = input.CtvLevelsBelow ?? assessor.Protocol.CtvMarginLevelsBelow,
            };
        }
        errors = [.. problems];
        return problems.Count == 0;
    }

    /// <summary>The lowest failing severity for a <c>--fail-on</c> value; <see langword="null"/> for never.</summary>
    public static Severity? ToSeverity(FailOnThreshold failOn) => failOn switch
    {
        FailOnThreshold.Info => Severity.Info,
        FailOnThreshold.Caution => Severity.Caution,
        FailOnThreshold.Warning => Severity.Warning,
        FailOnThreshold.Never => null,
        _ => throw new ArgumentOutOfRangeException(nameof(failOn), failOn, null),
    };

    private static bool TryAnatomy(PlanOptions options, out SpineAnatomy anatomy) =>
        SpineAnatomy.TryCreate(options.Input.ThoracicVertebrae ?? 12, options.Input.LumbarVertebrae ?? 5).TryGetValue(out anatomy);
}
