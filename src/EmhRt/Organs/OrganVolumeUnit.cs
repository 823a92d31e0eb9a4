namespace EmhRt.Organs;

/// <summary>The unit of a measured organ volume (<see cref="OrganDoseMeasurement.Volume"/>). Public contract: never renumbered.</summary>
public enum OrganVolumeUnit
{
    /// <summary>Cubic centimetres: <c>cc</c> (e.g. small bowel V15 &lt; 120 cc, <c>kavanagh2010</c>).</summary>
    CubicCentimetres = 0,

    /// <summary>Percent of the organ's volume: <c>%</c> (e.g. kidneys V20 &lt; 32 %, <c>marks2010</c>).</summary>
    Percent = 1,
}
