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

    private readonly FindingRuleSet _rules;
    private readonly AlphaBeta _emhAlphaBeta;
    private readonly AlphaBeta _cordAlphaBeta;
    private readonly AlphaBeta _cordLumbarAlphaBeta;
    private readonly AlphaBeta _caudaAlphaBeta;
    private readonly VertebralLevel _conus;
    private readonly CtvLevelMargin _ctvMargin;

    /// <summary>Creates an assessor for a protocol (validated: an invalid protocol throws).</summary>
    /// <param name="protocol">The protocol whose thresholds, margins and α/β defaults apply.</param>
    /// <exception cref="ArgumentException">The protocol is invalid.</exception>
    public PlanAssessor(EmhProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        _rules = new FindingRuleSet(protocol);
        Protocol = protocol;
        _emhAlphaBeta = AlphaBeta.FromGy(protocol.EmhAlphaBetaGy);
        _cordAlphaBeta = AlphaBeta.FromGy(protocol.CordAlphaBetaGy);
        _cordLumbarAlphaBeta = AlphaBeta.FromGy(protocol.CordLumbarAlphaBetaGy);
        _caudaAlphaBeta = AlphaBeta.FromGy(protocol.CaudaEquinaAlphaBetaGy);
        _conus = SpineNotation.ParseLevel(protocol.ConusLevel, SpineAnatomy.Standard).Value;
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

        if (request.Holidays is null)
        {
            throw new ArgumentNullException(nameof(request), "The request has no Holidays (PlanRequest.Holidays is null; use HolidayList.Empty).");
        }

        if (request.Recovery is null)
        {
            throw new ArgumentNullException(nameof(request), "The request has no Recovery (PlanRequest.Recovery is null; use RecoveryModel.None).");
        }

        foreach (var prior in request.PriorCourses.IsDefault ? [] : request.PriorCourses)
        {
            if (prior is null)
            {
                throw new ArgumentNullException(nameof(request), "The request lists a null prior course (PlanRequest.PriorCourses).");
            }
        }

        assessment = null;
        if (request.CordMaxDose is { } cordMax && InputLimits.CheckCordMaxDose(cordMax.Gy) is { } cordMaxError)
        {
            error = cordMaxError;
            return false;
        }

        if (PlanRequest.CheckOrganDoses(request.OrganDoses) is { } organDoseError)
        {
            error = organDoseError;
            return false;
        }

        if (!TryVolumes(request, out _, out var ctv, out var geometry, out error))
        {
            return false;
        }

        // The PTV's length is all the rules need; the PTV itself (PlanAssessment.Ptv) is built when a report reads it.
        double? ptvLengthMm = null;
        if (request.PtvMargin is { } ptvMargin)
        {
            if (!PlanningTargetVolume.TryMeasureLength(ctv, ptvMargin, geometry, out var length, out error))
            {
                return false;
            }

            ptvLengthMm = length;
        }

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

        if (request.Patient.PregnancyStatus == PregnancyStatus.Pregnant && request.Patient.Sex == Sex.Male)
        {
            error = "pregnancy status 'pregnant' was given for a patient recorded male";
            return false;
        }

        // The treated-span coverage (PlanAssessment.Coverage) is built when a report reads it; the rules read its numbers (BuildFacts).
        var facts = BuildFacts(request, ctv, ptvLengthMm, Layout(request, ctv, geometry), schedule?.ActualStart, geometry, doses, reirradiation, ScanOrgans(request, ctv, geometry));
        assessment = new PlanAssessment(
            request, ctv, doses, schedule, reirradiation, _rules, facts, _rules.Pending(facts));
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
    /// BED and EQD2 for the EMH tissue, then the cord (its measured Dmax, else the prescribed dose);
    /// <paramref name="mostCranialIrradiated"/> is the first of <see cref="IrradiatedLevels"/>.
    /// </summary>
    private RegimenDoses Doses(PlanRequest request, int mostCranialIrradiated)
    {
        var emhAlphaBeta = request.EmhAlphaBeta ?? _emhAlphaBeta;

        // The cervical/thoracic value applies as soon as the dose reaches a cervical or thoracic level (through the CTV,
        // its PTV margin or a proposed treated span): it is the lower α/β, so the cord figure is the more cautious one.
        // Below the conus the canal holds the cauda equina: named so, with its own (assumed) α/β.
        var byLevel = CordAlphaBeta(request);
        var cordAlphaBeta = byLevel.At(mostCranialIrradiated);
        return new RegimenDoses(
            request.Regimen, emhAlphaBeta, request.EmhAlphaBeta is not null, request.CordRegimen, cordAlphaBeta, request.CordAlphaBeta is not null,
            byLevel.IsCaudaEquina(mostCranialIrradiated), request.CordMaxDose is not null);
    }

    /// <summary>The cord α/β at each level for this request (<see cref="CordAlphaBetaByLevel"/>).</summary>
    private CordAlphaBetaByLevel CordAlphaBeta(PlanRequest request) =>
        new(request.Patient.Anatomy, request.CordAlphaBeta, _cordAlphaBeta, _cordLumbarAlphaBeta, ConusIndex(request.Patient.Anatomy), _caudaAlphaBeta);

    /// <summary>The index of the protocol's conus level in <paramref name="anatomy"/> (its first lumbar level when it has no such level).</summary>
    private int ConusIndex(SpineAnatomy anatomy) =>
        anatomy.Contains(_conus) ? anatomy.IndexOf(_conus) : anatomy.IndexOf(VertebralLevel.Lumbar(1));

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
    /// The first and last level (0 = C1) the PTV of one CTV segment reaches (<see cref="PlanningTargetVolume.ReachedSpans"/>,
    /// the one rule); the segment's own levels without a PTV margin.
    /// </summary>
    private static (int First, int Last) PtvReach(PlanRequest request, VertebralSpan segment, SpineGeometry geometry)
    {
        var anatomy = request.Patient.Anatomy;
        if (request.PtvMargin is not { } margin || !geometry.Covers(segment))
        {
            return (anatomy.IndexOf(segment.Cranial), anatomy.IndexOf(segment.Caudal));
        }

        return PlanningTargetVolume.ReachIndices(geometry, segment, margin);
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
        Span<int> buffer = stackalloc int[anatomy.LevelCount];
        var currentLevels = buffer[..IrradiatedLevels(request, ctv, geometry, buffer)].ToArray();

        // One object behind both delegates (a struct's method group would box it once per delegate).
        var byLevel = new CordAlphaBetaLookup(CordAlphaBeta(request));
        var options = new ReirradiationOptions
        {
            Anatomy = anatomy,
            CordAlphaBeta = request.CordAlphaBeta ?? _cordAlphaBeta,
            AlphaBetaForLevel = byLevel.AtLevel,
            IsCaudaEquinaAtLevel = byLevel.IsCaudaEquinaAtLevel,
            Recovery = request.Recovery,
            CurrentCordDoseMeasured = request.CordMaxDose is not null,
        };
        result = ReirradiationAssessment.EvaluateLevels(request.CordRegimen, currentStart, currentLevels, request.PriorCourses, options);
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

            if (prior.LevelArray is not null && prior.Anatomy != request.Patient.Anatomy)
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"prior course of {prior.Fractionation.ToShortString()} on {IsoDate.Format(prior.Date)} gives its levels in a spine of {prior.Anatomy}, the patient's is {request.Patient.Anatomy}");
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
    private readonly struct CordAlphaBetaByLevel(
        SpineAnatomy anatomy, AlphaBeta? fixedValue, AlphaBeta upper, AlphaBeta lumbar, int conusIndex, AlphaBeta cauda)
    {
        public AlphaBeta At(int levelIndex) =>
            fixedValue ?? (IsCaudaEquina(levelIndex) ? cauda : anatomy.LevelAt(levelIndex).Region <= SpineRegion.Thoracic ? upper : lumbar);

        /// <summary>Whether the canal at this level holds the cauda equina (below the conus level) [assumption: one level, no partial conus].</summary>
        public bool IsCaudaEquina(int levelIndex) => levelIndex > conusIndex;

        /// <summary><see cref="At(int)"/> at a level of the anatomy.</summary>
        public AlphaBeta AtLevel(VertebralLevel level) => At(anatomy.IndexOf(level));

        /// <summary><see cref="IsCaudaEquina(int)"/> at a level of the anatomy.</summary>
        public bool IsCaudaEquinaAtLevel(VertebralLevel level) => IsCaudaEquina(anatomy.IndexOf(level));
    }

    /// <summary><see cref="CordAlphaBetaByLevel"/> on the heap, for the re-irradiation's per-level delegates.</summary>
    private sealed class CordAlphaBetaLookup(CordAlphaBetaByLevel byLevel)
    {
        public AlphaBeta AtLevel(VertebralLevel level) => byLevel.AtLevel(level);

        public bool IsCaudaEquinaAtLevel(VertebralLevel level) => byLevel.IsCaudaEquinaAtLevel(level);
    }

    /// <summary>
    /// The fields of the plan: each CTV segment's PTV (or the segment itself without a PTV margin), grouped where they overlap
    /// (<see cref="FieldLayout"/>'s figures, without the record); null when the geometry does not measure every segment.
    /// </summary>
    private static Fields? Layout(PlanRequest request, ClinicalTargetVolume ctv, SpineGeometry geometry) =>
        FieldLayout.TryMeasure(ctv, request.PtvMargin?.SuperiorMm ?? 0, request.PtvMargin?.InferiorMm ?? 0, geometry, out var lengths, out var texts, out var gaps, out var envelope)
            ? new Fields(lengths, texts, gaps, envelope)
            : null;

    /// <summary>The figures of <see cref="FieldLayout"/>, on the stack.</summary>
    private readonly record struct Fields(ImmutableArray<double> FieldLengthsMm, ImmutableArray<string> FieldTexts, ImmutableArray<double> GapsMm, double EnvelopeMm);

    /// <summary>The facts the finding rules read; <paramref name="ptvLengthMm"/> (<see cref="PlanningTargetVolume.PtvLengthMm"/>) is null without a PTV margin, <paramref name="actualStart"/> without a start date.</summary>
    private static PlanFacts BuildFacts(
        PlanRequest request,
        ClinicalTargetVolume ctv,
        double? ptvLengthMm,
        in Fields? layout,
        DateOnly? actualStart,
        SpineGeometry geometry,
        in RegimenDoses doses,
        ReirradiationAssessment? reirradiation,
        (ulong Mask, Organs.OrganScan Scan) organs)
    {
        var ptvMargin = request.PtvMargin;
        var lesions = ImmutableArray<LesionFacts>.Empty;
        var treatedSpanGiven = !request.TreatedSpans.IsDefaultOrEmpty;
        if (treatedSpanGiven)
        {
            // TreatedSpanCoverage's numbers for each lesion, without its records.
            var anatomy = request.Patient.Anatomy;
            var treated = TreatedSpanCoverage.TreatedMask(request.TreatedSpans, anatomy);
            var array = new LesionFacts[request.Lesions.Length];
            for (var i = 0; i < array.Length; i++)
            {
                var lesion = request.Lesions[i];
                var measure = TreatedSpanCoverage.Measure(lesion, treated, anatomy);
                var covered = measure.UncoveredCount == 0;
                array[i] = new LesionFacts
                {
                    Text = lesion.ToString(),
                    Covered = covered,
                    UncoveredLevelsText = covered ? null : FormatLevels(TreatedSpanCoverage.UncoveredLevels(measure, treated, anatomy)),
                    MarginLevelsAbove = measure.Above,
                    MarginLevelsBelow = measure.Below,
                    LevelsAvailableAbove = measure.AvailableAbove,
                    LevelsAvailableBelow = measure.AvailableBelow,
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
            CordMaxDoseGy = request.CordMaxDose?.Gy,
            OrganDoses = request.OrganDoses.IsDefault ? [] : request.OrganDoses,
            CordAlphaBetaGy = doses.CordAlphaBeta.Gy,
            CordIsCaudaEquina = doses.CordIsCaudaEquina,
            EmhEqd2Gy = doses.EmhEqd2.Gy,
            EmhAlphaBetaGy = doses.EmhAlphaBeta.Gy,
            TreatedSpanGiven = treatedSpanGiven,
            Lesions = lesions,
            CtvMarginLevelsAbove = ctv.Margin.LevelsAbove,
            CtvMarginLevelsBelow = ctv.Margin.LevelsBelow,
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
            FieldLengthsMm = layout is { } fields ? fields.FieldLengthsMm : [],
            FieldTexts = layout is { } named ? named.FieldTexts : [],
            TargetGapsMm = layout is { } gapped ? gapped.GapsMm : [],
            CtvSegmentTexts = ctv.Segments.Length > 1 ? [.. ctv.Segments.Select(s => s.ToString())] : [],
            CtvLengthMm = ptvMargin is null && layout is { } envelope ? envelope.EnvelopeMm : null,
            AgeYears = request.Patient.AgeYears,
            StartDelayDays = request.StartDate is { } requested && actualStart is { } first ? first.DayNumber - requested.DayNumber : null,
            StartDelayText = request.StartDate is { } asked && actualStart is { } started && started != asked
                ? IsoDate.Format(asked) + " to " + IsoDate.Format(started)
                : null,
            SexAssumedMale = request.Patient.Sex is null && request.Patient.Geometry is null,
            PriorCourseCount = request.PriorCourses.IsDefault ? 0 : request.PriorCourses.Length,
            NonOverlappingPriorCourseCount = reirradiation is { } figures ? request.PriorCourses.Length - figures.OverlappingPriorCourseCount : 0,
            NonOverlappingPriorCoursesText = reirradiation is { } withOthers && withOthers.OverlappingPriorCourseCount < request.PriorCourses.Length
                ? NonOverlappingText(request, ctv, geometry)
                : null,
            MonthsSinceLastCourse = reirradiation?.MonthsSinceLastOverlappingCourse,
            ShortestEarlierIntervalMonths = reirradiation?.ShortestEarlierIntervalMonths,
            CumulativeCordBedMaxGy2 = reirradiation?.MaximumCumulativeBed.Gy,
            LargestCourseCordBedGy2 = reirradiation?.LargestSingleCourseBed.Gy,
            RecoveryModelText = reirradiation is null ? null : (request.Recovery ?? RecoveryModel.None).Description,
            Anatomy = request.Patient.Anatomy,
            IrradiatedLevelMask = organs.Mask,
            Sex = request.Patient.Sex,
            PregnancyStatus = request.Patient.PregnancyStatus,
            OrgansInField = organs.Scan.InField,
            OrgansCaution = organs.Scan.Caution,
            AbdomenOrPelvisInField = organs.Scan.AbdomenOrPelvis,
            ActiveMarrowPercent = organs.Scan.MarrowPercent,
            // Only lengths come from the geometry: the PTV's, or the CTV's for the field check without a PTV margin.
            GeometryIsEstimate = (ptvLengthMm is not null || layout is not null) && geometry.IsEstimate,
        };
    }

    /// <summary>The irradiated levels as a bit mask and what the protocol's organ rules find next to them.</summary>
    private (ulong Mask, Organs.OrganScan Scan) ScanOrgans(PlanRequest request, ClinicalTargetVolume ctv, SpineGeometry geometry)
    {
        var anatomy = request.Patient.Anatomy;
        Span<int> buffer = stackalloc int[anatomy.LevelCount];
        var count = IrradiatedLevels(request, ctv, geometry, buffer);
        var mask = 0UL;
        foreach (var level in buffer[..count])
        {
            mask |= 1UL << level;
        }

        var patient = request.Patient;
        var scan = _rules.OrganRules.Scan(anatomy, mask, patient.Sex, patient.AgeYears, request.Regimen.TotalDose.Gy, request.Regimen.DosePerFraction.Gy);

        // A measured dose of the threshold's metric replaces the worst-case "could reach" caution (conventional courses).
        var measured = _rules.OrganRules.MeasuredThresholdMask(request.OrganDoses, request.Regimen.Fractions);
        return (mask, measured == 0 ? scan : scan with { Caution = scan.Caution & ~measured });
    }

    /// <summary>
    /// The prior courses that share no level with the current course (<see cref="IrradiatedLevels"/>), in input order, as
    /// text, e.g. <c>20 Gy/10 on 2025-01-10 to L3-S1</c>.
    /// </summary>
    private static string NonOverlappingText(PlanRequest request, ClinicalTargetVolume ctv, SpineGeometry geometry)
    {
        var anatomy = request.Patient.Anatomy;
        Span<int> buffer = stackalloc int[anatomy.LevelCount];
        var irradiated = buffer[..IrradiatedLevels(request, ctv, geometry, buffer)];
        var parts = new List<string>();
        foreach (var prior in request.PriorCourses)
        {
            if (prior.LevelArray is not { } levels)
            {
                continue;
            }

            var shares = false;
            foreach (var level in levels)
            {
                shares |= irradiated.BinarySearch(level) >= 0;
            }

            if (!shares)
            {
                parts.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{prior.Fractionation.ToShortString()} on {IsoDate.Format(prior.Date)} to {SpineNotation.Format(Runs(anatomy, levels))}"));
            }
        }

        return string.Join("; ", parts);
    }

    /// <summary>Ascending level indices as contiguous spans.</summary>
    private static List<VertebralSpan> Runs(SpineAnatomy anatomy, int[] levels)
    {
        var spans = new List<VertebralSpan>();
        var start = levels[0];
        for (var i = 1; i <= levels.Length; i++)
        {
            if (i == levels.Length || levels[i] != levels[i - 1] + 1)
            {
                spans.Add(VertebralSpan.Create(anatomy.LevelAt(start), anatomy.LevelAt(levels[i - 1])));
                if (i < levels.Length)
                {
                    start = levels[i];
                }
            }
        }

        return spans;
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
