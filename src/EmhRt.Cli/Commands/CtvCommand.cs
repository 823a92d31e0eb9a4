using System.Collections.Immutable;
using System.CommandLine;
using EmhRt.Protocol;
using EmhRt.Reporting.Ctv;
using EmhRt.Spine;
using EmhRt.Volumes;
using static EmhRt.Reporting.ReportText;

namespace EmhRt.Cli;

/// <summary>
/// <c>emhrt ctv</c>: the CTV (whole vertebral levels around each lesion) and, with a margin, the PTV extent in mm
/// and where its borders fall. Combines the options exactly as <c>plan</c> does (directional values override the
/// both-directions value; a partial PTV margin without an isotropic one is an error) and calls the library's
/// <see cref="ClinicalTargetVolume"/>, <see cref="PlanningTargetVolume"/> and <see cref="TreatedSpanCoverage"/>; the library's
/// <see cref="CtvReport"/> writes the result.
/// </summary>
internal static class CtvCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command(
            "ctv",
            "Compute the CTV (vertebral levels) for a lesion and, with --margin, the PTV length (mm), its borders and whether it fits one field.");
        var lesion = OptionParsers.TextOption("--lesion", "Vertebral span(s) of the EMH lesion, e.g. T5-T9 or \"T5-T11, L5-S2\".", "SPANS", required: true);
        var levels = OptionParsers.CtvLevelsOption("--ctv-levels", "Levels added above and below each lesion. Default: the protocol's 1 and 1 (recommended, cailleteau2023).");
        var levelsAbove = OptionParsers.CtvLevelsOption("--ctv-levels-above", "Levels added above each lesion (overrides --ctv-levels upwards).");
        var levelsBelow = OptionParsers.CtvLevelsOption("--ctv-levels-below", "Levels added below each lesion (overrides --ctv-levels downwards).");
        var margin = OptionParsers.LengthOption("--margin", "Isotropic CTV-to-PTV margin in mm (5 or 5mm). Without a margin no PTV is computed.");
        var marginSuperior = OptionParsers.LengthOption("--margin-superior", "Superior (cranial) PTV margin in mm; overrides --margin upwards.");
        var marginInferior = OptionParsers.LengthOption("--margin-inferior", "Inferior (caudal) PTV margin in mm; overrides --margin downwards.");
        var marginRadial = OptionParsers.LengthOption("--margin-radial", "Radial (axial) PTV margin in mm; overrides --margin radially.");
        var treated = OptionParsers.TextOption("--treated", "Proposed treated span(s): report whether they cover each lesion and with how many levels of margin.", "SPANS");
        var sex = OptionParsers.OptionalChoiceOption("--sex", "Sex for the population estimate of vertebral lengths (female = " + SpineGeometry.FemaleScaleText + " x male, gray1918). Default: male, stated in the output.", CliChoices.Sexes, CliChoices.SexesAndAbbreviations);
        var thoracic = OptionParsers.ThoracicCountOption("--thoracic-vertebrae", "Number of thoracic vertebrae: 11, 12 (default) or 13.");
        var lumbar = OptionParsers.LumbarCountOption("--lumbar-vertebrae", "Number of lumbar vertebrae: 4, 5 (default) or 6.");
        var geometryFile = OptionParsers.ExistingFileOption("--spine-geometry", "File (CSV, or JSON by extension) with the patient's measured vertebral geometry; replaces the population estimate.");
        var format = OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage);
        var output = OptionParsers.OutputFileOption("--output", "Write to FILE (atomically) instead of stdout.");
        foreach (var option in (Option[])[lesion, levels, levelsAbove, levelsBelow, margin, marginSuperior, marginInferior, marginRadial, treated, sex, thoracic, lumbar, geometryFile, format, output])
        {
            command.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var io = CliApp.GetIO(parseResult);
            var errors = new List<string>();

            // Anatomy first: every span depends on it.
            // The options' parsers already refused an unsupported count (SpineAnatomy.ParseThoracicCount/ParseLumbarCount).
            var anatomy = SpineAnatomy.TryCreate(parseResult.GetValue(thoracic) ?? 12, parseResult.GetValue(lumbar) ?? 5).Value;

            var lesions = ParseSpans("--lesion", parseResult.GetValue(lesion)!, anatomy, errors);
            string? treatedText = parseResult.GetValue(treated);
            var treatedSpans = treatedText is null ? [] : ParseSpans("--treated", treatedText, anatomy, errors);

            // CTV levels: directional overrides the both-directions value; default = the protocol's (cailleteau2023).
            var protocol = EmhProtocol.Default;
            int? both = parseResult.GetValue(levels), above = parseResult.GetValue(levelsAbove), below = parseResult.GetValue(levelsBelow);
            bool levelsGiven = both is not null || above is not null || below is not null;
            if (!CtvLevelMargin.TryCombine(both, above, below, out var statedLevels, out var levelsError))
            {
                errors.Add("--ctv-levels: " + levelsError);
            }

            var ctvMargin = statedLevels ?? CtvLevelMargin.Create(protocol.CtvMarginLevelsAbove, protocol.CtvMarginLevelsBelow);

            // PTV margin: directional overrides isotropic; a partial margin without the isotropic one is an error.
            if (!PtvMargin.TryCombine(
                parseResult.GetValue(margin), parseResult.GetValue(marginSuperior), parseResult.GetValue(marginInferior), parseResult.GetValue(marginRadial),
                out var ptvMargin, out var marginError))
            {
                errors.Add("--margin: " + marginError);
            }

            // Geometry: the patient's file, or the population estimate (male unless --sex says otherwise).
            SpineGeometry? geometry = null;
            string? geometryNote = null;
            var sexValue = parseResult.GetValue(sex);
            if (parseResult.GetValue(geometryFile) is { } path)
            {
                var loaded = SpineGeometryReader.LoadFile(path, anatomy);
                if (loaded.Success)
                {
                    geometry = loaded.Value;
                }
                else
                {
                    foreach (var problem in loaded.Errors)
                    {
                        errors.Add($"--spine-geometry: {path}: {problem}");
                    }
                }
            }
            else
            {
                geometry = SpineGeometry.Population(sexValue == Sex.Female ? global::EmhRt.Sex.Female : global::EmhRt.Sex.Male, anatomy);
                if (sexValue is null)
                {
                    geometryNote = "--sex not given: lengths use the adult male population estimate (give --sex female for " + SpineGeometry.FemaleScaleText + " x male, or --spine-geometry FILE for measured lengths)";
                }
            }

            if (errors.Count > 0)
            {
                errors.ForEach(e => io.InputError(e));
                return ExitCodes.InvalidInput;
            }

            var ctv = ClinicalTargetVolume.Create(lesions, ctvMargin, anatomy);
            PlanningTargetVolume? ptv = null;
            if (ptvMargin is { } pm && !PlanningTargetVolume.TryCreate(ctv, pm, geometry!, out ptv, out string? ptvError))
            {
                return io.InputError("--spine-geometry: " + ptvError);
            }

            var coverage = treatedSpans.IsEmpty ? null : TreatedSpanCoverage.Evaluate(lesions, treatedSpans, anatomy);
            var report = CtvReport.Create(parseResult.GetValue(lesion)!, ctv, levelsGiven, geometry!, geometryNote, ptv, protocol, coverage, marginOptionName: margin.Name);
            io.WriteReport(parseResult.GetValue(output), report, parseResult.GetValue(format) ?? CliChoices.DefaultFormat);
            return ExitCodes.Success;
        });
        examples.Set(
            command,
            "emhrt ctv --lesion T5-T9",
            "emhrt ctv --lesion T2-S1 --margin 20",
            "emhrt ctv --lesion T11-L2 --ctv-levels 2 --margin 5mm --sex female",
            "emhrt ctv --lesion \"T5-T11, L5-S2\" --margin 10 --margin-superior 15 --treated T4-S3 --format json");
        return command;
    }

    private static ImmutableArray<VertebralSpan> ParseSpans(string option, string text, SpineAnatomy anatomy, List<string> errors)
    {
        var parsed = SpineNotation.ParseSpans(text, anatomy);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add($"{option}: '{text}': {parsed.Error} (at character {Integer(parsed.Position + 1)})");
        return [];
    }
}
