using EmhRt.Doses;
using EmhRt.Radiobiology;

namespace EmhRt.Reirradiation;

/// <summary>
/// Cord re-irradiation experience of Nieder et al. 2006 (<c>nieder2006</c>; clinical-facts §6). The limits are BED at
/// α/β 2 Gy (Gy₂), whatever α/β a report also shows for a level: compare them only with doses summed at
/// <see cref="AlphaBeta"/>. With an interval ≥ 6 months and each course ≤ 98 Gy₂, no myelopathy was reported up to a cumulative
/// 120 Gy₂, and the risk appears small up to 135.5 Gy₂. Observational limits, not guarantees.
/// </summary>
public static class NiederLimits
{
    /// <summary>The α/β of the limits: 2 Gy (the unit Gy₂ of <c>nieder2006</c>; clinical-facts §6).</summary>
    public static readonly AlphaBeta AlphaBeta = AlphaBeta.FromGy(2);

    /// <summary>Minimum interval between courses: 6 months (<c>nieder2006</c>).</summary>
    public const int MinimumIntervalMonths = 6;

    /// <summary>Largest BED of any single course: 98 Gy₂ (<c>nieder2006</c>).</summary>
    public static readonly Dose MaximumSingleCourseBed = Dose.FromGy(98);

    /// <summary>Cumulative BED up to which no myelopathy was reported: 120 Gy₂ (<c>nieder2006</c>).</summary>
    public static readonly Dose CumulativeBedNoMyelopathyReported = Dose.FromGy(120);

    /// <summary>Cumulative BED up to which the risk appears small: 135.5 Gy₂ (<c>nieder2006</c>).</summary>
    public static readonly Dose CumulativeBedSmallRisk = Dose.FromGy(135.5);
}
