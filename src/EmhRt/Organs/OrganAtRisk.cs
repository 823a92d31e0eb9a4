namespace EmhRt.Organs;

/// <summary>An organ that may lie next to a spinal radiotherapy field (clinical-facts-organs §2). Public contract: never renumbered.</summary>
public enum OrganAtRisk
{
    /// <summary>Both kidneys (T11-L3, hila L1-L2 [derived]).</summary>
    Kidneys = 0,

    /// <summary>The ovaries (pelvis; level an [assumption]).</summary>
    Ovaries = 1,

    /// <summary>The uterus (pelvis; level an [assumption]).</summary>
    Uterus = 2,

    /// <summary>The testes (outside the field: scatter only; level an [assumption]).</summary>
    Testes = 3,

    /// <summary>Small-bowel loops (anterior to the lumbar spine and sacrum; level an [assumption]).</summary>
    SmallBowel = 4,

    /// <summary>The heart (mid-thorax; level an [assumption]).</summary>
    Heart = 5,

    /// <summary>The lungs (thoracic levels; an [assumption]).</summary>
    Lungs = 6,

    /// <summary>The oesophagus (C6/C7 to T9-T11 [derived]).</summary>
    Oesophagus = 7,

    /// <summary>The thyroid (about C6/C7-T1 [derived]).</summary>
    Thyroid = 8,

    /// <summary>The larynx (about C4-C7 [derived]).</summary>
    Larynx = 9,

    /// <summary>The liver (right T10-L1 region; not sourced, an [assumption]).</summary>
    Liver = 10,
}
