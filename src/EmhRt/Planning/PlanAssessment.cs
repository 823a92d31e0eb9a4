using System.Collections.Immutable;
using System.Runtime.InteropServices;
using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Literature;
using EmhRt.Organs;
using EmhRt.Protocol;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Planning;

/// <summary>
/// Everything EmhRt found about one proposed plan: volumes, regimen, biological doses, calendar, re-irradiation
/// and findings with citations, plus the identity of the protocol that produced them. Immutable.
/// Decision support only: it does not replace clinical judgement.
/// </summary>
public sealed class PlanAssessment
{
    private readonly FindingRuleSet _rules;
    private readonly RegimenDoses _doses;
    private readonly PlanFacts _facts;
    private readonly PendingFinding[] _pending;
    private ReportParts? _parts;
    private PlanningTargetVolume? _ptv; // its own field: the CSV reads the PTV and no other report part

    internal PlanAssessment(
        PlanRequest request,
        ClinicalTargetVolume ctv,
        in RegimenDoses doses,
        TreatmentSchedule? schedule,
        ReirradiationAssessment? reirradiation,
        FindingRuleSet rules,
        PlanFacts facts,
        PendingFinding[] findings)
    {
        Request = request;
        Ctv = ctv;
        _doses = doses;
        Schedule = schedule;
        Reirradiation = reirradiation;
        _rules = rules;
        _facts = facts;
        _pending = findings;
    }

    /// <summary>The request as assessed.</summary>
    public PlanRequest Request { get; }

    /// <summary>The protocol used; its <see cref="EmhProtocol.Id"/>, <see cref="EmhProtocol.Version"/> and <see cref="EmhProtocol.Sha256"/> identify it.</summary>
    public EmhProtocol Protocol => _rules.Protocol;

    /// <summary>The CTV level margin used (the request's, or the protocol's when the request gave none).</summary>
    public CtvLevelMargin CtvMargin => Ctv.Margin;

    /// <summary>The clinical target volume in vertebral levels.</summary>
    public ClinicalTargetVolume Ctv { get; }

    /// <summary>The geometry that turned levels into millimetres (population estimate unless the patient's own).</summary>
    public SpineGeometry Geometry => PlanAssessor.GeometryFor(Request.Patient);

    /// <summary>The planning target volume; <see langword="null"/> when the request gave no PTV margin.</summary>
    /// <remarks>
    /// Built on first access and kept (the assessor checked that the geometry measures the CTV and gave the rules its length,
    /// <see cref="PlanningTargetVolume.TryMeasureLength"/>, so this cannot fail).
    /// </remarks>
    public PlanningTargetVolume? Ptv => Request.PtvMargin is { } margin ? _ptv ??= PlanningTargetVolume.Create(Ctv, margin, Geometry) : null;

    /// <summary>How the proposed treated span covers each lesion; <see langword="null"/> when none was proposed.</summary>
    /// <remarks>Built on first access and kept (the finding rules read the same numbers without it; a CSV never builds it).</remarks>
    public TreatedSpanCoverage? Coverage => Request.TreatedSpans.IsDefaultOrEmpty
        ? null
        : Parts.Coverage ??= TreatedSpanCoverage.EvaluateSharing(Request.Lesions, Request.TreatedSpans, Request.Patient.Anatomy);

    /// <summary>The regimen.</summary>
    public Fractionation Regimen => Request.Regimen;

    /// <summary>BED and EQD2 per tissue: the EMH tissue first, then the spinal cord.</summary>
    /// <remarks>Built on first access and kept (a race builds equal values).</remarks>
    public ImmutableArray<TissueDose> Radiobiology
    {
        get
        {
            var parts = Parts;
            var doses = parts.Radiobiology;
            if (doses.IsDefault)
            {
                doses = _doses.ToTissueDoses();
                parts.Radiobiology = doses;
            }

            return doses;
        }
    }

    /// <summary>The regimen's BED and EQD2 as numbers (what <see cref="Radiobiology"/> shows), without building its records.</summary>
    internal ref readonly RegimenDoses Doses => ref _doses;

    /// <summary>The EMH tissue's biological dose.</summary>
    public TissueDose Emh => Radiobiology[0];

    /// <summary>The spinal cord's biological dose (of <see cref="PlanRequest.CordMaxDose"/> when measured, else the prescribed dose).</summary>
    public TissueDose SpinalCord => Radiobiology[1];

    /// <summary>Cord EQD2 against QUANTEC (marks2010, kirkpatrick2010) and the model-derived logistic risk (schultheiss2008).</summary>
    /// <remarks>Computed on first access and kept (the CSV does not show it).</remarks>
    public SpinalCordAssessment Cord =>
        Parts.Cord ??= Request.CordMaxDose is { } measured
            ? SpinalCordTolerance.AssessMeasured(measured, Regimen.Fractions, _doses.CordAlphaBeta, AlphaBetaDefaults.SpinalCordSchultheiss.Value)
            : SpinalCordTolerance.Assess(Regimen, _doses.CordAlphaBeta, AlphaBetaDefaults.SpinalCordSchultheiss.Value);

    /// <summary>
    /// The organs that usually lie next to the irradiated levels, with their cited thresholds, and the active-marrow share of
    /// those levels (clinical-facts-organs §2, §2.12). Built on first access and kept: a CSV never builds it.
    /// </summary>
    public OrgansAtRisk OrgansAtRisk => Parts.Organs ??= BuildOrgans();

    /// <summary>The treatment calendar; <see langword="null"/> when no start date was given.</summary>
    public TreatmentSchedule? Schedule { get; }

    /// <summary>The re-irradiation summary (nieder2006); <see langword="null"/> when no prior course was given.</summary>
    public ReirradiationAssessment? Reirradiation { get; }

    /// <summary>
    /// Findings, warnings first, each with a stable code, message and citations. The messages are written on first read
    /// (reports that show only codes and severities, such as the CSV, never pay for them) and kept.
    /// </summary>
    public ImmutableArray<Finding> Findings => ImmutableCollectionsMarshal.AsImmutableArray(Parts.Findings ?? WriteFindings());

    /// <summary>The findings in <see cref="Findings"/>'s order with their code, severity and citations, messages not written.</summary>
    internal ReadOnlySpan<PendingFinding> PendingFindings => _pending;

    /// <summary>The most severe finding's severity; <see langword="null"/> when there is none.</summary>
    public Severity? HighestSeverity => _pending.Length == 0 ? null : _pending[0].Severity; // sorted warnings first

    /// <summary>
    /// Where the regimen sits among the published EMH radiotherapy cases (EQD2 at the EMH α/β). Computed on first
    /// access and cached.
    /// </summary>
    public LiteraturePosition Literature =>
        Parts.Literature ??= CaseLibrary.Default.Position(Regimen.TotalDose.Gy, Regimen.Fractions, _doses.EmhAlphaBeta.Gy);

    /// <summary>Whether the plan passes: no finding at or above <paramref name="failOn"/>.</summary>
    /// <param name="failOn">The lowest severity that fails; <see langword="null"/> means never fail.</param>
    public bool Passes(Severity? failOn) => Passes(HighestSeverity, failOn);

    /// <summary>Whether a plan whose most severe finding is <paramref name="highest"/> passes <paramref name="failOn"/>.</summary>
    internal static bool Passes(Severity? highest, Severity? failOn) => failOn is null || highest is null || highest < failOn;

    /// <summary>The spinal cord levels as text, e.g. <c>T3</c>, for level indices reported by <see cref="Reirradiation"/>.</summary>
    /// <param name="levelIndex">Index from C1 = 0 in the patient's anatomy.</param>
    internal VertebralLevel LevelAt(int levelIndex) => Request.Patient.Anatomy.LevelAt(levelIndex);

    /// <summary>The organs next to the irradiated levels, one bit per <see cref="OrganAtRisk"/> (from the evaluation, without building the organ records).</summary>
    internal int OrgansInFieldMask => _facts.OrgansInField;

    /// <summary>
    /// The organs a caution or warning names: the prescription could reach the threshold (<c>ORGAN_THRESHOLD_REACHABLE</c>),
    /// or a measured dose is above its constraint (<c>ORGAN_DOSE_ABOVE_CONSTRAINT</c>); one bit per <see cref="OrganAtRisk"/>.
    /// </summary>
    internal int OrgansFlaggedMask
    {
        get
        {
            var mask = _facts.OrgansCaution;
            if (!_facts.OrganDoses.IsDefaultOrEmpty)
            {
                foreach (var measured in OrgansAtRisk.MeasuredDoses)
                {
                    if (measured.Status == MeasuredDoseStatus.AboveConstraint)
                    {
                        mask |= 1 << (int)measured.Measurement.Organ;
                    }
                }
            }

            return mask;
        }
    }

    /// <summary>The organ's prescription comparison in brief, for the text report.</summary>
    internal string OrgansAtRiskShortComparison(OrganNearField organ) =>
        _rules.OrganRules.ShortComparisonText((int)organ.Organ, Regimen.TotalDose.Gy, Regimen.DosePerFraction.Gy);

    private OrgansAtRisk BuildOrgans()
    {
        var model = _rules.OrganRules;
        var f = _facts;
        var organs = ImmutableArray.CreateBuilder<OrganNearField>();
        for (var organ = 0; organ < OrganModel.Count; organ++)
        {
            if ((f.OrgansInField & (1 << organ)) != 0)
            {
                organs.Add(model.Describe(organ, f.Anatomy, f.IrradiatedLevelMask, f.Sex, f.AgeYears, f.TotalDoseGy, f.DosePerFractionGy, (f.OrgansCaution & (1 << organ)) != 0));
            }
        }

        var measured = new MeasuredOrganDose[f.OrganDoses.IsDefault ? 0 : f.OrganDoses.Length];
        for (var i = 0; i < measured.Length; i++)
        {
            measured[i] = _rules.AssessMeasured(f, i);
        }

        var levels = OrganModel.LevelsText(f.Anatomy, f.IrradiatedLevelMask, null);
        return new OrgansAtRisk(levels, organs.ToImmutable(), new ActiveMarrow(f.ActiveMarrowPercent, levels))
        {
            MeasuredDoses = ImmutableCollectionsMarshal.AsImmutableArray(measured),
        };
    }

    // A race writes equal arrays; the reference write is atomic.
    private Finding[] WriteFindings()
    {
        var findings = new Finding[_pending.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = _pending[i].Write(_facts);
        }

        Volatile.Write(ref Parts.Findings, findings);
        return findings;
    }

    /// <summary>The parts computed on first read, in one object made on first need: an assessment only a CSV reads never makes it.</summary>
    private ReportParts Parts => _parts ?? Interlocked.CompareExchange(ref _parts, new ReportParts(), null) ?? _parts;

    /// <summary>What <see cref="PlanAssessment"/> computes on first read; a race computes equal values.</summary>
    private sealed class ReportParts
    {
        public Finding[]? Findings;
        public LiteraturePosition? Literature;
        public SpinalCordAssessment? Cord;
        public OrgansAtRisk? Organs;
        public TreatedSpanCoverage? Coverage;
        public ImmutableArray<TissueDose> Radiobiology;
    }
}
