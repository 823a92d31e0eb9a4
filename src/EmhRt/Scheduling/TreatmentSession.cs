using EmhRt.Doses;

namespace EmhRt.Scheduling;

/// <summary>One fraction in a schedule.</summary>
/// <param name="Number">Fraction number, 1-based.</param>
/// <param name="Date">Treatment date.</param>
/// <param name="CumulativeDose">Physical dose delivered up to and including this fraction, in Gy (the last equals the total dose).</param>
public readonly record struct TreatmentSession(int Number, DateOnly Date, Dose CumulativeDose);
