using EmhRt.Doses;

namespace EmhRt;

/// <summary>
/// Every input-sanity bound of EmhRt in one place: the largest (and smallest) values and sizes accepted from a user,
/// a file or a batch row, checked where the value enters and before anything is allocated for it. These are not
/// clinical thresholds (those live in the protocol); they catch unit slips, typos and hostile input so that no value
/// can exhaust memory or overflow arithmetic. The CLI, the batch reader and <c>protocol check</c> use the same bounds.
/// </summary>
public static class InputLimits
{
    /// <summary>Largest file read for an option (a protocol, a spine geometry, a holidays list): 1 MiB (1 048 576 bytes).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>
    /// Largest number of fractions in a course: 100. Conventional courses have at most about 40 fractions and
    /// hyperfractionated ones about 70; more is a typo. It bounds every per-fraction list (sessions, calendars).
    /// </summary>
    public const int MaxFractions = 100;

    /// <summary>Largest total dose of a course: 100 Gy (above that, cGy were probably typed as Gy).</summary>
    public static readonly Dose MaxTotalDose = Dose.FromGy(100);

    /// <summary>
    /// Largest measured cord (or cauda equina) Dmax of a course: 100 Gy, the same input-sanity bound as
    /// <see cref="MaxTotalDose"/> (above that, cGy were probably typed as Gy). Not a clinical threshold.
    /// </summary>
    public static readonly Dose MaxCordMaxDose = Dose.FromGy(100);

    /// <summary>Why <paramref name="gy"/> is not an acceptable measured cord Dmax (0 to <see cref="MaxCordMaxDose"/>), or <see langword="null"/> when it is.</summary>
    internal static string? CheckCordMaxDose(double gy) =>
        double.IsFinite(gy) && gy >= 0 && gy <= MaxCordMaxDose.Gy
            ? null
            : string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"'{gy}' is not a plausible measured cord Dmax: expected 0 to {MaxCordMaxDose.Gy} Gy (input-sanity limit, not a clinical threshold)");

    /// <summary>Largest dose per fraction: 25 Gy (above that, cGy were probably typed as Gy).</summary>
    public static readonly Dose MaxDosePerFraction = Dose.FromGy(25);

    /// <summary>
    /// Smallest α/β accepted: 0.01 Gy. Published tissue values are 0.5 Gy or more; below 0.01 Gy the BED of a
    /// 25 Gy fraction exceeds 60,000 Gy and is meaningless.
    /// </summary>
    public const double MinAlphaBetaGy = 0.01;

    /// <summary>Largest α/β accepted: 1000 Gy (published values are below 30 Gy; 1000 Gy is BED = physical dose to 3 decimals).</summary>
    public const double MaxAlphaBetaGy = 1000;

    /// <summary>Largest number of prior courses of one plan: 20.</summary>
    public const int MaxPriorCourses = 20;

    /// <summary>Largest number of holiday dates of one plan (options, file and column together): 1000.</summary>
    public const int MaxHolidays = 1000;
}
