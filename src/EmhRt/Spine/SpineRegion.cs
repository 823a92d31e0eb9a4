namespace EmhRt.Spine;

/// <summary>The regions of the vertebral column, in cranial-to-caudal order.</summary>
public enum SpineRegion
{
    /// <summary>Cervical vertebrae C1–C7.</summary>
    Cervical = 0,

    /// <summary>Thoracic (dorsal) vertebrae T1–T12 (T11 or T13 in variant anatomy).</summary>
    Thoracic = 1,

    /// <summary>Lumbar vertebrae L1–L5 (L4 or L6 in variant anatomy).</summary>
    Lumbar = 2,

    /// <summary>Sacral segments S1–S5.</summary>
    Sacral = 3,

    /// <summary>The coccyx, treated as one level <c>Co</c>.</summary>
    Coccygeal = 4,
}
