using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Spine;

namespace EmhRt.Reirradiation;

/// <summary>An earlier radiotherapy course that may have irradiated the spinal cord.</summary>
/// <remarks>
/// The treated region is optional: the vertebral spans it covered (e.g. T3–T8) in the patient's
/// <see cref="SpineAnatomy"/>; without a region the course is "region unknown", which re-irradiation assessment
/// treats as full overlap.
/// </remarks>
public sealed class PriorCourse
{
    private readonly Dose? _cordMaxDose;

    /// <summary>Creates a prior course whose treated region is unknown (assumed to overlap fully).</summary>
    /// <param name="fractionation">Its prescription, assumed to be the cord dose.</param>
    /// <param name="date">Its date (preferably the last treatment day); intervals are measured from this date.</param>
    public PriorCourse(Fractionation fractionation, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(fractionation);
        Fractionation = fractionation;
        Date = date;
        Anatomy = SpineAnatomy.Standard;
    }

    /// <summary>Creates a prior course to known vertebral spans.</summary>
    /// <param name="fractionation">Its prescription, assumed to be the cord dose.</param>
    /// <param name="date">Its date (preferably the last treatment day); intervals are measured from this date.</param>
    /// <param name="spans">The treated spans (at least one; overlapping spans are merged), in <paramref name="anatomy"/>.</param>
    /// <param name="anatomy">The patient's anatomy, in which the spans are counted (e.g. T12–L1 includes T13 with 13 thoracic vertebrae).</param>
    /// <exception cref="ArgumentException">No span is given, or a span does not exist in <paramref name="anatomy"/>.</exception>
    public PriorCourse(Fractionation fractionation, DateOnly date, IEnumerable<VertebralSpan> spans, SpineAnatomy anatomy)
        : this(fractionation, date)
    {
        ArgumentNullException.ThrowIfNull(spans);
        Anatomy = anatomy;
        var indices = new List<int>();
        foreach (var span in spans)
        {
            if (!span.IsValidIn(anatomy))
            {
                throw new ArgumentException("The span " + span + " does not exist in a spine of " + anatomy + ".", nameof(spans));
            }

            for (int i = anatomy.IndexOf(span.Cranial), last = anatomy.IndexOf(span.Caudal); i <= last; i++)
            {
                indices.Add(i);
            }
        }

        if (indices.Count == 0)
        {
            throw new ArgumentException("Give at least one treated span, or use the constructor without spans when the region is unknown.", nameof(spans));
        }

        indices.Sort();
        LevelArray = [.. indices.Distinct()];
    }

    /// <summary>The prescription, assumed to be the cord dose unless <see cref="CordMaxDose"/> is given.</summary>
    public Fractionation Fractionation { get; }

    /// <summary>The course date.</summary>
    public DateOnly Date { get; }

    /// <summary>The anatomy the treated levels are counted in (<see cref="SpineAnatomy.Standard"/> when the region is unknown).</summary>
    public SpineAnatomy Anatomy { get; }

    /// <summary>The treated vertebral levels, cranial to caudal and distinct; null when the region is unknown.</summary>
    /// <remarks>Built on first read.</remarks>
    public ImmutableSortedSet<VertebralLevel>? Levels =>
        LevelArray is null ? null : field ??= [.. LevelArray.Select(Anatomy.LevelAtUnchecked)];

    /// <summary>Treated level indices in <see cref="Anatomy"/> (0 = C1), ascending; null when unknown (reports and the arithmetic).</summary>
    internal ImmutableSortedSet<int>? LevelIndices => LevelArray is null ? null : field ??= [.. LevelArray];

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
