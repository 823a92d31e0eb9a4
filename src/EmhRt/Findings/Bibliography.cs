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

    /// <summary>Key <c>dawson2010</c>: Dawson LA, Kavanagh BD, Paulino AC, Das SK, Miften M, Li XA, Pan C, Ten Haken RK, Schultheiss TE. Radiation-associated kidney injury. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S108-S115. doi:10.1016/j.ijrobp.2009.02.089, PMID 20171504</summary>
    public const string Dawson2010 = "dawson2010";

    /// <summary>Key <c>cancerbiother2004</c>: Relevance of external beam dose-response relationships to kidney toxicity associated with radionuclide therapy. Cancer Biother Radiopharm 2004;19(3):378-387. PMID 15285886 (authors not retrieved)</summary>
    public const string Cancerbiother2004 = "cancerbiother2004";

    /// <summary>Key <c>shen2016</c>: Shen XH, Su BY, Liu JJ, Zhang GM, Xue HD, Jin ZY, Mirjalili SA, Ma C. A reappraisal of adult thoracic and abdominal surface anatomy via CT scan in Chinese population. Clin Anat 2016;29(2):165-174. doi:10.1002/ca.22556, PMID 26032163</summary>
    public const string Shen2016 = "shen2016";

    /// <summary>Key <c>mirjalili2012a</c>: Mirjalili SA, McFadden SL, Buckenham T, Wilson B, Stringer MD. Anatomical planes: are we teaching accurate surface anatomy? Clin Anat 2012;25(7):819-826</summary>
    public const string Mirjalili2012a = "mirjalili2012a";

    /// <summary>Key <c>mirjalili2012b</c>: Mirjalili SA, McFadden SL, Buckenham T, Stringer MD. Vertebral levels of key landmarks in the neck. Clin Anat 2012;25:851-857</summary>
    public const string Mirjalili2012b = "mirjalili2012b";

    /// <summary>Key <c>keough2016</c>: Keough N, Mirjalili SA, Suleman FE, Lockhat ZI, van Schoor A. The thoracic surface anatomy of adult black South Africans: a reappraisal from CT scans. Clin Anat 2016;29(8):1018-1024</summary>
    public const string Keough2016 = "keough2016";

    /// <summary>Key <c>sener2021</c>: Şener U, Tellioğlu AM, Polat YD. A reappraisal of pediatric abdominal surface anatomy. Clin Anat 2021 (volume and pages not retrieved)</summary>
    public const string Sener2021 = "sener2021";

    /// <summary>Key <c>wallace2003</c>: Wallace WHB, Thomson AB, Kelsey TW. The radiosensitivity of the human oocyte. Hum Reprod 2003 (volume and pages not retrieved)</summary>
    public const string Wallace2003 = "wallace2003";

    /// <summary>Key <c>wallace2005</c>: Wallace WHB, Thomson AB, Saran F, Kelsey TW. [Prediction of age at ovarian failure after radiotherapy; exact title not retrieved]. Int J Radiat Oncol Biol Phys 2005;62(3):738-744. doi:10.1016/j.ijrobp.2004.11.038, PMID 15936554</summary>
    public const string Wallace2005 = "wallace2005";

    /// <summary>Key <c>howell2005</c>: Howell SJ, Shalet SM. Spermatogenesis after cancer treatment: damage and recovery. J Natl Cancer Inst Monogr 2005. doi:10.1093/jncimonographs/lgi003, PMID 15784814</summary>
    public const string Howell2005 = "howell2005";

    /// <summary>Key <c>jmedphys2008</c>: Testicular shield for para-aortic radiotherapy and estimation of gonad doses. J Med Phys 2008;33(4):158-161. PMC2772052 (authors not retrieved)</summary>
    public const string Jmedphys2008 = "jmedphys2008";

    /// <summary>Key <c>kubo1982</c>: Kubo H, Shipley WU. Reduction of the scatter dose to the testicle outside the radiation treatment fields. Int J Radiat Oncol Biol Phys 1982;8(10):1741-1745</summary>
    public const string Kubo1982 = "kubo1982";

    /// <summary>Key <c>jrt2014testis</c>: [Verification of the protective effect of a testicular shield in postoperative radiotherapy for seminoma] (in Japanese). Nihon Hoshasen Gijutsu Gakkai Zasshi 2014;70(9):883-887. doi:10.6009/jjrt.2014_jsrt_70.9.883, PMID 25242597 (authors not retrieved)</summary>
    public const string Jrt2014testis = "jrt2014testis";

    /// <summary>Key <c>teh2014</c>: Teh WT, Stern C, Chander S, Hickey M. The impact of uterine radiation on subsequent fertility and pregnancy outcomes. Biomed Res Int 2014;2014:482968. doi:10.1155/2014/482968, PMID 25165706</summary>
    public const string Teh2014 = "teh2014";

    /// <summary>Key <c>jrr2015ovary</c>: Assessment of transposed ovarian movement: how much of a safety margin should be added during pelvic radiotherapy? J Radiat Res 2015;56(2):354-359. doi:10.1093/jrr/rru116, PMID 25589505 (authors not retrieved)</summary>
    public const string Jrr2015ovary = "jrr2015ovary";

    /// <summary>Key <c>lancetoncol2005</c>: Radiotherapy during pregnancy: fact and fiction. Lancet Oncol 2005;6(5):328-333. doi:10.1016/S1470-2045(05)70169-8, PMID 15863381 (authors not retrieved)</summary>
    public const string Lancetoncol2005 = "lancetoncol2005";

    /// <summary>Key <c>icrp84</c>: ICRP Publication 84. Pregnancy and Medical Radiation. Ann ICRP 2000;30(1) (numbers read through secondary summaries)</summary>
    public const string Icrp84 = "icrp84";

    /// <summary>Key <c>stovall1995</c>: Stovall M, Blackwell CR, Cundiff J, Novack DH, Palta JR, Wagner LK, Webster EW, Shalek RJ. Fetal dose from radiotherapy with photon beams: report of AAPM Radiation Therapy Committee Task Group No. 36. Med Phys 1995;22(1):63-82. PMID 7715571</summary>
    public const string Stovall1995 = "stovall1995";

    /// <summary>Key <c>medphys2007</c>: Evaluation of the accuracy of fetal dose estimates using TG-36 data. Med Phys 2007;34(4):1193-1197. doi:10.1118/1.2710332, PMID 17500450 (authors not retrieved)</summary>
    public const string Medphys2007 = "medphys2007";

    /// <summary>Key <c>kharod2017</c>: Kharod SM, Greenwalt J, Dessaigne C, Yeung A. Pregnancy testing in patients undergoing radiation therapy. ecancermedicalscience 2017;11:753</summary>
    public const string Kharod2017 = "kharod2017";

    /// <summary>Key <c>kavanagh2010</c>: Kavanagh BD et al. Radiation dose-volume effects in the stomach and small bowel. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S101-S107. doi:10.1016/j.ijrobp.2009.05.071, PMID 20171503</summary>
    public const string Kavanagh2010 = "kavanagh2010";

    /// <summary>Key <c>gagliardi2010</c>: Gagliardi G et al. Radiation dose-volume effects in the heart. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S77-S85. doi:10.1016/j.ijrobp.2009.04.093, PMID 20171522</summary>
    public const string Gagliardi2010 = "gagliardi2010";

    /// <summary>Key <c>markslung2010</c>: Marks LB, Bentzen SM, Deasy JO, et al. Radiation dose-volume effects in the lung. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S70-S76. PMID 20171521</summary>
    public const string Markslung2010 = "markslung2010";

    /// <summary>Key <c>wernerwasik2010</c>: Werner-Wasik M et al. Radiation dose-volume effects in the esophagus. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S86-S93. doi:10.1016/j.ijrobp.2009.05.070</summary>
    public const string Wernerwasik2010 = "wernerwasik2010";

    /// <summary>Key <c>rancati2010</c>: Rancati T, Schwarz M, Allen AM, Feng F, Popovtzer A, Mittal B, Eisbruch A. Radiation dose volume effects in the larynx and pharynx. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S64-S69. doi:10.1016/j.ijrobp.2009.03.079, PMID 20171520</summary>
    public const string Rancati2010 = "rancati2010";

    /// <summary>Key <c>boomsma2011</c>: Boomsma MJ, Bijl HP, Langendijk JA. Radiation-induced hypothyroidism in head and neck cancer patients: a systematic review. Radiother Oncol 2011;99(1):1-5</summary>
    public const string Boomsma2011 = "boomsma2011";

    /// <summary>Key <c>jcem2000</c>: Abnormalities of the thyroid in survivors of Hodgkin's disease: data from the Childhood Cancer Survivor Study. J Clin Endocrinol Metab 2000;85(9):3227-3232. doi:10.1210/jcem.85.9.6808, PMID 10999813 (authors not retrieved)</summary>
    public const string Jcem2000 = "jcem2000";

    /// <summary>Key <c>hayman2011</c>: Hayman JA, Callahan JW, Herschtal A, Everitt SJ, Binns DS, Hicks RJ, MacManus M. Distribution of proliferating bone marrow in adult cancer patients determined using FLT-PET imaging. Int J Radiat Oncol Biol Phys 2011 (volume and pages not retrieved)</summary>
    public const string Hayman2011 = "hayman2011";

    /// <summary>Key <c>emami1991</c>: Emami B, Lyman J, et al. Tolerance of normal tissue to therapeutic irradiation. Int J Radiat Oncol Biol Phys 1991;21(1):109-122. PMID 2032882</summary>
    public const string Emami1991 = "emami1991";

    /// <summary>Key <c>kal2002</c>: Kal HB, Struikmans H. Zwangerschap en straling; samenvatting en conclusies van Publicatie 84 van de ICRP. Ned Tijdschr Geneeskd 2002;146:299- (Dutch summary of ICRP 84)</summary>
    public const string Kal2002 = "kal2002";

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
        new(Dawson2010, "Dawson LA, Kavanagh BD, Paulino AC, Das SK, Miften M, Li XA, Pan C, Ten Haken RK, Schultheiss TE. Radiation-associated kidney injury. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S108-S115. doi:10.1016/j.ijrobp.2009.02.089, PMID 20171504"),
        new(Cancerbiother2004, "Relevance of external beam dose-response relationships to kidney toxicity associated with radionuclide therapy. Cancer Biother Radiopharm 2004;19(3):378-387. PMID 15285886 (authors not retrieved)"),
        new(Shen2016, "Shen XH, Su BY, Liu JJ, Zhang GM, Xue HD, Jin ZY, Mirjalili SA, Ma C. A reappraisal of adult thoracic and abdominal surface anatomy via CT scan in Chinese population. Clin Anat 2016;29(2):165-174. doi:10.1002/ca.22556, PMID 26032163"),
        new(Mirjalili2012a, "Mirjalili SA, McFadden SL, Buckenham T, Wilson B, Stringer MD. Anatomical planes: are we teaching accurate surface anatomy? Clin Anat 2012;25(7):819-826"),
        new(Mirjalili2012b, "Mirjalili SA, McFadden SL, Buckenham T, Stringer MD. Vertebral levels of key landmarks in the neck. Clin Anat 2012;25:851-857"),
        new(Keough2016, "Keough N, Mirjalili SA, Suleman FE, Lockhat ZI, van Schoor A. The thoracic surface anatomy of adult black South Africans: a reappraisal from CT scans. Clin Anat 2016;29(8):1018-1024"),
        new(Sener2021, "Şener U, Tellioğlu AM, Polat YD. A reappraisal of pediatric abdominal surface anatomy. Clin Anat 2021 (volume and pages not retrieved)"),
        new(Wallace2003, "Wallace WHB, Thomson AB, Kelsey TW. The radiosensitivity of the human oocyte. Hum Reprod 2003 (volume and pages not retrieved)"),
        new(Wallace2005, "Wallace WHB, Thomson AB, Saran F, Kelsey TW. [Prediction of age at ovarian failure after radiotherapy; exact title not retrieved]. Int J Radiat Oncol Biol Phys 2005;62(3):738-744. doi:10.1016/j.ijrobp.2004.11.038, PMID 15936554"),
        new(Howell2005, "Howell SJ, Shalet SM. Spermatogenesis after cancer treatment: damage and recovery. J Natl Cancer Inst Monogr 2005. doi:10.1093/jncimonographs/lgi003, PMID 15784814"),
        new(Jmedphys2008, "Testicular shield for para-aortic radiotherapy and estimation of gonad doses. J Med Phys 2008;33(4):158-161. PMC2772052 (authors not retrieved)"),
        new(Kubo1982, "Kubo H, Shipley WU. Reduction of the scatter dose to the testicle outside the radiation treatment fields. Int J Radiat Oncol Biol Phys 1982;8(10):1741-1745"),
        new(Jrt2014testis, "[Verification of the protective effect of a testicular shield in postoperative radiotherapy for seminoma] (in Japanese). Nihon Hoshasen Gijutsu Gakkai Zasshi 2014;70(9):883-887. doi:10.6009/jjrt.2014_jsrt_70.9.883, PMID 25242597 (authors not retrieved)"),
        new(Teh2014, "Teh WT, Stern C, Chander S, Hickey M. The impact of uterine radiation on subsequent fertility and pregnancy outcomes. Biomed Res Int 2014;2014:482968. doi:10.1155/2014/482968, PMID 25165706"),
        new(Jrr2015ovary, "Assessment of transposed ovarian movement: how much of a safety margin should be added during pelvic radiotherapy? J Radiat Res 2015;56(2):354-359. doi:10.1093/jrr/rru116, PMID 25589505 (authors not retrieved)"),
        new(Lancetoncol2005, "Radiotherapy during pregnancy: fact and fiction. Lancet Oncol 2005;6(5):328-333. doi:10.1016/S1470-2045(05)70169-8, PMID 15863381 (authors not retrieved)"),
        new(Icrp84, "ICRP Publication 84. Pregnancy and Medical Radiation. Ann ICRP 2000;30(1) (numbers read through secondary summaries)"),
        new(Stovall1995, "Stovall M, Blackwell CR, Cundiff J, Novack DH, Palta JR, Wagner LK, Webster EW, Shalek RJ. Fetal dose from radiotherapy with photon beams: report of AAPM Radiation Therapy Committee Task Group No. 36. Med Phys 1995;22(1):63-82. PMID 7715571"),
        new(Medphys2007, "Evaluation of the accuracy of fetal dose estimates using TG-36 data. Med Phys 2007;34(4):1193-1197. doi:10.1118/1.2710332, PMID 17500450 (authors not retrieved)"),
        new(Kharod2017, "Kharod SM, Greenwalt J, Dessaigne C, Yeung A. Pregnancy testing in patients undergoing radiation therapy. ecancermedicalscience 2017;11:753"),
        new(Kavanagh2010, "Kavanagh BD et al. Radiation dose-volume effects in the stomach and small bowel. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S101-S107. doi:10.1016/j.ijrobp.2009.05.071, PMID 20171503"),
        new(Gagliardi2010, "Gagliardi G et al. Radiation dose-volume effects in the heart. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S77-S85. doi:10.1016/j.ijrobp.2009.04.093, PMID 20171522"),
        new(Markslung2010, "Marks LB, Bentzen SM, Deasy JO, et al. Radiation dose-volume effects in the lung. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S70-S76. PMID 20171521"),
        new(Wernerwasik2010, "Werner-Wasik M et al. Radiation dose-volume effects in the esophagus. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S86-S93. doi:10.1016/j.ijrobp.2009.05.070"),
        new(Rancati2010, "Rancati T, Schwarz M, Allen AM, Feng F, Popovtzer A, Mittal B, Eisbruch A. Radiation dose volume effects in the larynx and pharynx. Int J Radiat Oncol Biol Phys 2010;76(3 Suppl):S64-S69. doi:10.1016/j.ijrobp.2009.03.079, PMID 20171520"),
        new(Boomsma2011, "Boomsma MJ, Bijl HP, Langendijk JA. Radiation-induced hypothyroidism in head and neck cancer patients: a systematic review. Radiother Oncol 2011;99(1):1-5"),
        new(Jcem2000, "Abnormalities of the thyroid in survivors of Hodgkin's disease: data from the Childhood Cancer Survivor Study. J Clin Endocrinol Metab 2000;85(9):3227-3232. doi:10.1210/jcem.85.9.6808, PMID 10999813 (authors not retrieved)"),
        new(Hayman2011, "Hayman JA, Callahan JW, Herschtal A, Everitt SJ, Binns DS, Hicks RJ, MacManus M. Distribution of proliferating bone marrow in adult cancer patients determined using FLT-PET imaging. Int J Radiat Oncol Biol Phys 2011 (volume and pages not retrieved)"),
        new(Emami1991, "Emami B, Lyman J, et al. Tolerance of normal tissue to therapeutic irradiation. Int J Radiat Oncol Biol Phys 1991;21(1):109-122. PMID 2032882"),
        new(Kal2002, "Kal HB, Struikmans H. Zwangerschap en straling; samenvatting en conclusies van Publicatie 84 van de ICRP. Ned Tijdschr Geneeskd 2002;146:299- (Dutch summary of ICRP 84)"),
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
