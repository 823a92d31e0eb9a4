using System.Collections.Immutable;
using System.Globalization;
using EmhRt.Findings;
using EmhRt.Protocol;
using EmhRt.Spine;

namespace EmhRt.Organs;

/// <summary>
/// The organs-at-risk rules of one protocol: level bands parsed once, thresholds read once. <see cref="Scan"/> is the cheap
/// part every assessment runs (which organs are near the field, which raise a caution, the marrow share: bit masks and one
/// number); <see cref="Describe"/> writes the records only when a report reads them. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Comparisons (clinical-facts-organs §2): the prescription is converted to EQD2 (fowler1989) at the kidneys' α/β
/// (cancerbiother2004) or, for every other organ, at the protocol's assumed α/β (an [assumption], said in the output), and
/// compared with the organ's threshold as if the whole organ received it. The testes are compared by scatter: the
/// prescription times the protocol's scatter percentage (jmedphys2008), physical dose. Tolerance 1e-9 Gy, as the finding rules.
/// </remarks>
internal sealed class OrganModel
{
    private const double Tolerance = 1e-9;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Number of <see cref="OrganAtRisk"/> members.</summary>
    public const int Count = 11;

    /// <summary>How many cited constraints depend only on the protocol (<see cref="Fixed"/>'s slots).</summary>
    private const int FixedConstraintCount = 12;

    private static readonly string[] Names =
        ["kidneys", "ovaries", "uterus", "testes", "small bowel", "heart", "lungs", "oesophagus", "thyroid", "larynx", "liver"];

    private static readonly bool[] Derived = [true, false, false, false, false, false, false, true, true, true, false];

    private static readonly ImmutableArray<string>[] Cites =
    [
        [Bibliography.Marks2010, Bibliography.Dawson2010, Bibliography.Cancerbiother2004, Bibliography.Shen2016, Bibliography.Mirjalili2012a, Bibliography.Sener2021, Bibliography.Fowler1989],
        [Bibliography.Wallace2005, Bibliography.Wallace2003, Bibliography.Jrr2015ovary, Bibliography.Fowler1989],
        [Bibliography.Teh2014, Bibliography.Fowler1989],
        [Bibliography.Howell2005, Bibliography.Jmedphys2008, Bibliography.Jrt2014testis, Bibliography.Kubo1982],
        [Bibliography.Kavanagh2010, Bibliography.Marks2010, Bibliography.Fowler1989],
        [Bibliography.Marks2010, Bibliography.Gagliardi2010, Bibliography.Fowler1989],
        [Bibliography.Marks2010, Bibliography.Markslung2010, Bibliography.Fowler1989],
        [Bibliography.Marks2010, Bibliography.Wernerwasik2010, Bibliography.Mirjalili2012b, Bibliography.Shen2016, Bibliography.Keough2016, Bibliography.Fowler1989],
        [Bibliography.Boomsma2011, Bibliography.Jcem2000, Bibliography.Mirjalili2012b],
        [Bibliography.Marks2010, Bibliography.Rancati2010, Bibliography.Mirjalili2012b, Bibliography.Fowler1989],
        [Bibliography.Marks2010, Bibliography.Fowler1989],
    ];

    private readonly EmhProtocol _p;

    // Per model instance (one per protocol's rules), at most 2^11 entries: the citation lists of organ sets.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, ImmutableArray<string>> _citationsByMask = new();
    private readonly VertebralSpan[] _bands = new VertebralSpan[Count];
    private readonly Constraint?[] _fixedConstraints = new Constraint?[FixedConstraintCount];
    private readonly string[] _bandTexts = new string[Count];

    /// <summary>Parses the protocol's level bands.</summary>
    /// <param name="protocol">A valid protocol (its bands parse: <see cref="EmhProtocol.Validate"/>).</param>
    public OrganModel(EmhProtocol protocol)
    {
        _p = protocol;
        string[] texts =
        [
            protocol.KidneysLevels, protocol.OvariesLevels, protocol.UterusLevels, protocol.TestesLevels, protocol.SmallBowelLevels,
            protocol.HeartLevels, protocol.LungsLevels, protocol.OesophagusLevels, protocol.ThyroidLevels, protocol.LarynxLevels,
            protocol.LiverLevels,
        ];
        for (var i = 0; i < Count; i++)
        {
            _bands[i] = SpineNotation.ParseSpan(texts[i], SpineAnatomy.Standard).Value;
            _bandTexts[i] = _bands[i].ToString();
        }

        PregnancyBand = SpineNotation.ParseSpan(protocol.PregnancyLevels, SpineAnatomy.Standard).Value;
    }

    /// <summary>The levels whose field reaches the abdomen or pelvis (pregnancy rule).</summary>
    public VertebralSpan PregnancyBand { get; }

    /// <summary>The organ's identifier in JSON: <c>kidneys</c>, <c>small-bowel</c>, … (stable).</summary>
    public static string Slug(OrganAtRisk organ) => organ == OrganAtRisk.SmallBowel ? "small-bowel" : Names[(int)organ];

    /// <summary>The organ's name in clinical English.</summary>
    public static string NameOf(int organ) => Names[organ];

    /// <summary>The citation keys of one organ.</summary>
    public static ImmutableArray<string> CitationsOfOrgan(int organ) => Cites[organ];

    /// <summary>The citation keys of every organ in <paramref name="organs"/> (bit <c>1 &lt;&lt; organ</c>), first occurrence order.</summary>
    public ImmutableArray<string> CitationsOf(int organs) => _citationsByMask.GetOrAdd(organs, static mask =>
    {
        var keys = new List<string>();
        for (var organ = 0; organ < Count; organ++)
        {
            if ((mask & (1 << organ)) != 0)
            {
                foreach (var key in Cites[organ])
                {
                    if (!keys.Contains(key))
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        return [.. keys];
    });

    /// <summary>The organ's usual level band (standard anatomy; compared by region and number).</summary>
    public VertebralSpan Band(int organ) => _bands[organ];

    /// <summary>The organ's usual level band as text.</summary>
    public string BandText(int organ) => _bandTexts[organ];

    /// <summary>Whether the band is derived from cited landmarks (else an assumption).</summary>
    public static bool IsDerived(int organ) => Derived[organ];

    /// <summary>
    /// Which organs lie next to the irradiated levels (bit <c>1 &lt;&lt; organ</c>), which of them raise a caution, whether the
    /// field reaches the abdomen or pelvis, and the active-marrow share.
    /// </summary>
    /// <param name="anatomy">The patient's vertebral counts.</param>
    /// <param name="irradiated">Bit <c>i</c> set when level index <c>i</c> (0 = C1) is irradiated.</param>
    /// <param name="sex">Recorded sex, or null.</param>
    /// <param name="age">Age in years, or null.</param>
    /// <param name="totalGy">Prescribed total dose (Gy).</param>
    /// <param name="dosePerFractionGy">Dose per fraction (Gy).</param>
    public OrganScan Scan(SpineAnatomy anatomy, ulong irradiated, Sex? sex, double? age, double totalGy, double dosePerFractionGy)
    {
        var tables = TablesFor(anatomy);
        int inField = 0, caution = 0;
        for (var organ = 0; organ < Count; organ++)
        {
            if ((irradiated & tables.Bands[organ]) == 0 || !Applies(organ, sex))
            {
                continue;
            }

            inField |= 1 << organ;
            if (CautionWhenReachable(organ, sex) && CouldReach(organ, age, totalGy, dosePerFractionGy) == true)
            {
                caution |= 1 << organ;
            }
        }

        var marrow = 0.0;
        var bits = irradiated;
        while (bits != 0)
        {
            marrow += tables.Marrow[System.Numerics.BitOperations.TrailingZeroCount(bits)];
            bits &= bits - 1;
        }

        return new OrganScan(inField, caution, (irradiated & tables.Pregnancy) != 0, marrow);
    }

    /// <summary>
    /// The bands as level masks and the marrow share per level for one of the nine anatomies, built on first use by this
    /// model (one per protocol's rules; a race builds equal tables).
    /// </summary>
    private AnatomyTables TablesFor(SpineAnatomy anatomy)
    {
        var key = ((anatomy.ThoracicCount - 11) * 3) + (anatomy.LumbarCount - 4);
        return Volatile.Read(ref _tables[key]) ?? (_tables[key] = new AnatomyTables(this, anatomy));
    }

    private readonly AnatomyTables?[] _tables = new AnatomyTables?[9];

    private sealed class AnatomyTables
    {
        public AnatomyTables(OrganModel model, SpineAnatomy anatomy)
        {
            for (var i = 0; i < anatomy.LevelCount; i++)
            {
                var level = anatomy.LevelAt(i);
                for (var organ = 0; organ < Count; organ++)
                {
                    if (model._bands[organ].Contains(level))
                    {
                        Bands[organ] |= 1UL << i;
                    }
                }

                if (model.PregnancyBand.Contains(level))
                {
                    Pregnancy |= 1UL << i;
                }
            }

            Marrow = new double[anatomy.LevelCount];
            for (var i = 0; i < Marrow.Length; i++)
            {
                Marrow[i] = model.MarrowPercent(anatomy, 1UL << i);
            }
        }

        public ulong[] Bands { get; } = new ulong[Count];

        public ulong Pregnancy { get; }

        public double[] Marrow { get; }
    }

    /// <summary>Whether the organ is considered for this sex: ovaries and uterus unless male, testes unless female.</summary>
    private static bool Applies(int organ, Sex? sex) => (OrganAtRisk)organ switch
    {
        OrganAtRisk.Ovaries or OrganAtRisk.Uterus => sex != Sex.Male,
        OrganAtRisk.Testes => sex != Sex.Female,
        _ => true,
    };

    /// <summary>Kidneys and small bowel raise a caution when reachable; ovaries only in a patient recorded female (issue 21).</summary>
    private static bool CautionWhenReachable(int organ, Sex? sex) => (OrganAtRisk)organ switch
    {
        OrganAtRisk.Kidneys or OrganAtRisk.SmallBowel => true,
        OrganAtRisk.Ovaries => sex == Sex.Female,
        _ => false,
    };

    /// <summary>Whether any irradiated level lies in <paramref name="band"/> (levels compared by region and number).</summary>
    public static bool Touches(SpineAnatomy anatomy, ulong irradiated, VertebralSpan band)
    {
        var bits = irradiated;
        while (bits != 0)
        {
            var index = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            if (band.Contains(anatomy.LevelAt(index)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The irradiated levels inside <paramref name="band"/> (or all of them when null) as spans, e.g. <c>T12-L2</c>.</summary>
    public static string LevelsText(SpineAnatomy anatomy, ulong irradiated, VertebralSpan? band)
    {
        var spans = new List<VertebralSpan>();
        int start = -1, previous = -2;
        for (var i = 0; i < anatomy.LevelCount; i++)
        {
            var hit = (irradiated & (1UL << i)) != 0 && (band is not { } b || b.Contains(anatomy.LevelAt(i)));
            if (hit && start < 0)
            {
                start = i;
            }

            if (hit)
            {
                previous = i;
            }
            else if (start >= 0)
            {
                spans.Add(VertebralSpan.Create(anatomy.LevelAt(start), anatomy.LevelAt(previous)));
                start = -1;
            }
        }

        if (start >= 0)
        {
            spans.Add(VertebralSpan.Create(anatomy.LevelAt(start), anatomy.LevelAt(previous)));
        }

        return spans.Count == 0 ? "none" : SpineNotation.Format(spans);
    }

    /// <summary>Share (percent) of active marrow in the irradiated levels: each region's hayman2011 share spread evenly over its levels.</summary>
    public double MarrowPercent(SpineAnatomy anatomy, ulong irradiated)
    {
        var total = 0.0;
        var bits = irradiated;
        while (bits != 0)
        {
            var index = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            var region = anatomy.LevelAt(index).Region;
            total += region switch
            {
                SpineRegion.Cervical => _p.ActiveMarrowCervicalPercent / 7,
                SpineRegion.Thoracic => _p.ActiveMarrowThoracicPercent / anatomy.ThoracicCount,
                SpineRegion.Lumbar => _p.ActiveMarrowLumbarPercent / anatomy.LumbarCount,
                SpineRegion.Sacral => _p.ActiveMarrowSacralPercent / 5,
                _ => 0,
            };
        }

        return total;
    }

    /// <summary>The threshold compared for <paramref name="organ"/> (Gy), or null (thyroid).</summary>
    public double? ThresholdGy(int organ, double? age) => (OrganAtRisk)organ switch
    {
        OrganAtRisk.Kidneys => _p.KidneysMeanGy,
        OrganAtRisk.Ovaries => SterilisingDoseGy(age),
        OrganAtRisk.Uterus => _p.UterusFunctionGy,
        OrganAtRisk.Testes => _p.TestesRecoveryGy,
        OrganAtRisk.SmallBowel => _p.SmallBowelDoseGy,
        OrganAtRisk.Heart => _p.HeartDoseGy,
        OrganAtRisk.Lungs => _p.LungsDoseGy,
        OrganAtRisk.Oesophagus => _p.OesophagusMeanGy,
        OrganAtRisk.Larynx => _p.LarynxMeanGy,
        OrganAtRisk.Liver => _p.LiverMeanGy,
        _ => null,
    };

    /// <summary>
    /// The effective sterilising dose (Gy) at <paramref name="age"/>: wallace2005's 0/10/20/30-year values, linear between
    /// them (EmhRt's interpolation); from 30 years on, and when the age is not given, the 30-year value (the abstract gives
    /// none beyond; the lowest, so the cautious choice).
    /// </summary>
    public double SterilisingDoseGy(double? age)
    {
        if (age is not { } a || a >= 30)
        {
            return _p.OvariesSterilisingDoseAt30YearsGy;
        }

        ReadOnlySpan<double> at = [_p.OvariesSterilisingDoseAtBirthGy, _p.OvariesSterilisingDoseAt10YearsGy, _p.OvariesSterilisingDoseAt20YearsGy, _p.OvariesSterilisingDoseAt30YearsGy];
        var band = (int)Math.Floor(Math.Max(0, a) / 10);
        var t = (Math.Max(0, a) - (band * 10)) / 10;
        return at[band] + ((at[band + 1] - at[band]) * t);
    }

    /// <summary>The α/β (Gy) used for the organ's EQD2: the kidneys' own, else the protocol's assumed value.</summary>
    public double AlphaBetaGy(int organ) => organ == (int)OrganAtRisk.Kidneys ? _p.KidneysAlphaBetaGy : _p.OrganAssumedAlphaBetaGy;

    /// <summary>The prescription in the threshold's unit (Gy): EQD2 at the organ's α/β, or for the testes the scattered dose.</summary>
    public double PrescriptionGy(int organ, double totalGy, double dosePerFractionGy)
    {
        if (organ == (int)OrganAtRisk.Testes)
        {
            return totalGy * _p.TestesScatterPercent / 100;
        }

        var ab = AlphaBetaGy(organ);
        return totalGy * (dosePerFractionGy + ab) / (2 + ab); // EQD2 (fowler1989)
    }

    /// <summary>Whether the prescription could reach the organ's threshold; null without a threshold.</summary>
    public bool? CouldReach(int organ, double? age, double totalGy, double dosePerFractionGy) =>
        ThresholdGy(organ, age) is { } threshold ? PrescriptionGy(organ, totalGy, dosePerFractionGy) >= threshold - Tolerance : null;

    /// <summary>The threshold in words, with its endpoint and sources.</summary>
    public string ThresholdText(int organ, double? age) => (OrganAtRisk)organ switch
    {
        OrganAtRisk.Kidneys => string.Create(Inv, $"mean dose to both kidneys {_p.KidneysMeanGy:0.###} Gy, the QUANTEC threshold for renal injury (< 5 % clinically relevant dysfunction at 5 years below 15-18 Gy, 50 % at 28 Gy; combined-kidney V{_p.KidneysV12Gy:0.###} < {_p.KidneysV12Percent:0.###} %, V{_p.KidneysV20Gy:0.###} < {_p.KidneysV20Percent:0.###} %; marks2010, dawson2010 [sec])"),
        OrganAtRisk.Ovaries => string.Create(Inv, $"effective sterilising dose {SterilisingDoseGy(age):0.##} Gy {EsdAgeText(age)} (immediate ovarian failure in 97.5 %; wallace2005); oocyte LD50 below 2 Gy (wallace2003)"),
        OrganAtRisk.Uterus => string.Create(Inv, $"uterine dose {_p.UterusFunctionGy:0.###} Gy (below it uterine function does not appear impaired; counselling against pregnancy is suggested above 25 Gy in childhood and 45 Gy in adulthood, expert suggestion; teh2014)"),
        OrganAtRisk.Testes => string.Create(Inv, $"testicular dose {_p.TestesRecoveryGy:0.###} Gy (from it recovery of spermatogenesis is less likely; 0.2-0.7 Gy gives a transient fall in sperm count; howell2005)"),
        OrganAtRisk.SmallBowel => string.Create(Inv, $"V{_p.SmallBowelDoseGy:0.###} < {_p.SmallBowelVolumeCc:0.###} cc for individual loops (< 10 % grade ≥ 3 acute toxicity, in series with concurrent chemotherapy; kavanagh2010, marks2010 [sec])"),
        OrganAtRisk.Heart => string.Create(Inv, $"V{_p.HeartDoseGy:0.###} < {_p.HeartV25Percent:0.###} % (< 1 % long-term cardiac mortality, an overly safe model-based estimate) and pericardial mean < 26 Gy (< 15 % pericarditis) (marks2010 [sec], gagliardi2010)"),
        OrganAtRisk.Lungs => string.Create(Inv, $"V{_p.LungsDoseGy:0.###} ≤ {_p.LungsV20Percent:0.###} % (< 20 % symptomatic pneumonitis); mean lung dose 7/13/20 Gy gives 5/10/20 % (marks2010 [sec], markslung2010)"),
        OrganAtRisk.Oesophagus => string.Create(Inv, $"mean oesophageal dose < {_p.OesophagusMeanGy:0.###} Gy (5-20 % grade ≥ 3 acute oesophagitis; marks2010 [sec], wernerwasik2010)"),
        OrganAtRisk.Thyroid => "no clear threshold: hypothyroidism in 23-53 % after head-and-neck radiotherapy (boomsma2011), risk rising with dose in childhood Hodgkin survivors (jcem2000); advise TSH follow-up (derived advice)",
        OrganAtRisk.Larynx => string.Create(Inv, $"mean laryngeal dose < {_p.LarynxMeanGy:0.###} Gy (< 20 % oedema; marks2010 [sec])"),
        _ => string.Create(Inv, $"mean liver dose < {_p.LiverMeanGy:0.###}-32 Gy (< 5 % classic radiation-induced liver disease without liver disease; marks2010 [sec]); iron-overloaded livers in thalassaemia are a caveat with no number"),
    };

    private static string EsdAgeText(double? age) => age switch
    {
        null => "(age not given: the 30-year value, the lowest in wallace2005's abstract)",
        >= 30 => "(the 30-year value; the abstract gives none for older women, whose value is lower still)",
        { } a => string.Create(Inv, $"at {a:0.#} years (interpolated linearly by EmhRt between wallace2005's values at 0, 10, 20 and 30 years)"),
    };

    /// <summary>How the prescription was put in the threshold's unit.</summary>
    public string ComparisonText(int organ, double totalGy, double dosePerFractionGy)
    {
        var value = PrescriptionGy(organ, totalGy, dosePerFractionGy);
        if (organ == (int)OrganAtRisk.Testes)
        {
            return string.Create(Inv, $"scatter of up to {_p.TestesScatterPercent:0.###} % of {totalGy:0.###} Gy (unshielded, 3 cm from the field edge, jmedphys2008) is {value:0.##} Gy; shielding lowered it to 1.7 % or less (jmedphys2008, kubo1982)");
        }

        var ab = AlphaBetaGy(organ);
        var source = organ == (int)OrganAtRisk.Kidneys
            ? "the lower end of 1.5-3 Gy, cancerbiother2004"
            : "an assumed value for late-responding tissue: the clinical facts give none for this organ";
        return string.Create(Inv, $"{totalGy:0.###} Gy in {dosePerFractionGy:0.###} Gy fractions is an EQD2 of {value:0.##} Gy at α/β {ab:0.###} Gy ({source}; fowler1989)");
    }

    /// <summary>The prescription in the threshold's unit, briefly: <c>EQD2 20 Gy at α/β 3 Gy, assumed</c> or <c>scatter 7.1 % = 1.42 Gy</c>.</summary>
    public string ShortComparisonText(int organ, double totalGy, double dosePerFractionGy)
    {
        var value = PrescriptionGy(organ, totalGy, dosePerFractionGy);
        return organ == (int)OrganAtRisk.Testes
            ? string.Create(Inv, $"scatter up to {_p.TestesScatterPercent:0.###} % = {value:0.##} Gy")
            : string.Create(Inv, $"EQD2 {value:0.##} Gy at α/β {AlphaBetaGy(organ):0.###} Gy{(organ == (int)OrganAtRisk.Kidneys ? string.Empty : ", assumed")}");
    }

    /// <summary>The record of one organ near the field.</summary>
    public OrganNearField Describe(int organ, SpineAnatomy anatomy, ulong irradiated, Sex? sex, double? age, double totalGy, double dosePerFractionGy, bool caution)
    {
        var threshold = ThresholdGy(organ, age);
        return new OrganNearField
        {
            Organ = (OrganAtRisk)organ,
            Name = Names[organ],
            IrradiatedLevels = LevelsText(anatomy, irradiated, _bands[organ]),
            UsualLevels = _bandTexts[organ],
            LevelEvidence = Derived[organ] ? "derived" : "assumption",
            Threshold = ThresholdText(organ, age),
            ThresholdGy = threshold,
            PrescriptionGy = threshold is null ? null : PrescriptionGy(organ, totalGy, dosePerFractionGy),
            Comparison = threshold is null ? "not compared: no threshold is cited" : ComparisonText(organ, totalGy, dosePerFractionGy),
            CouldReach = CouldReach(organ, age, totalGy, dosePerFractionGy),
            Caution = caution,
            Note = NoteFor(organ, sex),
            Citations = Cites[organ],
        };
    }

    /// <summary>
    /// Assesses one measured dose against the organ's cited constraint for conventional fractionation (clinical-facts-organs §2),
    /// in the measurement's unit: kidneys mean &lt; <see cref="EmhProtocol.KidneysMeanGy"/>, V12 &lt; 55 %, V20 &lt; 32 % (marks2010,
    /// dawson2010); small bowel V15 &lt; 120 cc (kavanagh2010, marks2010); heart V25 &lt; 10 % (marks2010); lungs V20 ≤ 30 % and mean
    /// &lt; 20 Gy (marks2010, markslung2010); oesophagus mean &lt; 34 Gy (marks2010, wernerwasik2010); larynx mean &lt; 44 Gy and liver
    /// mean &lt; 30 Gy (marks2010); ovaries mean &lt; the age's effective sterilising dose (wallace2005); testes mean or max &lt; 1.2 Gy
    /// (howell2005); the uterus of a pregnant patient, mean or max &lt; the fetal threshold 0.1 Gy (lancetoncol2005).
    /// With 1-5 fractions none of these is compared (no short-course organ constraint is cited), except the fetal threshold, a
    /// physical-dose threshold for deterministic effects that does not depend on fractionation (lancetoncol2005).
    /// </summary>
    /// <param name="measurement">The measured dose.</param>
    /// <param name="fractions">Fractions of the course (≥ 1).</param>
    /// <param name="age">Age in years, or null (the ovaries' 30-year ESD is then used).</param>
    /// <param name="pregnant">Whether the patient is recorded pregnant.</param>
    public MeasuredOrganDose AssessMeasured(OrganDoseMeasurement measurement, int fractions, double? age, bool pregnant)
    {
        var (value, unit) = measurement.Metric == OrganDoseMetric.VolumeAtDose
            ? (measurement.Volume!.Value, measurement.VolumeUnit == OrganVolumeUnit.Percent ? "%" : "cc")
            : (measurement.Dose!.Value.Gy, "Gy");
        var name = Names[(int)measurement.Organ];
        var constraint = ConstraintFor(measurement, age, pregnant);
        if (constraint is not { } c)
        {
            return new MeasuredOrganDose
            {
                Measurement = measurement,
                Value = value,
                Unit = unit,
                Status = MeasuredDoseStatus.NoCitedConstraint,
                Constraint = string.Create(Inv, $"no cited constraint for the {MetricText(measurement)} of the {name}"),
                Citations = [],
            };
        }

        if (fractions <= Radiobiology.SpinalCordTolerance.ShortCourseMaxFractions && !c.Fetal)
        {
            return new MeasuredOrganDose
            {
                Measurement = measurement,
                Value = value,
                Unit = unit,
                Status = MeasuredDoseStatus.NoShortCourseConstraint,
                Constraint = string.Create(Inv, $"no short-course constraint cited for the {name} ({fractions} {(fractions == 1 ? "fraction" : "fractions")}; the cited {c.Text} is for conventional fractionation)"),
                Citations = [],
            };
        }

        var above = c.Inclusive ? value > c.Limit + Tolerance : value >= c.Limit - Tolerance;
        return new MeasuredOrganDose
        {
            Measurement = measurement,
            Value = value,
            Unit = unit,
            Status = above ? MeasuredDoseStatus.AboveConstraint : MeasuredDoseStatus.WithinConstraint,
            Constraint = c.Text,
            Limit = c.Limit,
            LimitInclusive = c.Inclusive,
            FetalThreshold = c.Fetal,
            Citations = c.Citations,
        };
    }

    /// <summary>
    /// Whether <paramref name="measurement"/> measures the metric of the organ's worst-case threshold (<see cref="ThresholdGy"/>):
    /// then, in a conventional course, it replaces the "could reach" caution for that organ.
    /// </summary>
    public bool MeasuresThreshold(OrganDoseMeasurement measurement) => (measurement.Organ, measurement.Metric) switch
    {
        (OrganAtRisk.Kidneys or OrganAtRisk.Ovaries or OrganAtRisk.Oesophagus or OrganAtRisk.Larynx or OrganAtRisk.Liver, OrganDoseMetric.Mean) => true,
        (OrganAtRisk.Uterus or OrganAtRisk.Testes, OrganDoseMetric.Mean or OrganDoseMetric.Max) => true,
        (OrganAtRisk.SmallBowel, OrganDoseMetric.VolumeAtDose) => SameLevel(measurement, _p.SmallBowelDoseGy),
        (OrganAtRisk.Heart, OrganDoseMetric.VolumeAtDose) => SameLevel(measurement, _p.HeartDoseGy),
        (OrganAtRisk.Lungs, OrganDoseMetric.VolumeAtDose) => SameLevel(measurement, _p.LungsDoseGy),
        _ => false,
    };

    /// <summary>The organs (bit <c>1 &lt;&lt; organ</c>) whose worst-case caution a measured dose replaces: conventional courses only.</summary>
    public int MeasuredThresholdMask(System.Collections.Immutable.ImmutableArray<OrganDoseMeasurement> measurements, int fractions)
    {
        if (measurements.IsDefaultOrEmpty || fractions <= Radiobiology.SpinalCordTolerance.ShortCourseMaxFractions)
        {
            return 0;
        }

        var mask = 0;
        foreach (var m in measurements)
        {
            if (MeasuresThreshold(m))
            {
                mask |= 1 << (int)m.Organ;
            }
        }

        return mask;
    }

    private static bool SameLevel(OrganDoseMeasurement m, double levelGy) => Math.Abs(m.DoseLevel!.Value.Gy - levelGy) <= Tolerance;

    private static string MetricText(OrganDoseMeasurement m) => m.Metric switch
    {
        OrganDoseMetric.Mean => "mean dose",
        OrganDoseMetric.Max => "maximum dose",
        _ => string.Create(Inv, $"V{m.DoseLevel!.Value.Gy:0.#####} in {(m.VolumeUnit == OrganVolumeUnit.Percent ? "%" : "cc")}"),
    };

    /// <summary>A cited constraint: its text, limit (in the measurement's unit) and sources. Immutable: the fixed ones are shared.</summary>
    private sealed record Constraint(string Text, double Limit, bool Inclusive, bool Fetal, ImmutableArray<string> Citations);

    /// <summary>
    /// The constraint in <paramref name="slot"/> of <see cref="_fixedConstraints"/>, written from this model's protocol on first
    /// need: its text depends only on the protocol, so each measured dose does not write it again (the finding rules ask for
    /// every measured dose's status on the finding-code path). Per model, so per protocol; a race writes equal records.
    /// </summary>
    private Constraint Fixed(int slot, Func<EmhProtocol, Constraint> build) =>
        Volatile.Read(ref _fixedConstraints[slot]) ?? Publish(ref _fixedConstraints[slot], build(_p));

    private static Constraint Publish(ref Constraint? slot, Constraint built)
    {
        Volatile.Write(ref slot, built);
        return built;
    }


    private Constraint? ConstraintFor(OrganDoseMeasurement m, double? age, bool pregnant)
    {
        var percent = m.Metric == OrganDoseMetric.VolumeAtDose && m.VolumeUnit == OrganVolumeUnit.Percent;
        var cc = m.Metric == OrganDoseMetric.VolumeAtDose && m.VolumeUnit == OrganVolumeUnit.CubicCentimetres;
        var mean = m.Metric == OrganDoseMetric.Mean;
        var meanOrMax = m.Metric is OrganDoseMetric.Mean or OrganDoseMetric.Max;
        switch (m.Organ)
        {
            case OrganAtRisk.Kidneys when mean:
                return Fixed(0, static p => new(string.Create(Inv, $"mean dose to both kidneys < {p.KidneysMeanGy:0.###} Gy (QUANTEC threshold for renal injury; < 5 % clinically relevant dysfunction at 5 years below 15-18 Gy; marks2010, dawson2010 [sec])"), p.KidneysMeanGy, false, false, [Bibliography.Marks2010, Bibliography.Dawson2010]));
            case OrganAtRisk.Kidneys when percent && SameLevel(m, _p.KidneysV12Gy):
                return Fixed(1, static p => new(string.Create(Inv, $"combined-kidney V{p.KidneysV12Gy:0.###} < {p.KidneysV12Percent:0.###} % (< 5 % renal dysfunction; marks2010, dawson2010 [sec])"), p.KidneysV12Percent, false, false, [Bibliography.Marks2010, Bibliography.Dawson2010]));
            case OrganAtRisk.Kidneys when percent && SameLevel(m, _p.KidneysV20Gy):
                return Fixed(2, static p => new(string.Create(Inv, $"combined-kidney V{p.KidneysV20Gy:0.###} < {p.KidneysV20Percent:0.###} % (< 5 % renal dysfunction; marks2010, dawson2010 [sec])"), p.KidneysV20Percent, false, false, [Bibliography.Marks2010, Bibliography.Dawson2010]));
            case OrganAtRisk.SmallBowel when cc && SameLevel(m, _p.SmallBowelDoseGy):
                return Fixed(3, static p => new(string.Create(Inv, $"small-bowel V{p.SmallBowelDoseGy:0.###} < {p.SmallBowelVolumeCc:0.###} cc for individual loops (< 10 % grade ≥ 3 acute toxicity, in series with concurrent chemotherapy; kavanagh2010, marks2010 [sec])"), p.SmallBowelVolumeCc, false, false, [Bibliography.Kavanagh2010, Bibliography.Marks2010]));
            case OrganAtRisk.Heart when percent && SameLevel(m, _p.HeartDoseGy):
                return Fixed(4, static p => new(string.Create(Inv, $"heart V{p.HeartDoseGy:0.###} < {p.HeartV25Percent:0.###} % (< 1 % long-term cardiac mortality, an overly safe model-based estimate; marks2010 [sec])"), p.HeartV25Percent, false, false, [Bibliography.Marks2010]));
            case OrganAtRisk.Lungs when percent && SameLevel(m, _p.LungsDoseGy):
                return Fixed(5, static p => new(string.Create(Inv, $"lung V{p.LungsDoseGy:0.###} ≤ {p.LungsV20Percent:0.###} % (< 20 % symptomatic pneumonitis; marks2010 [sec], markslung2010)"), p.LungsV20Percent, true, false, [Bibliography.Marks2010, Bibliography.Markslung2010]));
            case OrganAtRisk.Lungs when mean:
                return Fixed(6, static p => new(string.Create(Inv, $"mean lung dose < {p.LungsMeanGy:0.###} Gy (about 20 % symptomatic pneumonitis at 20 Gy; 7/13 Gy give 5/10 %; marks2010 [sec], markslung2010)"), p.LungsMeanGy, false, false, [Bibliography.Marks2010, Bibliography.Markslung2010]));
            case OrganAtRisk.Oesophagus when mean:
                return Fixed(7, static p => new(string.Create(Inv, $"mean oesophageal dose < {p.OesophagusMeanGy:0.###} Gy (5-20 % grade ≥ 3 acute oesophagitis; marks2010 [sec], wernerwasik2010)"), p.OesophagusMeanGy, false, false, [Bibliography.Marks2010, Bibliography.Wernerwasik2010]));
            case OrganAtRisk.Larynx when mean:
                return Fixed(8, static p => new(string.Create(Inv, $"mean laryngeal dose < {p.LarynxMeanGy:0.###} Gy (< 20 % oedema; marks2010 [sec])"), p.LarynxMeanGy, false, false, [Bibliography.Marks2010]));
            case OrganAtRisk.Liver when mean:
                return Fixed(9, static p => new(string.Create(Inv, $"mean liver dose < {p.LiverMeanGy:0.###} Gy (< 5 % classic radiation-induced liver disease without liver disease; marks2010 [sec])"), p.LiverMeanGy, false, false, [Bibliography.Marks2010]));
            case OrganAtRisk.Ovaries when mean:
                var esd = SterilisingDoseGy(age);
                return new(string.Create(Inv, $"mean ovarian dose < the effective sterilising dose {esd:0.##} Gy {EsdAgeText(age)} (immediate ovarian failure in 97.5 %; wallace2005)"), esd, false, false, [Bibliography.Wallace2005]);
            case OrganAtRisk.Testes when meanOrMax:
                return Fixed(10, static p => new(string.Create(Inv, $"testicular dose < {p.TestesRecoveryGy:0.###} Gy (from it recovery of spermatogenesis is less likely; howell2005)"), p.TestesRecoveryGy, false, false, [Bibliography.Howell2005]));
            case OrganAtRisk.Uterus when meanOrMax && pregnant:
                return Fixed(11, static p => new(string.Create(Inv, $"fetal dose < {p.FetalThresholdGy:0.###} Gy, the uterine dose standing for the fetal dose (deterministic effects such as malformation probably arise only above 0.1-0.2 Gy; lancetoncol2005)"), p.FetalThresholdGy, false, true, [Bibliography.Lancetoncol2005]));
            default:
                return null;
        }
    }

    /// <summary>What was assumed about the patient for <paramref name="organ"/>, or null.</summary>
    public static string? NoteFor(int organ, Sex? sex) => (OrganAtRisk)organ switch
    {
        OrganAtRisk.Ovaries or OrganAtRisk.Uterus when sex is null => "sex not given: listed in case the patient is female",
        OrganAtRisk.Testes when sex is null => "sex not given: listed in case the patient is male",
        _ => null,
    };
}

/// <summary>What <see cref="OrganModel.Scan"/> found: bit masks over <see cref="OrganAtRisk"/> and the marrow share.</summary>
/// <param name="InField">Organs next to the irradiated levels (bit <c>1 &lt;&lt; organ</c>).</param>
/// <param name="Caution">Of those, the organs whose threshold the prescription could reach and that raise a caution.</param>
/// <param name="AbdomenOrPelvis">Whether an irradiated level lies in the protocol's pregnancy band.</param>
/// <param name="MarrowPercent">Active-marrow share of the irradiated levels (percent).</param>
internal readonly record struct OrganScan(int InField, int Caution, bool AbdomenOrPelvis, double MarrowPercent);
