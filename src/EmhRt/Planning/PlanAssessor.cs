using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using EmhRt.Findings;
using EmhRt.Protocol;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Planning;

/// <summary>
/// The one entry point: assesses a <see cref="PlanRequest"/> against an <see cref="EmhProtocol"/> and returns a
/// <see cref="PlanAssessment"/>. Build one per protocol and reuse it: it is immutable, deterministic and
/// thread-safe. Decision support only: it does not replace clinical judgement.
/// </summary>
public sealed class PlanAssessor
{
    private static readonly Lazy<PlanAssessor> DefaultAssessor = new(() => new PlanAssessor(EmhProtocol.Default));

    private readonly FindingRules _rules;
    private readonly AlphaBeta _emhAlphaBeta;
    private readonly AlphaBeta _cordAlphaBeta;
    private readonly AlphaBeta _cordLumbarAlphaBeta;
    private readonly CtvLevelMargin _ctvMargin;

    /// <summary>Creates an assessor for a protocol (validated: an invalid protocol throws).</summary>
    /// <param name="protocol">The protocol whose thresholds, margins and α/β defaults apply.</param>
    /// <exception cref="ArgumentException">The protocol is invalid.</exception>
    public PlanAssessor(EmhProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        _rules = new FindingRules(protocol);
        Protocol = protocol;
        _emhAlphaBeta = AlphaBeta.FromGy(protocol.EmhAlphaBetaGy);
        _cordAlphaBeta = AlphaBeta.FromGy(protocol.CordAlphaBetaGy);
        _cordLumbarAlphaBeta = AlphaBeta.FromGy(protocol.CordLumbarAlphaBetaGy);
        _ctvMargin = CtvLevelMargin.Create(protocol.CtvMarginLevelsAbove, protocol.CtvMarginLevelsBelow);
    }

    /// <summary>The assessor for the embedded default EMH protocol (built once).</summary>
    public static PlanAssessor Default => DefaultAssessor.Value;

    /// <summary>The protocol applied.</summary>
    public EmhProtocol Protocol { get; }

    /// <summary>Assesses a plan.</summary>
    /// <param name="request">The proposed plan.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException">The request cannot be assessed; the message says why (see <see cref="TryAssess"/>).</exception>
    public PlanAssessment Assess(PlanRequest request) =>
        TryAssess(request, out var assessment, out var error) ? assessment : throw new ArgumentException(error, nameof(request));

    /// <summary>
    /// Assesses a plan, or says in plain words why it cannot be: a lesion outside the patient's anatomy, patient
    /// geometry that does not cover the PTV, prior courses without a start date or dated after it, a calendar
    /// that cannot be laid out.
    /// </summary>
    /// <param name="request">The proposed plan.</param>
    /// <param name="assessment">The assessment on success.</param>
    /// <param name="error">What was wrong, on failure.</param>
    /// <returns>Whether the plan could be assessed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/>, its <see cref="PlanRequest.Regimen"/> or its <see cref="PlanRequest.Patient"/> is null.</exception>
    public bool TryAssess(PlanRequest request, [NotNullWhen(true)] out PlanAssessment? assessment, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Regimen is null)
        {
            throw new ArgumentNullException(nameof(request), "The request has no Regimen (PlanRequest.Regimen is null).");
        }

        if (request.Patient is null)
        {
            throw new ArgumentNullException(nameof(request), "The request has no Patient (PlanRequest.Patient is null).");
        }

        assessment = null;
        if (!TryVolumes(request, out _, out var ctv, out var geometry, out error))
        {
            return false;
        }

        PlanningTargetVolume? ptv = null;
        if (request.PtvMargin is { } ptvMargin && !PlanningTargetVolume.TryCreate(ctv, ptvMargin, geometry, out ptv, out error))
        {
            return false;
        }

        var coverage = request.TreatedSpans.IsDefaultOrEmpty
            ? null
            : TreatedSpanCoverage.EvaluateSharing(request.Lesions, request.TreatedSpans, request.Patient.Anatomy);
        var doses = Doses(request, MostCranialIrradiated(request, ctv, geometry));

        // Calendar.
        TreatmentSchedule? schedule = null;
        if (request.StartDate is { } start
            && !new TreatmentCalendar(request.TreatmentDays, request.Holidays).TrySchedule(start, request.Regimen, out schedule, out error))
        {
            return false;
        }

        // Re-irradiation.
        ReirradiationAssessment? reirradiation = null;
        if (!request.PriorCourses.IsDefaultOrEmpty
            && !TryReirradiation(request, ctv, geometry, schedule?.ActualStart, out reirradiation, out error))
        {
            return false;
        }

        var facts = BuildFacts(request, ctv, ptv, coverage, geometry, doses, reirradiation);
        assessment = new PlanAssessment(
            request, ctv, ptv, coverage, doses, schedule, reirradiation, _rules, facts, _rules.Pending(facts));
        error = null;
        return true;
    }

    /// <summary>Checks the spans, then builds the CTV (in levels) and picks the geometry that turns levels into millimetres.</summary>
    private bool TryVolumes(
        PlanRequest request, out CtvLevelMargin ctvMargin, [NotNullWhen(true)] out ClinicalTargetVolume? ctv,
        [NotNullWhen(true)] out SpineGeometry? geometry, [NotNullWhen(false)] out string? error)
    {
        var anatomy = request.Patient.Anatomy;
        ctvMargin = request.CtvMargin ?? _ctvMargin;
        ctv = null;
        geometry = null;
        if (!CheckSpans(request.Lesions, anatomy, "lesion", allowEmpty: false, out error)
            || !CheckSpans(request.TreatedSpans, anatomy, "treated span", allowEmpty: true, out error))
        {
            return false;
        }

        ctv = ClinicalTargetVolume.CreateSharing(request.Lesions, ctvMargin, anatomy);
        geometry = GeometryFor(request.Patient);
        if (!geometry.Anatomy.Equals(anatomy))
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"the spine geometry is for {geometry.Anatomy.ThoracicCount} thoracic and {geometry.Anatomy.LumbarCount} lumbar vertebrae, the patient has {anatomy.ThoracicCount} and {anatomy.LumbarCount}");
            return false;
        }

        return true;
    }

    /// <summary>The geometry that turns levels into millimetres: the patient's own, else the population estimate for the sex (male without one).</summary>
    internal static SpineGeometry GeometryFor(PatientDetails patient) =>
        patient.Geometry ?? SpineGeometry.Population(patient.Sex ?? Sex.Male, patient.Anatomy);

    /// <summary>
    /// BED and EQD2 for the EMH tissue, then the cord (cord assumed to receive the prescribed dose);
    /// <paramref name="mostCranialIrradiated"/> is the first of <see cref="IrradiatedLevels"/>.
    /// </summary>
    private RegimenDoses Doses(PlanRequest request, int mostCranialIrradiated)
    {
        var emhAlphaBeta = request.EmhAlphaBeta ?? _emhAlphaBeta;

        // The cervical/thoracic value applies as soon as the dose reaches a cervical or thoracic level (through the CTV,
        // its PTV margin or a proposed treated span): it is the lower α/β, so the cord figure is the more cautious one.
        var cordAlphaBeta = CordAlphaBeta(request).At(mostCranialIrradiated);
        return new RegimenDoses(request.Regimen, emhAlphaBeta, request.EmhAlphaBeta is not null, cordAlphaBeta, request.CordAlphaBeta is not null);
    }

    /// <summary>The cord α/β at each level for this request (<see cref="CordAlphaBetaByLevel"/>).</summary>
    private CordAlphaBetaByLevel CordAlphaBeta(PlanRequest request) =>
        new(request.Patient.Anatomy, request.CordAlphaBeta, _cordAlphaBeta, _cordLumbarAlphaBeta);

    /// <summary>
    /// The levels (0 = C1) whose cord receives the prescribed dose, ascending and distinct, written to
    /// <paramref name="destination"/> (at least <see cref="SpineAnatomy.LevelCount"/> long); returns how many. They are
    /// every level the PTV of a CTV segment reaches (<see cref="PtvReach"/>), or the CTV levels without a PTV margin,
    /// and every level of a proposed treated span. The cord α/β and the re-irradiation sums use them, so cord reached
    /// only by the margin or the proposed field is counted.
    /// </summary>
    private static int IrradiatedLevels(PlanRequest request, ClinicalTargetVolume ctv, SpineGeometry geometry, Span<int> destination)
    {
        var anatomy = request.Patient.Anatomy;
        Span<bool> hit = stackalloc bool[anatomy.LevelCount];
        foreach (var segment in ctv.Segments)
        {
            var (first, last) = PtvReach(request, segment, geometry);
            hit[first..(last + 1)].Fill(true);
        }

        if (!request.TreatedSpans.IsDefault)
        {
            foreach (var span in request.TreatedSpans)
            {
                hit[anatomy.IndexOf(span.Cranial)..(anatomy.IndexOf(span.Caudal) + 1)].Fill(true);
            }
        }

        var count = 0;
        for (var i = 0; i < hit.Length; i++)
        {
            if (hit[i])
            {
                destination[count++] = i;
            }
        }

        return count;
    }

    /// <summary>
    /// The first of <see cref="IrradiatedLevels"/>, without the others: the CTV's first segment is its most cranial,
    /// so its PTV reaches highest.
    /// </summary>
    private static int MostCranialIrradiated(PlanRequest request, ClinicalTargetVolume ctv, SpineGeometry geometry)
    {
        var first = PtvReach(request, ctv.Segments[0], geometry).First;
        if (!request.TreatedSpans.IsDefault)
        {
            foreach (var span in request.TreatedSpans)
            {
                first = Math.Min(first, request.Patient.Anatomy.IndexOf(span.Cranial));
            }
        }

        return first;
    }

    /// <summary>
    /// The first and last level (0 = C1) the PTV of one CTV segment reaches: the segment extended by the superior and
    /// inferior margins, a border exactly on a level boundary staying in the level inside, clamped to the geometry's
    /// measured range; the segment's own levels without a PTV margin.
    /// </summary>
    private static (int First, int Last) PtvReach(PlanRequest request, VertebralSpan segment, SpineGeometry geometry)
    {
        var anatomy = request.Patient.Anatomy;
        if (request.PtvMargin is not { } margin || !geometry.Covers(segment))
        {
            return (anatomy.IndexOf(segment.Cranial), anatomy.IndexOf(segment.Caudal));
        }

        var top = geometry.IndexAt(geometry.TopOf(segment.Cranial) - margin.SuperiorMm, preferCranial: false);
        var bottom = geometry.IndexAt(geometry.BottomOf(segment.Caudal) + margin.InferiorMm, preferCranial: true);
        return (top >= 0 ? top : geometry.FirstIndex, bottom >= 0 ? bottom : geometry.LastIndex);
    }

    /// <summary>The re-irradiation assessment over the levels that get the dose now (<see cref="IrradiatedLevels"/>).</summary>
    private bool TryReirradiation(
        PlanRequest request,
        ClinicalTargetVolume ctv,
        SpineGeometry geometry,
        DateOnly? actualStart,
        out ReirradiationAssessment? result,
        [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (!CheckPriorDates(request, actualStart, out error))
        {
            return false;
        }

        var anatomy = request.Patient.Anatomy;
        var currentStart = actualStart!.Value;
        var currentLevels = new int[anatomy.LevelCount];
        currentLevels = currentLevels[..IrradiatedLevels(request, ctv, geometry, currentLevels)];
        var options = new ReirradiationOptions
        {
            CordAlphaBeta = request.CordAlphaBeta ?? _cordAlphaBeta,
            AlphaBetaForLevel = CordAlphaBeta(request).At,
            Recovery = request.Recovery,
        };
        result = ReirradiationAssessment.Evaluate(request.Regimen, currentStart, currentLevels, request.PriorCourses, options);
        error = null;
        return true;
    }

    /// <summary>Prior courses need the new course's actual start, and none may be dated after it.</summary>
    private static bool CheckPriorDates(PlanRequest request, DateOnly? actualStart, [NotNullWhen(false)] out string? error)
    {
        if (actualStart is not { } currentStart)
        {
            error = "prior courses were given without a start date: the interval since the last course needs the new course's start date";
            return false;
        }

        foreach (var prior in request.PriorCourses)
        {
            if (prior.Date > currentStart)
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"prior course of {prior.Fractionation.ToShortString()} on {IsoDate.Format(prior.Date)} is dated after the new course starts ({IsoDate.Format(currentStart)})");
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>
    /// The cord α/β per level (doses, <see cref="TryReirradiation"/>): the request's
    /// value everywhere when it gives one, else the cervical/thoracic value down to the last thoracic level and the lumbar
    /// value below (nieder2006 used 4 Gy for lumbar levels only).
    /// </summary>
    private readonly struct CordAlphaBetaByLevel(SpineAnatomy anatomy, AlphaBeta? fixedValue, AlphaBeta upper, AlphaBeta lumbar)
    {
        public AlphaBeta At(int levelIndex) =>
            fixedValue ?? (anatomy.LevelAt(levelIndex).Region <= SpineRegion.Thoracic ? upper : lumbar);
    }

    /// <summary>The facts the finding rules read; <paramref name="ptv"/> is null without a PTV margin.</summary>
    private static PlanFacts BuildFacts(
        PlanRequest request,
        ClinicalTargetVolume ctv,
        PlanningTargetVolume? ptv,
        TreatedSpanCoverage? coverage,
        SpineGeometry geometry,
        in RegimenDoses doses,
        ReirradiationAssessment? reirradiation)
    {
        var ptvMargin = ptv?.Margin;
        var ptvLengthMm = ptv?.PtvLengthMm;
        var lesions = ImmutableArray<LesionFacts>.Empty;
        if (coverage is not null)
        {
            var array = new LesionFacts[coverage.Lesions.Length];
            for (var i = 0; i < array.Length; i++)
            {
                var lesion = coverage.Lesions[i];
                array[i] = new LesionFacts
                {
                    Text = lesion.Lesion.ToString(),
                    Covered = lesion.IsCovered,
                    UncoveredLevelsText = lesion.IsCovered ? null : FormatLevels(lesion.UncoveredLevels),
                    MarginLevelsAbove = lesion.MarginLevelsAbove,
                    MarginLevelsBelow = lesion.MarginLevelsBelow,
                    LevelsAvailableAbove = lesion.LevelsAvailableAbove,
                    LevelsAvailableBelow = lesion.LevelsAvailableBelow,
                };
            }

            lesions = ImmutableCollectionsMarshal.AsImmutableArray(array);
        }

        var regimen = request.Regimen;
        return new PlanFacts
        {
            TotalDoseGy = regimen.TotalDose.Gy,
            Fractions = regimen.Fractions,
            DosePerFractionGy = regimen.DosePerFraction.Gy,
            CordEqd2Gy = doses.CordEqd2.Gy,
            CordAlphaBetaGy = doses.CordAlphaBeta.Gy,
            EmhEqd2Gy = doses.EmhEqd2.Gy,
            TreatedSpanGiven = coverage is not null,
            Lesions = lesions,
            CtvClampedCranially = ctv.ClampedCranially,
            CtvClampedCaudally = ctv.ClampedCaudally,
            CtvSegmentCount = ctv.Segments.Length,
            CtvGapLevels = ctv.Gaps,
            CtvSegmentsText = ctv.Segments.Length > 1 ? SpineNotation.Format(ctv.Segments) : null,
            CtvLevelCount = ctv.LevelCount,
            PtvMarginSuperiorMm = ptvMargin?.SuperiorMm,
            PtvMarginInferiorMm = ptvMargin?.InferiorMm,
            PtvMarginRadialMm = ptvMargin?.RadialMm,
            PtvLengthMm = ptvLengthMm,
            AgeYears = request.Patient.AgeYears,
            PriorCourseCount = request.PriorCourses.IsDefault ? 0 : request.PriorCourses.Length,
            MonthsSinceLastCourse = reirradiation?.MonthsSinceLastPriorCourse,
            CumulativeCordBedMaxGy2 = reirradiation?.MaximumCumulativeBed.Gy,
            LargestCourseCordBedGy2 = reirradiation?.LargestSingleCourseBed.Gy,
            RecoveryModelText = reirradiation is null ? null : (request.Recovery ?? RecoveryModel.None).Description,
            // Only lengths come from the geometry: without a PTV none were computed, so nothing was estimated.
            GeometryIsEstimate = ptvLengthMm is not null && geometry.IsEstimate,
        };
    }

    private static string FormatLevels(ImmutableArray<VertebralLevel> levels) =>
        levels.Length == 1 ? levels[0].ToString() : string.Join(", ", levels);

    private static bool CheckSpans(ImmutableArray<VertebralSpan> spans, SpineAnatomy anatomy, string what, bool allowEmpty, [NotNullWhen(false)] out string? error)
    {
        if (spans.IsDefaultOrEmpty)
        {
            error = allowEmpty ? null : $"no {what} was given";
            return allowEmpty;
        }

        foreach (var span in spans)
        {
            if (!span.IsValidIn(anatomy))
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{what} {span} does not exist in a spine with {anatomy.ThoracicCount} thoracic and {anatomy.LumbarCount} lumbar vertebrae");
                return false;
            }
        }

        error = null;
        return true;
    }
}
