using System.Collections.Immutable;

namespace EmhRt.Organs;

/// <summary>
/// One organ dose measured in the planning system (<see cref="Planning.PlanRequest.OrganDoses"/>) as EmhRt assessed it: the
/// organ's cited constraint for conventional fractionation in the same unit as the measurement, and whether the dose is above
/// it (clinical-facts-organs §2). Measured doses are physical doses compared as given; constraints are protocol parameters.
/// </summary>
public sealed record MeasuredOrganDose
{
    /// <summary>The measurement as given.</summary>
    public required OrganDoseMeasurement Measurement { get; init; }

    /// <summary>The measured value in <see cref="Unit"/>: a dose in Gy for mean and max, a volume in cc or % for V.</summary>
    public required double Value { get; init; }

    /// <summary>The unit of <see cref="Value"/> and <see cref="Limit"/>: <c>Gy</c>, <c>cc</c> or <c>%</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>What EmhRt concluded.</summary>
    public required MeasuredDoseStatus Status { get; init; }

    /// <summary>
    /// The constraint in words with its endpoint and source key, e.g. <c>mean dose to both kidneys &lt; 15 Gy (...; marks2010, dawson2010)</c>;
    /// when not compared, why (e.g. <c>no short-course constraint cited for the kidneys</c>).
    /// </summary>
    public required string Constraint { get; init; }

    /// <summary>The constraint's limit in <see cref="Unit"/>; <see langword="null"/> when not compared.</summary>
    public double? Limit { get; init; }

    /// <summary>Whether a value equal to <see cref="Limit"/> still meets the constraint (<c>≤</c>, lungs V20) rather than breaking it (<c>&lt;</c>).</summary>
    public bool LimitInclusive { get; init; }

    /// <summary>Whether the limit is the fetal threshold (uterus of a pregnant patient; lancetoncol2005): the finding is at least a warning.</summary>
    public bool FetalThreshold { get; init; }

    /// <summary>Citation keys of the constraint (<see cref="Findings.Bibliography"/>); empty when not compared.</summary>
    public required ImmutableArray<string> Citations { get; init; }

    /// <summary>
    /// One line for the reports, e.g. <c>kidneys=mean:16Gy: 16 Gy, at or above the constraint mean dose to both kidneys &lt; 15 Gy (...)</c>
    /// or <c>... not compared: no short-course constraint cited for the kidneys (...)</c>. Invariant culture.
    /// </summary>
    internal string Describe()
    {
        var value = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Measurement}: {Value:0.#####} {Unit}");
        return Status switch
        {
            MeasuredDoseStatus.AboveConstraint => value + (LimitInclusive ? ", above" : ", at or above") + " the constraint " + Constraint,
            MeasuredDoseStatus.WithinConstraint => value + ", within the constraint " + Constraint,
            _ => value + ", not compared: " + Constraint,
        };
    }

    /// <summary>Whether the dose was compared with a constraint.</summary>
    public bool Assessed => Status is MeasuredDoseStatus.WithinConstraint or MeasuredDoseStatus.AboveConstraint;
}
