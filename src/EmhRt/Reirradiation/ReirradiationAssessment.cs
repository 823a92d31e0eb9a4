using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Spine;

namespace EmhRt.Reirradiation;

/// <summary>
/// Cumulative spinal-cord BED over a current course and earlier courses, per vertebral level where regions are known,
/// compared with the re-irradiation experience of <c>nieder2006</c> (see <see cref="NiederLimits"/>).
/// </summary>
/// <remarks>
/// The figures compared with Nieder's limits (<see cref="MaximumCumulativeBed"/>, <see cref="LargestSingleCourseBed"/>)
/// are always summed at α/β 2 Gy (Gy₂), the unit of those limits, whatever cord α/β a level uses elsewhere; each level
/// also reports its sum at its own α/β (<see cref="CordLevelDose.CumulativeBed"/>), labelled with that α/β.
/// A prior course whose region shares no level with the current course is not re-irradiation of the cord treated now:
/// it is listed (<see cref="CourseContribution.SharesLevelWithCurrent"/> false) but counts neither for the interval nor
/// for <see cref="OverlappingPriorCourseCount"/>.
/// Every course's prescription is assumed to be its cord dose. With no regions given at all, every course is assumed to
/// overlap completely (worst case). A course without a region, when others have one, is assumed to cover every level
/// named by any course. Recovery credit is applied only as chosen in <see cref="ReirradiationOptions.Recovery"/>
/// (none by default) and is reported in <see cref="Recovery"/> and <see cref="Courses"/>.
/// Months are whole calendar months (2023-01-10 to 2023-07-10 is 6 months; to 2023-07-09 is 5; a month from the 31st
/// ends on the last day of a shorter month, as <see cref="DateOnly.AddMonths"/>).
/// </remarks>
public sealed class ReirradiationAssessment
{
    private readonly SpineAnatomy _anatomy;

    private ReirradiationAssessment(SpineAnatomy anatomy) => _anatomy = anatomy;

    /// <summary>The courses in date order, the current course last, with intervals and recovery credit.</summary>
    public ImmutableArray<CourseContribution> Courses { get; private init; }

    /// <summary>Cumulative BED per level (cranial to caudal); empty when no regions were given (full overlap assumed).</summary>
    public ImmutableArray<CordLevelDose> Levels { get; private init; }

    /// <summary>True when no course had a region, so all courses were assumed to overlap completely.</summary>
    public bool FullOverlapAssumed { get; private init; }

    /// <summary>
    /// Highest cumulative cord BED in Gy₂ (α/β 2 Gy, <see cref="NiederLimits.AlphaBeta"/>) over the levels the current course treats (the overlapping part of the
    /// spine): a level only earlier courses covered is not re-irradiated, so its dose is not compared with the
    /// <c>nieder2006</c> re-irradiation limits (it is still listed in <see cref="Levels"/>).
    /// </summary>
    public Dose MaximumCumulativeBed { get; private init; }

    /// <summary>The level of <see cref="MaximumCumulativeBed"/> (a level of the current course, the most cranial if tied), or null under full overlap.</summary>
    public VertebralLevel? MaximumCumulativeBedLevel =>
        MaximumCumulativeBedLevelIndex is { } index ? _anatomy.LevelAtUnchecked(index) : null;

    /// <summary><see cref="MaximumCumulativeBedLevel"/> as an index in the anatomy assessed (0 = C1), for the reports.</summary>
    internal int? MaximumCumulativeBedLevelIndex { get; private init; }

    /// <summary>
    /// Largest BED of any single course at a level the current course treats, without recovery credit, in Gy₂ (α/β 2 Gy): an
    /// earlier course to another part of the spine does not count.
    /// </summary>
    public Dose LargestSingleCourseBed { get; private init; }

    /// <summary>Days from the most recent prior course to the current start; null without prior courses.</summary>
    public int? DaysSinceLastPriorCourse { get; private init; }

    /// <summary>Whole months from the most recent prior course to the current start; null without prior courses.</summary>
    public int? MonthsSinceLastPriorCourse { get; private init; }

    /// <summary>
    /// Shortest interval in whole months between two courses that share a level (the current course and its most recent
    /// overlapping prior course, or two earlier courses on shared levels); null when no prior course shares a level.
    /// </summary>
    public int? ShortestIntervalMonths { get; private init; }

    /// <summary>Prior courses that share at least one level with the current course (all of them when regions are unknown).</summary>
    public int OverlappingPriorCourseCount { get; private init; }

    /// <summary>Whole months from the most recent prior course that shares a level with the current course; null when none does.</summary>
    public int? MonthsSinceLastOverlappingCourse { get; private init; }

    /// <summary>
    /// Shortest interval in whole months between two earlier courses that share a level with each other, the later of
    /// them sharing a level with the current course; null when there is no such pair.
    /// </summary>
    public int? ShortestEarlierIntervalMonths { get; private init; }

    /// <summary>Levels of the current course that an earlier course also covered, cranial to caudal (built on first read).</summary>
    public ImmutableArray<VertebralLevel> ReirradiatedLevels => field.IsDefault ? field = ToLevels(ReirradiatedLevelIndices) : field;

    /// <summary>Levels of the current course that no earlier course covered, cranial to caudal (built on first read).</summary>
    public ImmutableArray<VertebralLevel> NewLevels => field.IsDefault ? field = ToLevels(NewLevelIndices) : field;

    /// <summary><see cref="ReirradiatedLevels"/> as indices in the anatomy assessed (0 = C1), ascending, for the reports.</summary>
    internal ImmutableArray<int> ReirradiatedLevelIndices { get; private init; }

    /// <summary><see cref="NewLevels"/> as indices in the anatomy assessed (0 = C1), ascending, for the reports.</summary>
    internal ImmutableArray<int> NewLevelIndices { get; private init; }

    /// <summary>The recovery model used (always reported).</summary>
    public RecoveryModel Recovery { get; private init; } = RecoveryModel.None;

    /// <summary>Assumptions made, in words, for the report.</summary>
    public ImmutableArray<string> Notes { get; private init; }

    /// <summary>Every interval between consecutive courses is ≥ 6 months (<c>nieder2006</c>); true without prior courses.</summary>
    public bool IntervalWithinNiederExperience => ShortestIntervalMonths is null || ShortestIntervalMonths >= NiederLimits.MinimumIntervalMonths;

    /// <summary>Every single course is ≤ 98 Gy₂ (<c>nieder2006</c>).</summary>
    public bool EachCourseWithinNiederExperience => LargestSingleCourseBed <= NiederLimits.MaximumSingleCourseBed;

    /// <summary>Cumulative ≤ 120 Gy₂: no myelopathy reported (<c>nieder2006</c>).</summary>
    public bool CumulativeWithinNoMyelopathyReported => MaximumCumulativeBed <= NiederLimits.CumulativeBedNoMyelopathyReported;

    /// <summary>Cumulative ≤ 135.5 Gy₂: risk appears small (<c>nieder2006</c>).</summary>
    public bool CumulativeWithinSmallRisk => MaximumCumulativeBed <= NiederLimits.CumulativeBedSmallRisk;

    /// <summary>Assesses a course against earlier courses with default options and no regions (full overlap assumed).</summary>
    /// <param name="currentCourse">The course being planned.</param>
    /// <param name="currentStart">Its start date.</param>
    /// <param name="priorCourses">Earlier courses (dates on or before <paramref name="currentStart"/>).</param>
    /// <exception cref="ArgumentException">A prior course is dated after the current start.</exception>
    public static ReirradiationAssessment Evaluate(Fractionation currentCourse, DateOnly currentStart, IEnumerable<PriorCourse> priorCourses) =>
        EvaluateLevels(currentCourse, currentStart, null, priorCourses, null);

    /// <summary>Assesses a course against earlier courses.</summary>
    /// <param name="currentCourse">The course being planned (its prescription is assumed to be the cord dose).</param>
    /// <param name="currentStart">Its start date.</param>
    /// <param name="currentSpans">The spans it treats, in <see cref="ReirradiationOptions.Anatomy"/>, or null when unknown.</param>
    /// <param name="priorCourses">Earlier courses (dates on or before <paramref name="currentStart"/>; a region, when given, in the same anatomy).</param>
    /// <param name="options">Anatomy, α/β and recovery choices; null for <see cref="ReirradiationOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">
    /// A prior course is dated after the current start, a span does not exist in the anatomy, a prior course's region is
    /// counted in another anatomy, or an α/β is invalid.
    /// </exception>
    public static ReirradiationAssessment Evaluate(
        Fractionation currentCourse,
        DateOnly currentStart,
        IEnumerable<VertebralSpan>? currentSpans,
        IEnumerable<PriorCourse> priorCourses,
        ReirradiationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(currentCourse);
        ArgumentNullException.ThrowIfNull(priorCourses);
        var anatomy = (options ?? ReirradiationOptions.Default).Anatomy;
        int[]? currentLevels = null;
        if (currentSpans is not null)
        {
            var indices = new List<int>();
            foreach (var span in currentSpans)
            {
                if (!span.IsValidIn(anatomy))
                {
                    throw new ArgumentException("The span " + span + " does not exist in a spine of " + anatomy + ".", nameof(currentSpans));
                }

                for (int i = anatomy.IndexOf(span.Cranial), last = anatomy.IndexOf(span.Caudal); i <= last; i++)
                {
                    indices.Add(i);
                }
            }

            currentLevels = SortedDistinct(indices);
        }

        return EvaluateLevels(currentCourse, currentStart, currentLevels, priorCourses, options);
    }

    /// <summary>Assesses a course against earlier courses, the current levels given as ascending distinct indices in the options' anatomy (0 = C1).</summary>
    internal static ReirradiationAssessment EvaluateLevels(
        Fractionation currentCourse,
        DateOnly currentStart,
        int[]? currentLevels,
        IEnumerable<PriorCourse> priorCourses,
        ReirradiationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(currentCourse);
        ArgumentNullException.ThrowIfNull(priorCourses);
        options ??= ReirradiationOptions.Default;
        var anatomy = options.Anatomy;
        var recovery = options.Recovery ?? RecoveryModel.None;
        var priors = priorCourses.OrderBy(p => p.Date).ToList();
        foreach (var prior in priors)
        {
            ArgumentNullException.ThrowIfNull(prior, nameof(priorCourses));
            if (prior.Date > currentStart)
            {
                throw new ArgumentException(
                    "A prior course dated " + prior.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " is after the current start.",
                    nameof(priorCourses));
            }

            if (prior.LevelArray is not null && prior.Anatomy != anatomy)
            {
                throw new ArgumentException(
                    "A prior course's levels are counted in a spine of " + prior.Anatomy + ", the assessment's in one of " + anatomy + ".",
                    nameof(priorCourses));
            }
        }

        if (currentLevels is { Length: 0 })
        {
            currentLevels = null;
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        var measured = priors.Count(p => p.CordMaxDose is not null) + (options.CurrentCordDoseMeasured ? 1 : 0);
        notes.Add(measured == 0
            ? "Each course's prescribed dose is assumed to be its spinal-cord dose."
            : string.Create(CultureInfo.InvariantCulture, $"The cord dose of a course is its measured cord Dmax where one was given ({measured} of {priors.Count + 1} courses), otherwise its prescription, assumed to be the cord dose."));
        notes.Add(recovery.Description);

        // Course list and intervals.
        var courses = ImmutableArray.CreateBuilder<CourseContribution>(priors.Count + 1);
        var retained = new double[priors.Count];
        for (var i = 0; i < priors.Count; i++)
        {
            var days = currentStart.DayNumber - priors[i].Date.DayNumber;
            var months = WholeMonths(priors[i].Date, currentStart);
            retained[i] = recovery.RetainedFraction(months);
            courses.Add(new CourseContribution(false, priors[i].CordFractionation, priors[i].Date, days, months, retained[i])
            {
                SharesLevelWithCurrent = SharesLevel(priors[i].LevelArray, currentLevels),
                CordDoseMeasured = priors[i].CordMaxDose is not null,
            });
        }

        var overlap = Overlap(CollectionsMarshal.AsSpan(priors), currentLevels, currentStart);
        int? shortest = overlap.MonthsSinceLast is { } sinceLast
            ? Math.Min(sinceLast, overlap.ShortestEarlier ?? int.MaxValue)
            : null;

        courses.Add(new CourseContribution(true, currentCourse, currentStart, 0, 0, 1) { CordDoseMeasured = options.CurrentCordDoseMeasured });

        var anyRegion = currentLevels is not null || priors.Exists(p => p.LevelIndices is not null);
        // Nieder's limits are in Gy₂: the figures compared with them are summed at α/β 2 Gy; each level's own α/β is reported too.
        var result = new Accumulator(CollectionsMarshal.AsSpan(priors), retained, new double[priors.Count]);
        var atLevelAlphaBeta = new Accumulator(CollectionsMarshal.AsSpan(priors), retained, new double[priors.Count]);
        var levels = ImmutableArray.CreateBuilder<CordLevelDose>();
        var reirradiated = ImmutableArray.CreateBuilder<int>();
        var newLevels = ImmutableArray.CreateBuilder<int>();
        int? maxAt = null;
        var bestBed = Dose.Zero;
        if (!anyRegion)
        {
            notes.Add("No treated regions given: all courses are assumed to overlap completely (worst case).");
            result.AddLevel(currentCourse, NiederLimits.AlphaBeta, null, true);
        }
        else
        {
            var priorSpan = CollectionsMarshal.AsSpan(priors);
            var universe = new int[NamedLevelCount(currentLevels, priorSpan)];
            universe = universe[..LevelUniverse(currentLevels, priorSpan, universe)];

            if (currentLevels is null)
            {
                notes.Add("The current course has no region: it is assumed to cover every level named by a prior course.");
            }

            if (priors.Exists(p => p.LevelIndices is null))
            {
                notes.Add("A prior course has no region: it is assumed to cover every level named by any course.");
            }

            foreach (var level in universe)
            {
                var vertebra = anatomy.LevelAtUnchecked(level);
                var ab = options.AlphaBetaForLevel?.Invoke(vertebra) ?? options.CordAlphaBeta;
                var inCurrent = currentLevels is null || Array.BinarySearch(currentLevels, level) >= 0;
                var (bed, priorCount) = result.AddLevel(currentCourse, NiederLimits.AlphaBeta, level, inCurrent);
                var (bedAtLevel, _) = atLevelAlphaBeta.AddLevel(currentCourse, ab, level, inCurrent);
                if (inCurrent && (maxAt is null || bed > bestBed))
                {
                    maxAt = level;
                    bestBed = bed;
                }

                levels.Add(new CordLevelDose(vertebra, ab, bedAtLevel, priorCount, inCurrent)
                {
                    LevelIndex = level,
                    CumulativeBedGy2 = bed,
                    IsCaudaEquina = options.IsCaudaEquinaAtLevel?.Invoke(vertebra) ?? false,
                });
                if (inCurrent)
                {
                    (priorCount > 0 ? reirradiated : newLevels).Add(level);
                }
            }
        }

        notes.Add("The nieder2006 limits are cord BED at alpha/beta 2 Gy (Gy2): the cumulative and single-course figures compared with them are summed at alpha/beta 2 Gy, whatever cord alpha/beta is used elsewhere.");
        if (overlap.Count < priors.Count)
        {
            notes.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{priors.Count - overlap.Count} of {priors.Count} earlier {(priors.Count == 1 ? "course shares" : "courses share")} no level with this course: not re-irradiation of the cord treated now, counted for neither the interval nor the limits."));
        }

        return new ReirradiationAssessment(anatomy)
        {
            Courses = courses.MoveToImmutable(),
            Levels = levels.ToImmutable(),
            FullOverlapAssumed = !anyRegion,
            MaximumCumulativeBed = result.Maximum,
            MaximumCumulativeBedLevelIndex = anyRegion ? maxAt : null,
            LargestSingleCourseBed = result.LargestSingle,
            DaysSinceLastPriorCourse = priors.Count > 0 ? currentStart.DayNumber - priors[^1].Date.DayNumber : null,
            MonthsSinceLastPriorCourse = priors.Count > 0 ? WholeMonths(priors[^1].Date, currentStart) : null,
            ShortestIntervalMonths = shortest,
            OverlappingPriorCourseCount = overlap.Count,
            MonthsSinceLastOverlappingCourse = overlap.MonthsSinceLast,
            ShortestEarlierIntervalMonths = overlap.ShortestEarlier,
            ReirradiatedLevelIndices = reirradiated.ToImmutable(),
            NewLevelIndices = newLevels.ToImmutable(),
            Recovery = recovery,
            Notes = notes.ToImmutable(),
        };
    }

    /// <summary>The distinct values of <paramref name="values"/>, ascending.</summary>
    private static int[] SortedDistinct(IEnumerable<int> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        var count = 0;
        for (var i = 0; i < array.Length; i++)
        {
            if (count == 0 || array[i] != array[count - 1])
            {
                array[count++] = array[i];
            }
        }

        return count == array.Length ? array : array[..count];
    }

    /// <summary>The levels at <paramref name="indices"/> in the anatomy assessed.</summary>
    private ImmutableArray<VertebralLevel> ToLevels(ImmutableArray<int> indices)
    {
        var levels = new VertebralLevel[indices.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = _anatomy.LevelAtUnchecked(indices[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(levels);
    }

    /// <summary>How many level indices the current course and the prior courses name, repeats included.</summary>
    private static int NamedLevelCount(ReadOnlySpan<int> currentLevels, ReadOnlySpan<PriorCourse> priors)
    {
        var count = currentLevels.Length;
        foreach (var prior in priors)
        {
            count += prior.LevelArray?.Length ?? 0;
        }

        return count;
    }

    /// <summary>
    /// The level universe: every level named by the current course or a prior course, ascending and distinct, written
    /// to <paramref name="destination"/> (at least <see cref="NamedLevelCount"/> long); returns how many.
    /// </summary>
    private static int LevelUniverse(ReadOnlySpan<int> currentLevels, ReadOnlySpan<PriorCourse> priors, Span<int> destination)
    {
        currentLevels.CopyTo(destination);
        var filled = currentLevels.Length;
        foreach (var prior in priors)
        {
            if (prior.LevelArray is { } levels)
            {
                levels.CopyTo(destination[filled..]);
                filled += levels.Length;
            }
        }

        var named = destination[..filled];
        named.Sort();
        var count = 0;
        for (var i = 0; i < named.Length; i++)
        {
            if (count == 0 || named[i] != named[count - 1])
            {
                named[count++] = named[i];
            }
        }

        return count;
    }

    /// <summary>Whole calendar months from <paramref name="from"/> to <paramref name="to"/> (0 when <paramref name="to"/> is earlier).</summary>
    /// <param name="from">Earlier date.</param>
    /// <param name="to">Later date.</param>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (months > 0 && from.AddMonths(months) > to)
        {
            months--;
        }

        return months;
    }

    /// <summary>Whether two regions share a level; an unknown region (null) shares every level.</summary>
    private static bool SharesLevel(int[]? a, ReadOnlySpan<int> b)
    {
        if (a is null || b.IsEmpty)
        {
            return true;
        }

        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    /// <summary>
    /// Which prior courses (in date order) share a level with the current course (<paramref name="currentLevels"/> empty:
    /// unknown, shares all), the months since the last of them, and the shortest interval between an overlapping prior
    /// course and the most recent earlier course sharing a level with it.
    /// </summary>
    private static (int Count, int? MonthsSinceLast, int? ShortestEarlier) Overlap(
        ReadOnlySpan<PriorCourse> priors, ReadOnlySpan<int> currentLevels, DateOnly currentStart)
    {
        var count = 0;
        var last = -1;
        int? shortest = null;
        for (var i = 0; i < priors.Length; i++)
        {
            if (!SharesLevel(priors[i].LevelArray, currentLevels))
            {
                continue;
            }

            count++;
            last = i;
            for (var j = i - 1; j >= 0; j--)
            {
                if (SharesLevel(priors[j].LevelArray, priors[i].LevelArray ?? []))
                {
                    var gap = WholeMonths(priors[j].Date, priors[i].Date);
                    shortest = shortest is null ? gap : Math.Min(shortest.Value, gap);
                    break;
                }
            }
        }

        return (count, last >= 0 ? WholeMonths(priors[last].Date, currentStart) : null, shortest);
    }

    /// <summary>Sums the cord BED of the courses covering each level, and keeps the highest sum and the largest single course.</summary>
    /// <param name="priors">The prior courses in date order.</param>
    /// <param name="retained">The fraction of each prior course's BED that counts (recovery credit).</param>
    /// <param name="priorBeds">Scratch space, one slot per prior course, for their BED at the current α/β.</param>
    private ref struct Accumulator(ReadOnlySpan<PriorCourse> priors, ReadOnlySpan<double> retained, Span<double> priorBeds)
    {
        private readonly ReadOnlySpan<PriorCourse> _priors = priors;
        private readonly ReadOnlySpan<double> _retained = retained;

        // Each prior course's BED at the α/β of the last level: levels of one region share their α/β, so it is
        // computed once per course and region instead of once per level.
        private readonly Span<double> _priorBeds = priorBeds;
        private AlphaBeta? _priorBedsAlphaBeta;

        public Dose Maximum { get; private set; } = Dose.Zero;

        public Dose LargestSingle { get; private set; } = Dose.Zero;

        /// <summary>
        /// Adds the cumulative BED at <paramref name="level"/> (null: every course covers it); a prior course without
        /// region covers every level.
        /// </summary>
        public (Dose Bed, int PriorCount) AddLevel(Fractionation current, AlphaBeta ab, int? level, bool inCurrent)
        {
            if (_priorBedsAlphaBeta != ab)
            {
                for (var i = 0; i < _priors.Length; i++)
                {
                    _priorBeds[i] = LinearQuadratic.Bed(_priors[i].CordFractionation, ab).Gy;
                }

                _priorBedsAlphaBeta = ab;
            }

            var total = 0.0;
            var count = 0;
            for (var i = 0; i < _priors.Length; i++)
            {
                if (level is { } index && _priors[i].LevelArray is { } covered && Array.BinarySearch(covered, index) < 0)
                {
                    continue;
                }

                var bed = Dose.FromGy(_priorBeds[i]);
                if (inCurrent)
                {
                    LargestSingle = bed > LargestSingle ? bed : LargestSingle;
                }

                total += bed.Gy * _retained[i];
                count++;
            }

            if (inCurrent)
            {
                var bed = LinearQuadratic.Bed(current, ab);
                LargestSingle = bed > LargestSingle ? bed : LargestSingle;
                total += bed.Gy;
            }

            // Only levels the current course treats are re-irradiated: elsewhere the sum is an earlier course's own dose,
            // which nieder2006's re-irradiation limits do not speak to.
            var sum = Dose.FromGy(total);
            if (inCurrent && sum > Maximum)
            {
                Maximum = sum;
            }

            return (sum, count);
        }
    }
}
