namespace EmhRt.Literature;

/// <summary>Spinal regions touched by a published lesion; a set of flags.</summary>
[Flags]
public enum SpinalRegions
{
    /// <summary>No spinal region (for example an intracranial lesion).</summary>
    None = 0,

    /// <summary>Cervical spine, C1–C7.</summary>
    Cervical = 1,

    /// <summary>Thoracic (dorsal) spine, T1–T12, also written Th or D.</summary>
    Thoracic = 2,

    /// <summary>Lumbar spine, L1–L5.</summary>
    Lumbar = 4,

    /// <summary>Sacrum, S1–S5.</summary>
    Sacral = 8,

    /// <summary>Coccyx (Co, Cx).</summary>
    Coccygeal = 16,
}
