using EmhRt.Planning;
using EmhRt.Planning.Input;
using System.CommandLine;

namespace EmhRt.Cli;

/// <summary>
/// Declares every option of <c>emhrt plan</c> (the names are a public contract) and binds a parse result to an
/// immutable <see cref="PlanOptions"/>. All conversion and range checks happen in the options' parsers, so
/// <see cref="Bind"/> is only called after a successful parse and never fails.
/// </summary>
internal sealed class PlanOptionsBinder
{
    public Option<string?> Lesion { get; } = OptionParsers.TextOption("--lesion", "Vertebral span(s) of the EMH lesion, e.g. T5-T9 or T5-T9,L1.", "SPANS", required: true);
    public Option<double?> Dose { get; } = OptionParsers.DoseOption("--dose", "Total dose in Gy; a unit may be given: 20, 20Gy, 2000cGy.");
    public Option<int?> Fractions { get; } = OptionParsers.FractionsOption("--fractions", "Number of fractions (1 or more).");
    public Option<double?> DosePerFraction { get; } = OptionParsers.DoseOption("--dose-per-fraction", "Dose per fraction in Gy (or cGy with the cGy suffix).");
    public Option<string?> Treated { get; } = OptionParsers.TextOption("--treated", "Vertebral span(s) actually treated, if different from the computed CTV.", "SPANS");
    public Option<double?> Margin { get; } = OptionParsers.LengthOption("--margin", "CTV-to-PTV margin in mm in all directions (5 or 5mm).");
    public Option<double?> MarginSuperior { get; } = OptionParsers.LengthOption("--margin-superior", "Superior CTV-to-PTV margin in mm.");
    public Option<double?> MarginInferior { get; } = OptionParsers.LengthOption("--margin-inferior", "Inferior CTV-to-PTV margin in mm.");
    public Option<double?> MarginRadial { get; } = OptionParsers.LengthOption("--margin-radial", "Radial (axial) CTV-to-PTV margin in mm.");
    public Option<int?> CtvLevels { get; } = OptionParsers.CtvLevelsOption("--ctv-levels", "Vertebral levels added to the CTV above and below the lesion (0 or more).");
    public Option<int?> CtvLevelsAbove { get; } = OptionParsers.CtvLevelsOption("--ctv-levels-above", "Vertebral levels added above the lesion.");
    public Option<int?> CtvLevelsBelow { get; } = OptionParsers.CtvLevelsOption("--ctv-levels-below", "Vertebral levels added below the lesion.");
    public Option<DateOnly?> Start { get; } = OptionParsers.DateOption("--start", "First treatment day, yyyy-MM-dd.");
    public Option<DateOnly[]> Holidays { get; } = OptionParsers.RepeatableDateOption("--holiday", "A day without treatment, yyyy-MM-dd (repeat the option for more days).");
    public Option<string?> HolidaysFile { get; } = OptionParsers.ExistingFileOption("--holidays-file", "File with days without treatment.");
    public Option<string?> TreatmentDays { get; } = OptionParsers.TextOption("--treatment-days", "Weekdays with treatment, e.g. Mon-Fri or Mon,Tue,Thu,Fri.", "LIST");
    public Option<string[]> Priors { get; } = OptionParsers.RepeatableTextOption("--prior", "An earlier course, e.g. 30Gy/15@2023-01-10:T3-T8 (repeat for more); add :cordmax=28.5Gy for its cord Dmax measured in the planning system. The date is the last treatment day of that course; intervals run from it to the first fraction of this course.", "COURSE");
    public Option<double?> Age { get; } = OptionParsers.AgeOption("--age", "Patient age in years.");
    public Option<Sex?> Sex { get; } = OptionParsers.OptionalChoiceOption("--sex", "Patient sex.", CliChoices.Sexes, CliChoices.SexesAndAbbreviations);
    public Option<PregnancyStatus?> PregnancyStatus { get; } = OptionParsers.PregnancyStatusOption("--pregnancy-status", "Pregnancy status: unknown (default), negative or pregnant. For a patient recorded female aged 12-55 with a field reaching the abdomen or pelvis, unknown raises a warning.");
    public Option<int?> ThoracicVertebrae { get; } = OptionParsers.ThoracicCountOption("--thoracic-vertebrae", "Number of thoracic vertebrae, for anatomical variants.");
    public Option<int?> LumbarVertebrae { get; } = OptionParsers.LumbarCountOption("--lumbar-vertebrae", "Number of lumbar vertebrae, for anatomical variants.");
    public Option<string?> SpineGeometry { get; } = OptionParsers.ExistingFileOption("--spine-geometry", "File with the patient's vertebral geometry.");
    public Option<double?> AlphaBetaEmh { get; } = OptionParsers.AlphaBetaOption("--alpha-beta-emh", "Alpha/beta ratio of the EMH tissue in Gy.");
    public Option<double?> AlphaBetaCord { get; } = OptionParsers.AlphaBetaOption("--alpha-beta-cord", "Alpha/beta ratio of the spinal cord in Gy.");
    public Option<double?> CordMaxDose { get; } = OptionParsers.DoseOption("--cord-max-dose", "Cord (or cauda equina) Dmax of this course measured in the planning system, Gy or cGy (0-100 Gy); replaces the assumption that the cord receives the prescription.");
    public Option<string[]> OrganDoses { get; } = OptionParsers.RepeatableOrganDoseOption("--organ-dose", "An organ dose measured in the planning system, ORGAN=METRIC:VALUE, e.g. kidneys=mean:12.5, kidneys=V20:28%, small-bowel=V15:80cc, testes=max:90cGy (repeat for more). Compared with the organ's cited constraint for conventional fractionation; with 1-5 fractions reported as not assessed.");
    public Option<string?> Protocol { get; } = OptionParsers.ExistingFileOption("--protocol", "Protocol file (default: the built-in protocol).");
    public Option<OutputFormat?> Format { get; } = OptionParsers.ChoiceOption("--format", "Report format (html: one self-contained page).", CliChoices.Formats, CliChoices.DefaultFormat);
    public Option<string?> Label { get; } = OptionParsers.TextOption("--label", "Case label shown in the HTML report's title (no patient identity by default).", "TEXT");
    public Option<DateTimeOffset?> AssessedAt { get; } = OptionParsers.InstantOption("--assessed-at", "Assessment time printed in the HTML report, ISO 8601 with offset (e.g. 2026-12-01T09:00:00Z); default: now. Fix it for reproducible output.");
    public Option<int?> Width { get; } = OptionParsers.WidthOption("--width", "Text report width in columns (default: the terminal's, or 80 when not a terminal).");
    public Option<bool> Brief { get; } = new("--brief") { Description = "Short text report: verdict, volumes, doses and the findings' codes with one-line messages, no references." };
    public Option<string?> Output { get; } = OptionParsers.OutputFileOption("--output", "Write the report to FILE (atomically) instead of stdout.");
    public Option<FailOnThreshold?> FailOn { get; } = OptionParsers.ChoiceOption("--fail-on", "Exit with code 1 when a finding is at or above this severity.", CliChoices.FailOn, CliChoices.DefaultFailOn);

    /// <summary>All options in help order.</summary>
    public IReadOnlyList<Option> All =>
    [
        Lesion, Dose, Fractions, DosePerFraction, Treated, Margin, MarginSuperior, MarginInferior, MarginRadial,
        CtvLevels, CtvLevelsAbove, CtvLevelsBelow, Start, Holidays, HolidaysFile, TreatmentDays, Priors, Age, Sex,
        PregnancyStatus, ThoracicVertebrae, LumbarVertebrae, SpineGeometry, AlphaBetaEmh, AlphaBetaCord, CordMaxDose, OrganDoses, Protocol, Format, Output, FailOn,
        Label, AssessedAt, Width, Brief,
    ];

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in All)
        {
            command.Add(option);
        }
    }

    /// <summary>Reads the converted values. Call only from the command's action (the parse succeeded).</summary>
    public PlanOptions Bind(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new PlanOptions
        {
            Input = new PlanInput
            {
                Lesion = parseResult.GetValue(Lesion) ?? throw new InvalidOperationException("--lesion is required but was not bound."),
                DoseGy = parseResult.GetValue(Dose),
                Fractions = parseResult.GetValue(Fractions),
                DosePerFractionGy = parseResult.GetValue(DosePerFraction),
                Treated = parseResult.GetValue(Treated),
                MarginMm = parseResult.GetValue(Margin),
                MarginSuperiorMm = parseResult.GetValue(MarginSuperior),
                MarginInferiorMm = parseResult.GetValue(MarginInferior),
                MarginRadialMm = parseResult.GetValue(MarginRadial),
                CtvLevels = parseResult.GetValue(CtvLevels),
                CtvLevelsAbove = parseResult.GetValue(CtvLevelsAbove),
                CtvLevelsBelow = parseResult.GetValue(CtvLevelsBelow),
                Start = parseResult.GetValue(Start),
                Holidays = [.. parseResult.GetValue(Holidays) ?? []],
                TreatmentDays = parseResult.GetValue(TreatmentDays),
                Priors = [.. parseResult.GetValue(Priors) ?? []],
                AgeYears = parseResult.GetValue(Age),
                Sex = parseResult.GetValue(Sex),
                PregnancyStatus = parseResult.GetValue(PregnancyStatus),
                ThoracicVertebrae = parseResult.GetValue(ThoracicVertebrae),
                LumbarVertebrae = parseResult.GetValue(LumbarVertebrae),
                AlphaBetaEmhGy = parseResult.GetValue(AlphaBetaEmh),
                AlphaBetaCordGy = parseResult.GetValue(AlphaBetaCord),
                CordMaxDoseGy = parseResult.GetValue(CordMaxDose),
                OrganDoses = [.. parseResult.GetValue(OrganDoses) ?? []],
            },
            HolidaysFile = parseResult.GetValue(HolidaysFile),
            SpineGeometryFile = parseResult.GetValue(SpineGeometry),
            ProtocolFile = parseResult.GetValue(Protocol),
            Format = parseResult.GetValue(Format) ?? CliChoices.DefaultFormat,
            OutputFile = parseResult.GetValue(Output),
            FailOn = parseResult.GetValue(FailOn) ?? CliChoices.DefaultFailOn,
            Label = parseResult.GetValue(Label),
            AssessedAt = parseResult.GetValue(AssessedAt),
            Width = parseResult.GetValue(Width),
            Brief = parseResult.GetValue(Brief),
        };
    }
}
