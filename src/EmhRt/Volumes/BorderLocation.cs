namespace EmhRt.Volumes;

/// <summary>Where a PTV border lies relative to the spine geometry.</summary>
public enum BorderLocation
{
    /// <summary>Within a level of the geometry.</summary>
    WithinLevel = 0,

    /// <summary>Cranial to the top of C1 (e.g. into the skull base).</summary>
    CranialToC1 = 1,

    /// <summary>Caudal to the bottom of the coccyx.</summary>
    CaudalToCoccyx = 2,

    /// <summary>Cranial to the first level of a patient geometry that does not start at C1: its level is unknown.</summary>
    CranialToMeasuredRange = 3,

    /// <summary>Caudal to the last level of a patient geometry that does not end at the coccyx: its level is unknown.</summary>
    CaudalToMeasuredRange = 4,
}
