using System.Collections.Immutable;

namespace EmhRt.Findings;

/// <summary>
/// The references EmhRt cites, keyed as in the project's clinical facts (§1). Finding citations are these keys;
/// <see cref="TryGet"/> gives the full reference for printing.
/// </summary>
public static class Bibliography
{
    /// <summary>Key <c>cailleteau2023</c>: Cailleteau A, Agbetsivi K, Guimas V, Supiot S, Ollivier L. Extramedullary hematopoiesis causing spinal cord compression in polycythemia vera: a case report and literature review. Clin Transl Radiat Oncol 2023. doi:10.1016/j.ctro.2022.09.009</summary>
    public const string Cailleteau2023 = "cailleteau2023";

    /// <summary>Key <c>actabiomed2017</c>: Spinal cord compression secondary to extramedullary hematopoiesis: a rareness in a young adult with thalassemia major. Acta Biomed 2017;88(2):237-242. doi:10.23750/abm.v88i2.6221, PMID 28845843</summary>
    public const string Actabiomed2017 = "actabiomed2017";

    /// <summary>Key <c>agarwala2006</c>: Agarwala R. Extramedullary hematopoiesis (EMH). Applied Radiology, 2006</summary>
    public const string Agarwala2006 = "agarwala2006";

    /// <summary>Key <c>kim2016</c>: Kim JY et al. Extramedullary relapse of acute myeloid and lymphoid leukemia in children. Iran J Pediatr 2016;26(3):e1711 (leukaemic relapse, not EMH)</summary>
    public const string Kim2016 = "kim2016";

    /// <summary>Key <c>fontanesi2020</c>: Fontanesi J et al. EMH causing spinal cord compression with excellent durable response after radiation therapy. J Family Med Prim Care 2020;9(7):3741-3744. doi:10.4103/jfmpc.jfmpc_22_20</summary>
    public const string Fontanesi2020 = "fontanesi2020";

    /// <summary>Key <c>munn1998</c>: Munn RK, Kramer CA, Arnold SM. Spinal cord compression due to EMH in beta-thalassemia intermedia. Int J Radiat Oncol Biol Phys 1998;42(3):607-609</summary>
    public const string Munn1998 = "munn1998";

    /// <summary>Key <c>koch2003</c>: Koch CA, Li CY, Mesa RA, Tefferi A. Nonhepatosplenic extramedullary hematopoiesis. Mayo Clin Proc 2003;78(10):1223-1233. PMID 14531481</summary>
    public const string Koch2003 = "koch2003";

    /// <summary>Key <c>marks2010</c>: Marks LB et al. Use of normal tissue complication probability models in the clinic (QUANTEC summary). Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S10-S19</summary>
    public const string Marks2010 = "marks2010";

    /// <summary>Key <c>kirkpatrick2010</c>: Kirkpatrick JP, van der Kogel AJ, Schultheiss TE. Radiation dose-volume effects in the spinal cord. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S42-S49. PMID 20171517</summary>
    public const string Kirkpatrick2010 = "kirkpatrick2010";

    /// <summary>Key <c>schultheiss2008</c>: Schultheiss TE. The radiation dose-response of the human spinal cord. Int J Radiat Oncol Biol Phys 2008;71(5):1455-1459. PMID 18243570</summary>
    public const string Schultheiss2008 = "schultheiss2008";

    /// <summary>Key <c>nieder2006</c>: Nieder C, Grosu AL, Andratschke NH, Molls M. Update of human spinal cord reirradiation tolerance based on additional data from 38 patients. Int J Radiat Oncol Biol Phys 2006;66(5):1446-1449. PMID 17084560</summary>
    public const string Nieder2006 = "nieder2006";

    /// <summary>Key <c>fowler1989</c>: Fowler JF. The linear-quadratic formula and progress in fractionated radiotherapy. Br J Radiol 1989;62:679-694</summary>
    public const string Fowler1989 = "fowler1989";

    /// <summary>Key <c>nanda2024</c>: Nanda RH et al. (PENTEC) Radiation-related spinal growth and deformity in children. Int J Radiat Oncol Biol Phys 2024;119(2):507-521. doi:10.1016/j.ijrobp.2023.10.039</summary>
    public const string Nanda2024 = "nanda2024";

    /// <summary>Key <c>hoeben2019</c>: Hoeben BA et al. (SIOPE) Management of vertebral radiotherapy dose in paediatric patients. Lancet Oncol 2019. PMID 30842059</summary>
    public const string Hoeben2019 = "hoeben2019";

    /// <summary>Key <c>gray1918</c>: Gray H. Anatomy of the Human Body, 1918 (vertebral column lengths)</summary>
    public const string Gray1918 = "gray1918";

    /// <summary>Key <c>federico2009</c>: Federico M et al. Splenic irradiation in myelofibrosis. Hematol Rep 2009;1(1):e7</summary>
    public const string Federico2009 = "federico2009";

    /// <summary>Key <c>kitanaka2016</c>: Kitanaka A et al. Splenic irradiation in primary myelofibrosis. Int J Hematol 2016;103(4):423-428</summary>
    public const string Kitanaka2016 = "kitanaka2016";

    /// <summary>Key <c>li2015</c>: Li Q et al. Radiat Oncol 2015;10:235 (collimator rotation in two-isocentre VMAT craniospinal irradiation; not the 10-12 cm overlap)</summary>
    public const string Li2015 = "li2015";

    /// <summary>Key <c>sahgal2013</c> (clinical-facts-organs §1).</summary>
    public const string Sahgal2013 = "sahgal2013";

    /// <summary>Key <c>saifuddin1998</c> (clinical-facts-organs §1).</summary>
    public const string Saifuddin1998 = "saifuddin1998";

    /// <summary>Key <c>anticancerres2026</c> (clinical-facts-organs §1).</summary>
    public const string Anticancerres2026 = "anticancerres2026";

    /// <summary>Key <c>koksal2022</c> (clinical-facts-organs §1).</summary>
    public const string Koksal2022 = "koksal2022";

    /// <summary>Key <c>mckenzie2000</c> (clinical-facts-organs §1).</summary>
    public const string Mckenzie2000 = "mckenzie2000";

    /// <summary>Key <c>loren2013</c> (clinical-facts-organs §1).</summary>
    public const string Loren2013 = "loren2013";

    /// <summary>Every reference, in the order of the clinical facts' bibliography.</summary>
    public static ImmutableArray<Citation> All { get; } =
    [
        new(Cailleteau2023, "Cailleteau A, Agbetsivi K, Guimas V, Supiot S, Ollivier L. Extramedullary hematopoiesis causing spinal cord compression in polycythemia vera: a case report and literature review. Clin Transl Radiat Oncol 2023. doi:10.1016/j.ctro.2022.09.009"),
        new(Actabiomed2017, "Spinal cord compression secondary to extramedullary hematopoiesis: a rareness in a young adult with thalassemia major. Acta Biomed 2017;88(2):237-242. doi:10.23750/abm.v88i2.6221, PMID 28845843"),
        new(Agarwala2006, "Agarwala R. Extramedullary hematopoiesis (EMH). Applied Radiology, 2006"),
        new(Kim2016, "Kim JY et al. Extramedullary relapse of acute myeloid and lymphoid leukemia in children. Iran J Pediatr 2016;26(3):e1711 (leukaemic relapse, not EMH)"),
        new(Fontanesi2020, "Fontanesi J et al. EMH causing spinal cord compression with excellent durable response after radiation therapy. J Family Med Prim Care 2020;9(7):3741-3744. doi:10.4103/jfmpc.jfmpc_22_20"),
        new(Munn1998, "Munn RK, Kramer CA, Arnold SM. Spinal cord compression due to EMH in beta-thalassemia intermedia. Int J Radiat Oncol Biol Phys 1998;42(3):607-609"),
        new(Koch2003, "Koch CA, Li CY, Mesa RA, Tefferi A. Nonhepatosplenic extramedullary hematopoiesis. Mayo Clin Proc 2003;78(10):1223-1233. PMID 14531481"),
        new(Marks2010, "Marks LB et al. Use of normal tissue complication probability models in the clinic (QUANTEC summary). Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S10-S19"),
        new(Kirkpatrick2010, "Kirkpatrick JP, van der Kogel AJ, Schultheiss TE. Radiation dose-volume effects in the spinal cord. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S42-S49. PMID 20171517"),
        new(Schultheiss2008, "Schultheiss TE. The radiation dose-response of the human spinal cord. Int J Radiat Oncol Biol Phys 2008;71(5):1455-1459. PMID 18243570"),
        new(Nieder2006, "Nieder C, Grosu AL, Andratschke NH, Molls M. Update of human spinal cord reirradiation tolerance based on additional data from 38 patients. Int J Radiat Oncol Biol Phys 2006;66(5):1446-1449. PMID 17084560"),
        new(Fowler1989, "Fowler JF. The linear-quadratic formula and progress in fractionated radiotherapy. Br J Radiol 1989;62:679-694"),
        new(Nanda2024, "Nanda RH, Hua CH, Flampouri S, Eaton BR, Kaste SC, Patni T, Ronckers CM, Constine LS, Marks LB, Esiashvili N. Risks of spinal abnormalities and growth impairment after radiation to the spine in childhood cancer survivors: a PENTEC comprehensive review. Int J Radiat Oncol Biol Phys 2024;119(2):507-521. doi:10.1016/j.ijrobp.2023.10.039"),
        new(Hoeben2019, "Hoeben BA et al. (SIOPE) Management of vertebral radiotherapy dose in paediatric patients. Lancet Oncol 2019. PMID 30842059"),
        new(Gray1918, "Gray H. Anatomy of the Human Body, 1918 (vertebral column lengths)"),
        new(Federico2009, "Federico M et al. Splenic irradiation in myelofibrosis. Hematol Rep 2009;1(1):e7"),
        new(Kitanaka2016, "Kitanaka A et al. Splenic irradiation in primary myelofibrosis. Int J Hematol 2016;103(4):423-428"),
        new(Li2015, "Li Q, Gu W, Mu J, Yin W, Gao M, Mo J, Pei H. Collimator rotation in volumetric modulated arc therapy for craniospinal irradiation and the dose distribution in the beam junction region. Radiat Oncol 2015;10:235. doi:10.1186/s13014-015-0544-z, PMID 26584626"),
        new(Sahgal2013, "Sahgal A, Weinberg V, Ma L, Chang E, Chao S, Muacevic A, Gorgulho A, Soltys S, Gerszten PC, Ryu S, Angelov L, Gibbs I, Wong CS, Larson DA. Probabilities of radiation myelopathy specific to stereotactic body radiation therapy to guide safe practice. Int J Radiat Oncol Biol Phys 2013;85(2):341-347. doi:10.1016/j.ijrobp.2012.05.007, PMID 22713832"),
        new(Saifuddin1998, "Saifuddin A et al. The variation of position of the conus medullaris in an adult population: a magnetic resonance imaging study. Spine 1998;23(13):1452-1456"),
        new(Anticancerres2026, "[Authors and title not retrieved.] VMAT craniospinal irradiation with field overlaps of 4-12 cm, six patients. Anticancer Res 46(5):2631 (year inferred from the volume)"),
        new(Koksal2022, "Köksal M, Baumert J, Schoroth F, Müdder T, Scafa D, Koch D, Leitzen C, Sarria GR, Schmeel LC, Giordano FA. Helical versus static approaches to delivering tomotherapy to the junctional target for patients taller than 135 cm undergoing total body irradiation. Eur J Med Res 2022. doi:10.1186/s40001-022-00886-7"),
        new(Mckenzie2000, "McKenzie AL, van Herk M, Mijnheer B. The width of margins in radiotherapy treatment plans. Phys Med Biol 2000;45:3331-3342"),
        new(Loren2013, "Loren AW, Mangu PB, Beck LN, Brennan L, Magdalinski AJ, Partridge AH, Quinn G, Wallace WH, Oktay K. Fertility preservation for patients with cancer: American Society of Clinical Oncology clinical practice guideline update. J Clin Oncol 2013;31(19):2500-2510. doi:10.1200/JCO.2013.49.2678, PMID 23715580"),
    ];

    /// <summary>Finds the reference for <paramref name="key"/> (exact, case-sensitive).</summary>
    /// <param name="key">A citation key such as <c>cailleteau2023</c>.</param>
    /// <param name="citation">The reference, or <see langword="null"/> when the key is unknown.</param>
    /// <returns>Whether the key is known.</returns>
    public static bool TryGet(string? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Citation? citation)
    {
        foreach (var c in All)
        {
            if (string.Equals(c.Key, key, StringComparison.Ordinal))
            {
                citation = c;
                return true;
            }
        }

        citation = null;
        return false;
    }
}
