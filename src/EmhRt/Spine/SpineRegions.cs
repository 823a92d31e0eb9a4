namespace EmhRt.Spine;

/// <summary>
/// A set of <see cref="SpineRegion"/>s, as flags: each member is the bit <c>1 &lt;&lt; (int)region</c> of the region of
/// the same name, so the set and the single region are one vocabulary (for example the regions a published lesion touches).
/// </summary>
[Flags]
public enum SpineRegions
{
    /// <summary>No spinal region (for example an intracranial lesion).</summary>
    None = 0,

    /// <summary>Cervical spine, C1–C7 (<see cref="SpineRegion.Cervical"/>).</summary>
    Cervical = 1 << (int)SpineRegion.Cervical,

    /// <summary>Thoracic (dorsal) spine, T1–T12 or T13, also written Th or D (<see cref="SpineRegion.Thoracic"/>).</summary>
    Thoracic = 1 << (int)SpineRegion.Thoracic,

    /// <summary>Lumbar spine, L1–L5 or L6 (<see cref="SpineRegion.Lumbar"/>).</summary>
    Lumbar = 1 << (int)SpineRegion.Lumbar,

    /// <summary>Sacrum, S1–S5 (<see cref="SpineRegion.Sacral"/>).</summary>
    Sacral = 1 << (int)SpineRegion.Sacral,

    /// <summary>Coccyx, Co or Cx (<see cref="SpineRegion.Coccygeal"/>).</summary>
    Coccygeal = 1 << (int)SpineRegion.Coccygeal,
}
