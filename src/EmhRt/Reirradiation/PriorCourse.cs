using System.Collections.Immutable;
using EmhRt.Doses;

namespace EmhRt.Reirradiation;

/// <summary>An earlier radiotherapy course that may have irradiated the spinal cord.</summary>
/// <remarks>
/// The treated region is an optional set of vertebral level indices (0 = C1, in craniocaudal order, as returned by
/// <c>SpineAnatomy.IndexOf</c>); null means "region unknown", which re-irradiation assessment treats as full overlap.
/// </remarks>
public sealed class PriorCourse
{
    private readonly Dose? _cordMaxDose;

    /// <summary>Creates a prior course.</summary>
    /// <param name="fractionation">Its prescription, assumed to be the cord dose.</param>
    /// <param name="date">Its date (preferably the last treatment day); intervals are measured from this date.</param>
    /// <param name="levelIndices">Treated vertebral level indices (0 = C1), or null when unknown.</param>
    /// <exception cref="ArgumentException">An index is negative or the set is empty.</exception>
    public PriorCourse(Fractionation fractionation, DateOnly date, IEnumerable<int>? levelIndices = null)
    {
        ArgumentNullException.ThrowIfNull(fractionation);
        Fractionation = fractionation;
        Date = date;
        if (levelIndices is not null)
        {
            var set = levelIndices.ToImmutableSortedSet();
            if (set.Count == 0)
            {
                throw new ArgumentException("Give at least one level index, or null when the region is unknown.", nameof(levelIndices));
            }

            if (set.Min < 0)
            {
                throw new ArgumentException("Level indices are zero-based (0 = C1) and cannot be negative.", nameof(levelIndices));
            }

            LevelIndices = set;
            LevelArray = [.. set];
        }
    }

    /// <summary>The prescription, assumed to be the cord dose unless <see cref="CordMaxDose"/> is given.</summary>
    public Fractionation Fractionation { get; }

    /// <summary>The course date.</summary>
    public DateOnly Date { get; }

    /// <summary>Treated vertebral level indices (0 = C1), ascending; null when unknown.</summary>
    public ImmutableSortedSet<int>? LevelIndices { get; }

    /// <summary>
    /// The cord (or cauda equina) Dmax of that course measured in the planning system, in Gy over its
    /// <see cref="Fractionation"/>'s number of fractions; null when not given, and the prescription is then assumed to be
    /// the cord dose. 0 to <see cref="InputLimits.MaxCordMaxDose"/> (an input-sanity bound, not a clinical threshold).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The dose is negative, not finite or above the bound.</exception>
    public Dose? CordMaxDose
    {
        get => _cordMaxDose;
        init
        {
            if (value is { } dose && InputLimits.CheckCordMaxDose(dose.Gy) is { } problem)
            {
                throw new ArgumentOutOfRangeException(nameof(value), dose.Gy, problem);
            }

            _cordMaxDose = value;
        }
    }

    /// <summary>What the cord received in that course: the measured Dmax over its fractions when given, else the prescription.</summary>
    internal Fractionation CordFractionation =>
        _cordMaxDose is { } dmax ? Fractionation.ForMeasuredDose(dmax, Fractionation.Fractions) : Fractionation;

    /// <summary><see cref="LevelIndices"/> as an ascending array, for fast lookups (an immutable set enumerates slowly).</summary>
    internal int[]? LevelArray { get; }
}
