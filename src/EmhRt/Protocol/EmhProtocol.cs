using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EmhRt.Findings;

namespace EmhRt.Protocol;

/// <summary>
/// A planning protocol as data: the thresholds the finding rules use, the CTV level margins, the α/β defaults,
/// and which rules run at what severity. Load one with <see cref="ProtocolLoader"/>, or use <see cref="Default"/>.
/// Immutable and thread-safe; <c>with</c> expressions give variants, which <see cref="Validate"/> checks.
/// </summary>
/// <remarks>
/// Identity is <see cref="Sha256"/> of <see cref="ToCanonicalJson"/>; equality compares canonical JSON. The
/// defaults below are those of <c>emh-default.protocol.json</c>, each with its source.
/// </remarks>
public sealed record EmhProtocol
{
    private static readonly EmhProtocol BuiltIn = BuiltInProtocol.Create();
    private static readonly Lazy<string> DefaultText = new(ReadDefaultJson);
    private static readonly ConditionalWeakTable<EmhProtocol, string> Hashes = [];

    /// <summary>The manifest resource name of the default protocol JSON (stable).</summary>
    public const string DefaultResourceName = "EmhRt.Protocol.emh-default.protocol.json";

    /// <summary>
    /// The built-in protocol (<c>emh-default</c>): the values of the embedded JSON (<see cref="DefaultJson"/>),
    /// built without parsing it so that a single plan starts fast; a test keeps the two identical.
    /// </summary>
    public static EmhProtocol Default => BuiltIn;

    /// <summary>The exact embedded text of the default protocol, as shipped (for <c>emhrt protocol show</c>).</summary>
    public static string DefaultJson => DefaultText.Value;

    /// <summary>Protocol identifier, e.g. <c>emh-default</c> (non-empty).</summary>
    public required string Id { get; init; }

    /// <summary>Protocol version text, e.g. <c>1.0.0</c> (non-empty).</summary>
    public required string Version { get; init; }

    /// <summary>Free text describing the protocol and its sources; optional.</summary>
    public string? Description { get; init; }

    /// <summary>Lower end of the recommended total dose (Gy). Default 16 Gy (cailleteau2023, expert opinion).</summary>
    public required double DoseRangeMinGy { get; init; }

    /// <summary>Upper end of the recommended total dose (Gy). Default 20 Gy (cailleteau2023).</summary>
    public required double DoseRangeMaxGy { get; init; }

    /// <summary>Lower end of the classical dose per fraction (Gy). Default 1.8 Gy (cailleteau2023).</summary>
    public required double FractionSizeMinGy { get; init; }

    /// <summary>Upper end of the classical dose per fraction (Gy). Default 2.0 Gy (cailleteau2023).</summary>
    public required double FractionSizeMaxGy { get; init; }

    /// <summary>
    /// Dose per fraction (Gy) at or above which a course is flagged as hypofractionated. Default 3 Gy: an EmhRt
    /// convention [assumption]; the evidence is that 9 Gy/3 and 15 Gy/1 did not help (cailleteau2023's table).
    /// </summary>
    public required double HypofractionationGy { get; init; }

    /// <summary>
    /// Cord EQD2 (Gy) above which a caution is raised. Default 45 Gy: an EmhRt safety margin below the 50 Gy
    /// QUANTEC point [assumption].
    /// </summary>
    public required double CordEqd2CautionGy { get; init; }

    /// <summary>Cord EQD2 (Gy) above which a warning is raised. Default 50 Gy: myelopathy 0.2 % at Dmax 50 Gy (marks2010).</summary>
    public required double CordEqd2WarningGy { get; init; }

    /// <summary>
    /// Largest total cord point dose (Gy) in one fraction without a warning, for courses of one fraction. Default 12.4 Gy:
    /// Sahgal 2013's ≤ 5 % thecal-sac point maximum for 1 fraction (sahgal2013; clinical-facts-organs §3).
    /// </summary>
    public required double CordShortCourse1FractionGy { get; init; }

    /// <summary>As <see cref="CordShortCourse1FractionGy"/> for 2 fractions. Default 17.0 Gy (sahgal2013).</summary>
    public required double CordShortCourse2FractionsGy { get; init; }

    /// <summary>As <see cref="CordShortCourse1FractionGy"/> for 3 fractions. Default 20.3 Gy (sahgal2013).</summary>
    public required double CordShortCourse3FractionsGy { get; init; }

    /// <summary>As <see cref="CordShortCourse1FractionGy"/> for 4 fractions. Default 23.0 Gy (sahgal2013).</summary>
    public required double CordShortCourse4FractionsGy { get; init; }

    /// <summary>As <see cref="CordShortCourse1FractionGy"/> for 5 fractions. Default 25.3 Gy (sahgal2013).</summary>
    public required double CordShortCourse5FractionsGy { get; init; }

    /// <summary>
    /// Hot spot over the prescription (percent) for the short-course caution: a course whose prescription is within the
    /// Sahgal point but whose hot spot would cross it is a caution. Default 2 %: [assumption], the example of
    /// clinical-facts-organs §3 (25 Gy/5 sits just under 25.3 Gy/5, and a 2 % hot spot crosses it).
    /// </summary>
    public required double CordShortCourseHotSpotPercent { get; init; }

    /// <summary>The short-course warning point (Gy) for <paramref name="fractions"/> (1–5).</summary>
    /// <param name="fractions">Number of fractions, 1–5.</param>
    public double CordShortCourseGy(int fractions) => fractions switch
    {
        1 => CordShortCourse1FractionGy,
        2 => CordShortCourse2FractionsGy,
        3 => CordShortCourse3FractionsGy,
        4 => CordShortCourse4FractionsGy,
        5 => CordShortCourse5FractionsGy,
        _ => throw new ArgumentOutOfRangeException(nameof(fractions), fractions, "Short-course points exist for 1-5 fractions."),
    };

    /// <summary>Smallest recommended CTV-to-PTV margin (mm). Default 10 mm (cailleteau2023).</summary>
    public required double PtvMarginMinMm { get; init; }

    /// <summary>Largest recommended CTV-to-PTV margin (mm). Default 20 mm (cailleteau2023).</summary>
    public required double PtvMarginMaxMm { get; init; }

    /// <summary>
    /// Longest PTV (mm) one C-arm linac field covers at isocentre. Default 400 mm (clinical facts §3, secondary source).
    /// </summary>
    public required double SingleFieldLengthMm { get; init; }

    /// <summary>
    /// Margin a field needs beyond the PTV at each end (mm), for the single-field check (PTV + 2 × margin ≤ field length).
    /// Default 7 mm: [assumption] within the 6–10 mm of a secondary source; no source for a rule of thumb was found
    /// (clinical-facts-organs §5.1; mckenzie2000 on margins and beam configuration).
    /// </summary>
    public required double FieldMarginMm { get; init; }

    /// <summary>
    /// Distance (mm) between two PTV segments below which their fields must be planned as a junction (they would
    /// overlap or abut). Default 14 mm: [derived] twice <see cref="FieldMarginMm"/> (clinical-facts-organs §5.1); a 1 mm
    /// low-dose gap was measured in an unrotated junction (li2015), and junction coverage needed large overlaps
    /// (anticancerres2026, §5.2).
    /// </summary>
    public required double FieldJunctionDistanceMm { get; init; }

    /// <summary>
    /// Days by which holidays or non-treatment days may move the first fraction after the requested start before the
    /// delay is reported. Default 2 days: an EmhRt convention [assumption] (a weekend moves a Saturday start to Monday);
    /// cord compression is urgent.
    /// </summary>
    public required double StartDelayDays { get; init; }

    /// <summary>Age (years) below which the paediatric finding is raised. Default 18 years (age of adulthood, a convention).</summary>
    public required double PediatricAgeYears { get; init; }

    /// <summary>
    /// CTV level count at or above which blood-count monitoring is advised. Default 8 levels [derived advice]
    /// (federico2009, kitanaka2016 for splenic fields; not an EMH-specific rule).
    /// </summary>
    public required int LongFieldLevelCount { get; init; }

    /// <summary>Shortest interval (months) between courses without a warning. Default 6 months (nieder2006).</summary>
    public required double ReirradiationMinIntervalMonths { get; init; }

    /// <summary>Largest cord BED (Gy₂) of any single course in re-irradiation. Default 98 Gy₂ (nieder2006).</summary>
    public required double ReirradiationCourseBedLimitGy2 { get; init; }

    /// <summary>Cumulative cord BED (Gy₂) above which a caution is raised. Default 120 Gy₂ (nieder2006: no myelopathy reported up to it).</summary>
    public required double ReirradiationCumulativeBedCautionGy2 { get; init; }

    /// <summary>Cumulative cord BED (Gy₂) above which a warning is raised. Default 135.5 Gy₂ (nieder2006: risk appears small up to it).</summary>
    public required double ReirradiationCumulativeBedWarningGy2 { get; init; }

    /// <summary>CTV margin above the lesion (whole vertebral levels). Default 1 (cailleteau2023, expert opinion).</summary>
    public required int CtvMarginLevelsAbove { get; init; }

    /// <summary>CTV margin below the lesion (whole vertebral levels). Default 1 (cailleteau2023, expert opinion).</summary>
    public required int CtvMarginLevelsBelow { get; init; }

    /// <summary>
    /// The vertebral level of the conus medullaris tip: the canal below it holds the cauda equina, not the cord. Default
    /// <c>L1</c>: the mean tip lies at the lower third of L1, range mid-T12 to L3 (saifuddin1998; clinical-facts-organs §4).
    /// Must be a level from T11 to L3.
    /// </summary>
    public required string ConusLevel { get; init; }

    /// <summary>
    /// α/β of the cauda equina (Gy), used where every irradiated level lies below <see cref="ConusLevel"/>. Default 4 Gy:
    /// [assumption], no human value found; Nieder's "lumbar cord" value (nieder2006, clinical-facts-organs §4.2).
    /// </summary>
    public required double CaudaEquinaAlphaBetaGy { get; init; }

    /// <summary>α/β of EMH tissue (Gy). Default 10 Gy: [assumption], no published value found.</summary>
    public required double EmhAlphaBetaGy { get; init; }

    /// <summary>α/β of the cervical and thoracic cord (Gy). Default 2 Gy (nieder2006).</summary>
    public required double CordAlphaBetaGy { get; init; }

    /// <summary>α/β of the lumbar cord (Gy). Default 4 Gy (nieder2006).</summary>
    public required double CordLumbarAlphaBetaGy { get; init; }

    /// <summary>α/β (Gy) used to convert the prescription to EQD2 for an organ whose α/β the clinical facts do not give (every organ but the kidneys). Default 3 Gy: [assumption], a conventional late-responding-tissue value, labelled as such in the output (clinical-facts-organs §2).</summary>
    public required double OrganAssumedAlphaBetaGy { get; init; }

    /// <summary>Vertebral levels next to which the kidneys usually lie. Default <c>T11-L3</c> [derived]: renal arteries most often at L1 and hila at L2 (shen2016), left hilum on the transpyloric plane L1-L2 (mirjalili2012a), children T11/T12-L3 (sener2021); clinical-facts-organs §2.1.</summary>
    public required string KidneysLevels { get; init; }

    /// <summary>Mean dose to both kidneys (Gy, EQD2) from which renal injury is expected: QUANTEC threshold 15 Gy, 5 % clinically relevant dysfunction at 18 Gy and 50 % at 28 Gy (marks2010, dawson2010 [sec]); clinical-facts-organs §2.1.</summary>
    public required double KidneysMeanGy { get; init; }

    /// <summary>α/β of the kidney (Gy) for the EQD2 compared with <see cref="KidneysMeanGy"/>. Default 1.5 Gy: the lower end of the 1.5-3 Gy of cancerbiother2004 (which end to use is an [assumption]).</summary>
    public required double KidneysAlphaBetaGy { get; init; }

    /// <summary>Dose level (Gy) of the combined-kidney constraint V12 &lt; <see cref="KidneysV12Percent"/> (&lt; 5 % renal dysfunction; marks2010 [sec], dawson2010). Default 12 Gy. Conventional fractionation only.</summary>
    public required double KidneysV12Gy { get; init; }

    /// <summary>Volume limit (percent of both kidneys, 0-100) at <see cref="KidneysV12Gy"/>. Default 55 % (marks2010 [sec], dawson2010).</summary>
    public required double KidneysV12Percent { get; init; }

    /// <summary>Dose level (Gy) of the combined-kidney constraint V20 &lt; <see cref="KidneysV20Percent"/> (&lt; 5 % renal dysfunction; marks2010 [sec], dawson2010). Default 20 Gy. Conventional fractionation only.</summary>
    public required double KidneysV20Gy { get; init; }

    /// <summary>Volume limit (percent of both kidneys, 0-100) at <see cref="KidneysV20Gy"/>. Default 32 % (marks2010 [sec], dawson2010).</summary>
    public required double KidneysV20Percent { get; init; }

    /// <summary>Levels from which a field may reach the ovaries. Default <c>L5-Co</c>: [assumption], no source gives a vertebral level; a PTV reaching L5 or the sacrum in a female triggers an ovary check (clinical-facts-organs §2.2).</summary>
    public required string OvariesLevels { get; init; }

    /// <summary>Effective sterilising dose (Gy, fractionated) at birth: 20.3 Gy (wallace2005).</summary>
    public required double OvariesSterilisingDoseAtBirthGy { get; init; }

    /// <summary>Effective sterilising dose (Gy) at 10 years: 18.4 Gy (wallace2005).</summary>
    public required double OvariesSterilisingDoseAt10YearsGy { get; init; }

    /// <summary>Effective sterilising dose (Gy) at 20 years: 16.5 Gy (wallace2005).</summary>
    public required double OvariesSterilisingDoseAt20YearsGy { get; init; }

    /// <summary>Effective sterilising dose (Gy) at 30 years: 14.3 Gy (wallace2005). Used from 30 years on, labelled so: the abstract gives no value beyond 30 years.</summary>
    public required double OvariesSterilisingDoseAt30YearsGy { get; init; }

    /// <summary>Levels from which a field may reach the uterus. Default <c>L5-Co</c> [assumption] (pelvis; clinical-facts-organs §2.2).</summary>
    public required string UterusLevels { get; init; }

    /// <summary>Uterine dose (Gy) below which uterine function does not appear impaired: 4 Gy (teh2014).</summary>
    public required double UterusFunctionGy { get; init; }

    /// <summary>Levels whose field may scatter dose to the testes. Default <c>L5-Co</c> [assumption]: lumbosacral and sacral fields end within a few cm of the scrotum (clinical-facts-organs §2.3).</summary>
    public required string TestesLevels { get; init; }

    /// <summary>Testicular dose (Gy) from which recovery of spermatogenesis is less likely: 1.2 Gy (howell2005).</summary>
    public required double TestesRecoveryGy { get; init; }

    /// <summary>Largest scatter to the testes (percent of the mid-plane dose) assumed for a field reaching <see cref="TestesLevels"/>: 7.1 % at 3 cm from the field edge, unshielded, 15 MV phantom (jmedphys2008).</summary>
    public required double TestesScatterPercent { get; init; }

    /// <summary>Levels in front of which small-bowel loops may lie. Default <c>L1-Co</c>: [assumption], lumbar and sacral spans (clinical-facts-organs §2.5).</summary>
    public required string SmallBowelLevels { get; init; }

    /// <summary>Dose level (Gy) of the small-bowel constraint V15 &lt; 120 cc (individual loops; &lt; 10 % grade ≥ 3 acute toxicity; kavanagh2010, marks2010 [sec]).</summary>
    public required double SmallBowelDoseGy { get; init; }

    /// <summary>Volume (cc) of the small-bowel constraint V15 &lt; 120 cc (kavanagh2010).</summary>
    public required double SmallBowelVolumeCc { get; init; }

    /// <summary>Levels next to which the heart may lie. Default <c>T5-T8</c>: [assumption], not sourced (only non-authoritative text gives T5-T8; clinical-facts-organs §2.6).</summary>
    public required string HeartLevels { get; init; }

    /// <summary>Dose level (Gy) of the cardiac constraint V25 &lt; 10 % (&lt; 1 % long-term cardiac mortality; marks2010 [sec]).</summary>
    public required double HeartDoseGy { get; init; }

    /// <summary>Volume limit (percent of the heart, 0-100) at <see cref="HeartDoseGy"/>: V25 &lt; 10 % (&lt; 1 % long-term cardiac mortality, an overly safe model-based estimate; marks2010 [sec]). Conventional fractionation only.</summary>
    public required double HeartV25Percent { get; init; }

    /// <summary>Levels next to which the lungs lie. Default <c>T1-T12</c>: [assumption], not sourced (clinical-facts-organs §2.7).</summary>
    public required string LungsLevels { get; init; }

    /// <summary>Dose level (Gy) of the lung constraint V20 ≤ 30 % (&lt; 20 % symptomatic pneumonitis; marks2010 [sec], markslung2010).</summary>
    public required double LungsDoseGy { get; init; }

    /// <summary>Volume limit (percent of both lungs, 0-100) at <see cref="LungsDoseGy"/>: V20 ≤ 30 % (&lt; 20 % symptomatic pneumonitis; marks2010 [sec], markslung2010). Conventional fractionation only.</summary>
    public required double LungsV20Percent { get; init; }

    /// <summary>Mean lung dose (Gy) compared with a measured mean: 20 Gy gives about 20 % symptomatic pneumonitis (MLD 7/13/20/24/27 Gy → 5/10/20/30/40 %; marks2010 [sec], markslung2010). Conventional fractionation only.</summary>
    public required double LungsMeanGy { get; init; }

    /// <summary>Levels in front of which the oesophagus lies. Default <c>C6-T11</c> [derived]: lower cricoid border C6/C7 (mirjalili2012b), hiatus T9-T11 (keough2016, shen2016).</summary>
    public required string OesophagusLevels { get; init; }

    /// <summary>Mean oesophageal dose (Gy): &lt; 34 Gy -> 5-20 % grade ≥ 3 acute oesophagitis (marks2010 [sec]).</summary>
    public required double OesophagusMeanGy { get; init; }

    /// <summary>Levels in front of which the thyroid lies. Default <c>C6-T1</c> [derived] from the cricoid's lower border at C6/C7 (mirjalili2012b). No threshold: none is clear (boomsma2011).</summary>
    public required string ThyroidLevels { get; init; }

    /// <summary>Levels in front of which the larynx lies. Default <c>C4-C7</c> [derived] from the thyroid laminae at C4/C5 and the cricoid at C6/C7 (mirjalili2012b).</summary>
    public required string LarynxLevels { get; init; }

    /// <summary>Mean laryngeal dose (Gy): &lt; 44 Gy -> &lt; 20 % oedema (marks2010 [sec]).</summary>
    public required double LarynxMeanGy { get; init; }

    /// <summary>Levels next to which the liver may lie. Default <c>T10-L1</c>: [assumption], not sourced (clinical-facts-organs §2.11).</summary>
    public required string LiverLevels { get; init; }

    /// <summary>Mean liver dose (Gy): &lt; 30-32 Gy -> &lt; 5 % classic radiation-induced liver disease (marks2010 [sec]).</summary>
    public required double LiverMeanGy { get; init; }

    /// <summary>Levels whose field reaches the abdomen or pelvis, for the pregnancy-status warning. Default <c>L1-Co</c> [derived]: flag strongly when the span reaches the lumbar spine or sacrum (kharod2017; clinical-facts-organs §2.4).</summary>
    public required string PregnancyLevels { get; init; }

    /// <summary>Youngest age (years) for the pregnancy-status warning. Default 12: the reproductive-age band of issue 21 [assumption].</summary>
    public required double PregnancyMinAgeYears { get; init; }

    /// <summary>Oldest age (years) for the pregnancy-status warning. Default 55 [assumption], as <see cref="PregnancyMinAgeYears"/>.</summary>
    public required double PregnancyMaxAgeYears { get; init; }

    /// <summary>Fetal dose (Gy) from which deterministic effects are expected: the lower end of 0.1-0.2 Gy (lancetoncol2005, icrp84 [sec]).</summary>
    public required double FetalThresholdGy { get; init; }

    /// <summary>Out-of-field fetal dose (percent of the prescription) quoted for fields away from the uterus: 1.5 %, the largest measured unshielded value (medphys2007).</summary>
    public required double FetalOutOfFieldPercent { get; init; }

    /// <summary>Oldest age (years) at which fertility counselling is advised when gonads are near the field. Default 55 [assumption]; children included (loren2013).</summary>
    public required double FertilityMaxAgeYears { get; init; }

    /// <summary>Share (percent) of the body's proliferating marrow in the cervical spine: 4.3 % (hayman2011, 13 adults, FLT-PET).</summary>
    public required double ActiveMarrowCervicalPercent { get; init; }

    /// <summary>Share (percent) in the thoracic spine: 19.9 % (hayman2011).</summary>
    public required double ActiveMarrowThoracicPercent { get; init; }

    /// <summary>Share (percent) in the lumbar spine: 16.6 % (hayman2011).</summary>
    public required double ActiveMarrowLumbarPercent { get; init; }

    /// <summary>Share (percent) in the sacrum: 9.2 % (hayman2011).</summary>
    public required double ActiveMarrowSacralPercent { get; init; }

    /// <summary>One setting per finding code, in the order of <see cref="FindingCodes.All"/> when loaded.</summary>
    public required ImmutableArray<RuleSetting> Rules { get; init; }

    /// <summary>
    /// The SHA-256 of <see cref="ToCanonicalJson"/> (UTF-8) as 64 lowercase hex digits: the protocol's identity.
    /// Computed on each call.
    /// </summary>
    public string Sha256 =>
        ReferenceEquals(this, BuiltIn) ? BuiltInProtocol.Sha256 : Hashes.GetValue(this, static p => p.ComputeSha256());

    /// <summary>SHA-256 of <see cref="ToCanonicalJson"/>, always computed (<see cref="Sha256"/> caches it).</summary>
    internal string ComputeSha256() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToCanonicalJson())));

    /// <summary>
    /// Whether a rule's severity comes from two thresholds (caution, warning) rather than its setting:
    /// <see cref="FindingCodes.CordEqd2High"/> and <see cref="FindingCodes.ReirradiationCumulativeBed"/>.
    /// </summary>
    /// <param name="code">A finding code.</param>
    public static bool HasThresholdSeverity(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code is FindingCodes.CordEqd2High or FindingCodes.ReirradiationCumulativeBed;
    }

    /// <summary>The setting of rule <paramref name="code"/>.</summary>
    /// <param name="code">A finding code.</param>
    /// <exception cref="KeyNotFoundException">The protocol has no setting for <paramref name="code"/>.</exception>
    public RuleSetting GetRule(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var rule in Rules.IsDefault ? [] : Rules)
        {
            if (string.Equals(rule.Code, code, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        throw new KeyNotFoundException($"The protocol has no setting for rule '{code}'.");
    }

    /// <summary>
    /// Every problem with this protocol's values (same paths and messages as <see cref="ProtocolLoader"/>): empty
    /// names, negative or non-finite numbers, min above max, unknown, duplicate or missing rules.
    /// </summary>
    public ImmutableArray<LoadError> Validate()
    {
        var errors = new List<LoadError>();
        if (string.IsNullOrWhiteSpace(Id))
        {
            errors.Add(new("$.id", "must be a non-empty string"));
        }

        if (string.IsNullOrWhiteSpace(Version))
        {
            errors.Add(new("$.version", "must be a non-empty string"));
        }

        foreach (var node in ProtocolSchema.NumberLeaves)
        {
            ProtocolSchema.CheckNumber(node, node.GetNumber!(this), errors);
            if (node.NotGreaterThan is { } other)
            {
                var otherNode = FindSibling(node, other);
                ProtocolSchema.CheckOrder(node, node.GetNumber!(this), other, otherNode.GetNumber!(this), errors);
            }
        }

        foreach (var node in ProtocolSchema.CheckedStrings)
        {
            var text = node.GetString!(this);
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new(node.Path, "must be a non-empty string"));
            }
            else if (node.CheckString!(text) is { } problem)
            {
                errors.Add(new(node.Path, problem));
            }
        }

        var conus = Spine.SpineNotation.ParseLevel(ConusLevel, Spine.SpineAnatomy.Standard);
        if (!conus.Success || conus.Value < Spine.VertebralLevel.Thoracic(11) || conus.Value > Spine.VertebralLevel.Lumbar(3))
        {
            errors.Add(new("$.anatomy.conusLevel", "must be a vertebral level from T11 to L3 (the conus tip lies between mid-T12 and L3, saifuddin1998)"));
        }

        var rules = new List<(string?, Severity?, bool)>();
        foreach (var r in Rules.IsDefault ? [] : Rules)
        {
            rules.Add((r?.Code, r?.Severity, r?.Severity is not null));
        }

        ProtocolSchema.CheckRules(rules, errors);
        return [.. errors];
    }

    /// <summary>
    /// The protocol as canonical JSON: schema property order, no whitespace, numbers in shortest round-trip
    /// invariant form, rules in <see cref="FindingCodes.All"/> order, <c>description</c> omitted when null.
    /// </summary>
    /// <exception cref="InvalidOperationException">The protocol is invalid (<see cref="Validate"/> reports errors).</exception>
    public string ToCanonicalJson()
    {
        var errors = Validate();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The protocol is invalid: " + string.Join("; ", errors));
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteNode(writer, ProtocolSchema.Root);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary><c>id version</c>, e.g. <c>emh-default 1.0.0</c>.</summary>
    public override string ToString() => Id + " " + Version;

    /// <inheritdoc/>
    public bool Equals(EmhProtocol? other) =>
        other is not null && (ReferenceEquals(this, other) || string.Equals(CanonicalOrInvalid(), other.CanonicalOrInvalid(), StringComparison.Ordinal));

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CanonicalOrInvalid());

    private string CanonicalOrInvalid()
    {
        try
        {
            return ToCanonicalJson();
        }
        catch (InvalidOperationException)
        {
            // Invalid protocols are equal only by reference.
            return "invalid:" + RuntimeHelpersHash();
        }
    }

    private string RuntimeHelpersHash() =>
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void WriteNode(Utf8JsonWriter writer, SchemaNode node)
    {
        switch (node.Kind)
        {
            case SchemaKind.Object:
                writer.WriteStartObject();
                foreach (var child in node.Children)
                {
                    if (child.Kind == SchemaKind.String && child.Optional && child.GetString!(this) is null)
                    {
                        continue;
                    }

                    writer.WritePropertyName(child.Name);
                    WriteNode(writer, child);
                }

                writer.WriteEndObject();
                break;
            case SchemaKind.String:
                writer.WriteStringValue(node.GetString!(this));
                break;
            case SchemaKind.Number:
                writer.WriteNumberValue(node.GetNumber!(this));
                break;
            case SchemaKind.Integer:
                writer.WriteNumberValue((int)node.GetNumber!(this));
                break;
            case SchemaKind.Rules:
                writer.WriteStartArray();
                foreach (var code in FindingCodes.All)
                {
                    var rule = GetRule(code);
                    writer.WriteStartObject();
                    writer.WriteString(ProtocolSchema.RuleCode, rule.Code);
                    writer.WriteBoolean(ProtocolSchema.RuleEnabled, rule.Enabled);
                    if (rule.Severity is { } severity)
                    {
                        writer.WriteString(ProtocolSchema.RuleSeverity, SeverityText.Format(severity));
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static SchemaNode FindSibling(SchemaNode node, string name)
    {
        var parentPath = node.Path[..node.Path.LastIndexOf('.')];
        var parent = FindByPath(ProtocolSchema.Root, parentPath)!;
        foreach (var c in parent.Children)
        {
            if (c.Name == name)
            {
                return c;
            }
        }

        throw new InvalidOperationException("Schema sibling not found: " + name);
    }

    internal static SchemaNode? FindByPath(SchemaNode node, string path)
    {
        if (node.Path == path)
        {
            return node;
        }

        foreach (var c in node.Children)
        {
            if (FindByPath(c, path) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string ReadDefaultJson()
    {
        using var stream = typeof(EmhProtocol).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{DefaultResourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
