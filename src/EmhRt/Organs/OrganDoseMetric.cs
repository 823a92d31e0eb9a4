namespace EmhRt.Organs;

/// <summary>What a measured organ dose states (<see cref="OrganDoseMeasurement"/>). Public contract: never renumbered.</summary>
public enum OrganDoseMetric
{
    /// <summary>Mean organ dose (Gy): <c>mean</c>.</summary>
    Mean = 0,

    /// <summary>Maximum organ dose (Gy): <c>max</c>.</summary>
    Max = 1,

    /// <summary>Volume receiving at least a dose level, in cc or % of the organ: <c>V20</c>, <c>V15</c>.</summary>
    VolumeAtDose = 2,
}
