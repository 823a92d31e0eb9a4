namespace EmhRt.Volumes;

/// <summary>The end of the spine at which a CTV margin was cut short.</summary>
public enum CtvClampSide
{
    /// <summary>The margin above the lesion would have extended cranial to C1.</summary>
    Cranial = 0,

    /// <summary>The margin below the lesion would have extended caudal to the coccyx.</summary>
    Caudal = 1,
}
