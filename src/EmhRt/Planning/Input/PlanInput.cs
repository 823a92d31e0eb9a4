using System.Collections.Immutable;
using System.Globalization;
using EmhRt.Doses;
using EmhRt.Organs;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Text;
using EmhRt.Volumes;

namespace EmhRt.Planning.Input;

/// <summary>
/// A plan as a user states it, already converted from text where the front end does so (numbers, dates) but not
/// interpreted: spans, day lists and prior courses are text. <see cref="ToRequest()"/> checks every field,
/// reports all problems at once, and never turns a missing value into a number. The CLI's <c>plan</c> options
/// and the batch file's columns both map onto it.
/// </summary>
public sealed record PlanInput
{
    /// <summary>Lesion span(s), e.g. <c>T5-T8</c> or <c>T5-T11 and L5-S2</c> (required).</summary>
    public string? Lesion { get; init; }

    /// <summary>Total dose (Gy).</summary>
    public double? DoseGy { get; init; }

    /// <summary>Number of fractions.</summary>
    public int? Fractions { get; init; }

    /// <summary>Dose per fraction (Gy).</summary>
    public double? DosePerFractionGy { get; init; }

    /// <summary>Proposed treated span(s), e.g. <c>T3-T9</c>.</summary>
    public string? Treated { get; init; }

    /// <summary>Isotropic PTV margin (mm); a directional margin overrides it in its direction.</summary>
    public double? MarginMm { get; init; }

    /// <summary>Superior (cranial) PTV margin (mm).</summary>
    public double? MarginSuperiorMm { get; init; }

    /// <summary>Inferior (caudal) PTV margin (mm).</summary>
    public double? MarginInferiorMm { get; init; }

    /// <summary>Radial (axial) PTV margin (mm).</summary>
    public double? MarginRadialMm { get; init; }

    /// <summary>CTV levels above and below each lesion; a directional value overrides it in its direction.</summary>
    public int? CtvLevels { get; init; }

    /// <summary>CTV levels above each lesion.</summary>
    public int? CtvLevelsAbove { get; init; }

    /// <summary>CTV levels below each lesion.</summary>
    public int? CtvLevelsBelow { get; init; }

    /// <summary>First treatment day.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Dates without treatment.</summary>
    public ImmutableArray<DateOnly> Holidays { get; init; } = [];

    /// <summary>Treatment days of the week as text, e.g. <c>Mon-Fri</c>; <see langword="null"/> for Monday–Friday.</summary>
    public string? TreatmentDays { get; init; }

    /// <summary>Prior courses as text, e.g. <c>30Gy/15@2023-01-10:T3-T8</c>.</summary>
    public ImmutableArray<string> Priors { get; init; } = [];

    /// <summary>Patient age (years).</summary>
    public double? AgeYears { get; init; }

    /// <summary>Patient sex.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Pregnancy status; <see langword="null"/> for unknown. <c>pregnant</c> is refused for a patient recorded male.</summary>
    public PregnancyStatus? PregnancyStatus { get; init; }

    /// <summary>Thoracic vertebrae (11–13); <see langword="null"/> for 12.</summary>
    public int? ThoracicVertebrae { get; init; }

    /// <summary>Lumbar vertebrae (4–6); <see langword="null"/> for 5.</summary>
    public int? LumbarVertebrae { get; init; }

    /// <summary>Patient-specific spine geometry, already loaded; <see langword="null"/> for the population estimate.</summary>
    public SpineGeometry? Geometry { get; init; }

    /// <summary>α/β of the EMH tissue (Gy).</summary>
    public double? AlphaBetaEmhGy { get; init; }

    /// <summary>α/β of the spinal cord (Gy).</summary>
    public double? AlphaBetaCordGy { get; init; }

    /// <summary>
    /// Cord (or, below the conus, cauda equina) Dmax of this course measured in the planning system, total Gy
    /// (0 to 100 Gy, an input-sanity bound); <see langword="null"/> to assume the cord receives the prescription.
    /// </summary>
    public double? CordMaxDoseGy { get; init; }

    /// <summary>
    /// Organ doses measured in the planning system, each in the grammar of <see cref="OrganDoseMeasurement.Parse"/>
    /// (e.g. <c>kidneys=mean:12.5</c>, <c>small-bowel=V15:80cc</c>); empty or default for none.
    /// </summary>
    public ImmutableArray<string> OrganDoses { get; init; } = [];

    /// <summary>Checks every field and builds the request, or lists every problem found.</summary>
    /// <returns>The request or the errors.</returns>
    public PlanInputResult ToRequest() => ToRequest(PlanInputParsers.Direct);

    /// <summary>
    /// <see cref="ToRequest()"/> with the spans, regimen, holidays and prior courses made by <paramref name="parsers"/>
    /// (the batch engine passes one that memoises them per run).
    /// </summary>
    internal PlanInputResult ToRequest(PlanInputParsers parsers)
    {
        List<PlanInputError>? errors = null;
        void Fail(PlanField field, string message) => (errors ??= []).Add(new PlanInputError(field, message));

        // Anatomy first: every span depends on it.
        var anatomy = SpineAnatomy.Standard;
        if (SpineAnatomy.TryCreate(ThoracicVertebrae ?? 12, LumbarVertebrae ?? 5) is var parsedAnatomy && parsedAnatomy.Success)
        {
            anatomy = parsedAnatomy.Value;
        }
        else
        {
            Fail(PlanField.Anatomy, parsedAnatomy.Error);
        }

        var lesions = ImmutableArray<VertebralSpan>.Empty;
        if (string.IsNullOrWhiteSpace(Lesion))
        {
            Fail(PlanField.Lesion, "a lesion is required, e.g. T5-T8");
        }
        else if (parsers.Spans(Lesion, anatomy) is var parsedLesion && parsedLesion.Success)
        {
            lesions = parsedLesion.Value;
        }
        else
        {
            Fail(PlanField.Lesion, SpanError(Lesion, parsedLesion.Error!, parsedLesion.Position));
        }

        Fractionation? regimen = null;
        if (!IsFiniteOrNull(DoseGy) || !IsFiniteOrNull(DosePerFractionGy))
        {
            Fail(PlanField.Regimen, "doses must be finite numbers of Gy");
        }
        else if (DoseGy is null && Fractions is null && DosePerFractionGy is null)
        {
            Fail(PlanField.Regimen, "a regimen is required: give two of total dose, fractions and dose per fraction");
        }
        else if (parsers.Regimen(DoseGy, Fractions, DosePerFractionGy) is var parsedRegimen && parsedRegimen.Success)
        {
            regimen = parsedRegimen.Value;
        }
        else
        {
            Fail(PlanField.Regimen, parsedRegimen.Error!);
        }

        var treated = ImmutableArray<VertebralSpan>.Empty;
        if (Treated is not null)
        {
            var parsedTreated = parsers.Spans(Treated, anatomy);
            if (parsedTreated.Success)
            {
                treated = parsedTreated.Value;
            }
            else
            {
                Fail(PlanField.Treated, SpanError(Treated, parsedTreated.Error, parsedTreated.Position));
            }
        }

        if (!PtvMargin.TryCombine(MarginMm, MarginSuperiorMm, MarginInferiorMm, MarginRadialMm, out var ptvMargin, out var marginError))
        {
            Fail(PlanField.Margin, marginError);
        }

        if (!CtvLevelMargin.TryCombine(CtvLevels, CtvLevelsAbove, CtvLevelsBelow, out var ctvMargin, out var levelsError))
        {
            Fail(PlanField.CtvLevels, levelsError);
        }

        var days = default(TreatmentDays);
        if (TreatmentDays is not null)
        {
            var parsedDays = Scheduling.TreatmentDays.Parse(TreatmentDays);
            if (parsedDays.Success)
            {
                days = parsedDays.Value;
            }
            else
            {
                Fail(PlanField.TreatmentDays, parsedDays.Error);
            }
        }

        if (!Holidays.IsDefaultOrEmpty && Holidays.Length > InputLimits.MaxHolidays)
        {
            Fail(PlanField.Holidays, Invariant($"{Holidays.Length} holiday dates is implausible (input-sanity limit {InputLimits.MaxHolidays})"));
        }

        var priors = ImmutableArray<PriorCourse>.Empty;
        if (!Priors.IsDefaultOrEmpty && Priors.Length > InputLimits.MaxPriorCourses)
        {
            Fail(PlanField.Prior, Invariant($"{Priors.Length} prior courses is implausible (input-sanity limit {InputLimits.MaxPriorCourses})"));
        }
        else if (!Priors.IsDefaultOrEmpty)
        {
            if (Start is null)
            {
                Fail(PlanField.Prior, "prior courses need the new course's start date, to know the interval since the last course");
            }

            var builder = ImmutableArray.CreateBuilder<PriorCourse>(Priors.Length);
            for (var i = 0; i < Priors.Length; i++)
            {
                if (parsers.Prior(Priors[i], anatomy) is var (course, priorError) && course is not null)
                {
                    builder.Add(course);
                }
                else
                {
                    Fail(PlanField.Prior, Priors.Length == 1 ? priorError : Invariant($"course {i + 1}: {priorError}"));
                }
            }

            priors = builder.Count == Priors.Length ? builder.MoveToImmutable() : [];
        }

        if (AgeYears is { } age && (!double.IsFinite(age) || age < 0 || age > PatientDetails.MaxAgeYears))
        {
            Fail(PlanField.Age, Invariant($"'{age}' is not a plausible age: expected 0 to {PatientDetails.MaxAgeYears} years"));
        }

        if (PregnancyStatus == Planning.PregnancyStatus.Pregnant && Sex == EmhRt.Sex.Male)
        {
            Fail(PlanField.PregnancyStatus, "pregnancy status 'pregnant' was given for a patient recorded male");
        }

        if (Geometry is not null && !Geometry.Anatomy.Equals(anatomy))
        {
            Fail(PlanField.SpineGeometry, Invariant($"the spine geometry was read for {Geometry.Anatomy.ThoracicCount} thoracic and {Geometry.Anatomy.LumbarCount} lumbar vertebrae, the patient has {anatomy.ThoracicCount} and {anatomy.LumbarCount}"));
        }

        var emhAlphaBeta = ToAlphaBeta(AlphaBetaEmhGy, out var emhAlphaBetaError);
        if (emhAlphaBetaError is not null)
        {
            Fail(PlanField.AlphaBetaEmh, emhAlphaBetaError);
        }

        var cordAlphaBeta = ToAlphaBeta(AlphaBetaCordGy, out var cordAlphaBetaError);
        if (cordAlphaBetaError is not null)
        {
            Fail(PlanField.AlphaBetaCord, cordAlphaBetaError);
        }

        if (CordMaxDoseGy is { } cordMax && InputLimits.CheckCordMaxDose(cordMax) is { } cordMaxError)
        {
            Fail(PlanField.CordMaxDose, cordMaxError);
        }

        var organDoses = ImmutableArray<OrganDoseMeasurement>.Empty;
        if (!OrganDoses.IsDefaultOrEmpty)
        {
            var parsedDoses = ImmutableArray.CreateBuilder<OrganDoseMeasurement>(OrganDoses.Length);
            foreach (var spec in OrganDoses)
            {
                var parsed = OrganDoseMeasurement.Parse(spec);
                if (parsed.Success)
                {
                    parsedDoses.Add(parsed.Value);
                }
                else
                {
                    Fail(PlanField.OrganDoses, Invariant($"'{spec}': {parsed.Error} (an organ dose is written e.g. kidneys=mean:12.5 or small-bowel=V15:80cc)"));
                }
            }

            organDoses = parsedDoses.DrainToImmutable();
            if (organDoses.Length == OrganDoses.Length && PlanRequest.CheckOrganDoses(organDoses) is { } duplicate)
            {
                Fail(PlanField.OrganDoses, duplicate);
            }
        }

        if (errors is not null)
        {
            return new PlanInputResult(null, [.. errors]);
        }

        var request = new PlanRequest
        {
            Lesions = lesions,
            Regimen = regimen!,
            TreatedSpans = treated,
            PtvMargin = ptvMargin,
            CtvMargin = ctvMargin,
            Patient = new PatientDetails { AgeYears = AgeYears, Sex = Sex, PregnancyStatus = PregnancyStatus ?? Planning.PregnancyStatus.Unknown, Anatomy = anatomy, Geometry = Geometry },
            StartDate = Start,
            TreatmentDays = days,
            Holidays = Holidays.IsDefaultOrEmpty ? HolidayList.Empty : parsers.Holidays(Holidays),
            PriorCourses = priors,
            EmhAlphaBeta = emhAlphaBeta,
            CordAlphaBeta = cordAlphaBeta,
            CordMaxDose = CordMaxDoseGy is { } measured ? Dose.FromGy(measured) : null,
            OrganDoses = organDoses,
        };
        return new PlanInputResult(request, []);
    }

    internal static bool ParsePrior(string text, SpineAnatomy anatomy, out PriorCourse course, out string error)
    {
        course = null!;
        var parsed = PriorCourseText.Parse(text);
        if (!parsed.Success)
        {
            error = Invariant($"'{text}': {parsed.Error} (a course is written e.g. 30Gy/15@2023-01-10:T3-T8)");
            return false;
        }

        var prior = parsed.Value;
        if (prior.SpanText is null)
        {
            course = prior.ToPriorCourse();
            error = string.Empty;
            return true;
        }

        var spans = SpineNotation.ParseSpans(prior.SpanText, anatomy);
        if (!spans.Success)
        {
            error = Invariant($"'{text}': treated span {SpanError(prior.SpanText, spans.Error, spans.Position)}");
            return false;
        }

        course = prior.ToPriorCourse(spans.Value, anatomy);
        error = string.Empty;
        return true;
    }

    private static AlphaBeta? ToAlphaBeta(double? gy, out string? error)
    {
        error = null;
        if (gy is null)
        {
            return null;
        }

        if (!double.IsFinite(gy.Value) || gy.Value <= 0)
        {
            error = Invariant($"α/β must be a number of Gy greater than 0, not '{gy.Value}'");
            return null;
        }

        if (AlphaBeta.CheckInput(gy.Value) is { } range)
        {
            error = range;
            return null;
        }

        return AlphaBeta.FromGy(gy.Value);
    }

    internal static ParseResult<Fractionation> CreateRegimen(double? totalGy, int? fractions, double? perFractionGy) =>
        Fractionation.Create(ToDose(totalGy), fractions, ToDose(perFractionGy));

    private static Dose? ToDose(double? gy) => gy is { } value ? Dose.FromGy(value) : null;

    private static bool IsFiniteOrNull(double? value) => value is null || double.IsFinite(value.Value);

    private static string SpanError(string text, string error, int position) =>
        Invariant($"'{text}': {error} (at character {position + 1})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
