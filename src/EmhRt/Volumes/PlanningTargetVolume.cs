using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using EmhRt.Spine;

namespace EmhRt.Volumes;

/// <summary>
/// The planning target volume along the spine: the CTV expanded by superior and inferior margins in mm, with its
/// craniocaudal length, the levels its borders fall in, and whether it fits one linac field.
/// </summary>
/// <remarks>
/// <para>PTV length = superior margin + CTV overall extent (top of the first segment to bottom of the last) +
/// inferior margin. A PTV margin of 10–20 mm is recommended (<c>cailleteau2023</c> [seed]).</para>
/// <para>A C-arm linac field is at most 40 cm long at isocentre [sec]; longer PTVs need junctioned fields,
/// multi-isocentre VMAT or helical tomotherapy (clinical-facts §3, <c>li2015</c>).</para>
/// <para>Lengths are population estimates when <see cref="SpineGeometry.IsEstimate"/>; say so in output.</para>
/// </remarks>
public sealed class PlanningTargetVolume
{
    /// <summary>Largest field length of a C-arm linac at isocentre, mm (clinical-facts §3 [sec]).</summary>
    public const double SingleFieldLimitMm = 400;

    // The CTV's overall top and bottom (mm); the other lengths and positions are computed from them and the margin on read
    // (the same arithmetic every time), so a PTV that only a CSV reads stays small.
    private readonly double _ctvTop;
    private readonly double _ctvBottom;

    // What is built on first read (reports only), in one object made on first need; a race builds equal values.
    private ReportParts? _parts;

    private PlanningTargetVolume(ClinicalTargetVolume ctv, PtvMargin margin, SpineGeometry geometry, double ctvTop, double ctvBottom)
    {
        Ctv = ctv;
        Margin = margin;
        Geometry = geometry;
        _ctvTop = ctvTop;
        _ctvBottom = ctvBottom;
    }

    /// <summary>The CTV.</summary>
    public ClinicalTargetVolume Ctv { get; }

    /// <summary>The margin.</summary>
    public PtvMargin Margin { get; }

    /// <summary>The geometry lengths were taken from.</summary>
    public SpineGeometry Geometry { get; }

    /// <summary>Whether the lengths are a population estimate rather than patient measurements.</summary>
    public bool IsEstimate => Geometry.IsEstimate;

    /// <summary>Craniocaudal length of each CTV segment, mm (measured on first read: the geometry covers every segment).</summary>
    public ImmutableArray<double> CtvSegmentLengthsMm => ImmutableCollectionsMarshal.AsImmutableArray(Parts.CtvSegments ??= CtvSegments());

    private double[] CtvSegments()
    {
        var segments = new double[Ctv.Segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Geometry.LengthOf(Ctv.Segments[i]);
        }

        return segments;
    }

    /// <summary>Sum of the CTV segment lengths, mm (treated levels only).</summary>
    public double CtvTotalLengthMm
    {
        get
        {
            var sum = 0.0;
            foreach (var length in CtvSegmentLengthsMm)
            {
                sum += length;
            }

            return sum;
        }
    }

    /// <summary>CTV overall extent, from the top of the first segment to the bottom of the last, mm (includes gaps).</summary>
    public double CtvExtentMm => _ctvBottom - _ctvTop;

    /// <summary>PTV craniocaudal length: superior margin + <see cref="CtvExtentMm"/> + inferior margin, mm.</summary>
    public double PtvLengthMm => Length(Margin, CtvExtentMm);

    /// <summary>Length of each segment's own PTV (segment + superior + inferior margin), mm; neighbours may overlap.</summary>
    public ImmutableArray<double> PtvSegmentLengthsMm => ImmutableCollectionsMarshal.AsImmutableArray(Parts.PtvSegments ??= PtvSegments());

    private double[] PtvSegments()
    {
        var segments = new double[CtvSegmentLengthsMm.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Margin.SuperiorMm + CtvSegmentLengthsMm[i] + Margin.InferiorMm;
        }

        return segments;
    }

    /// <summary>
    /// Position of each segment's own PTV superior border, mm (the segment's top minus the superior margin); the
    /// segment's PTV ends <see cref="PtvSegmentLengthsMm"/> below it. For one segment it equals <see cref="PtvTopMm"/>.
    /// </summary>
    public ImmutableArray<double> PtvSegmentTopsMm => ImmutableCollectionsMarshal.AsImmutableArray(Parts.PtvSegmentTops ??= PtvSegmentTops());

    private double[] PtvSegmentTops()
    {
        var tops = new double[Ctv.Segments.Length];
        for (var i = 0; i < tops.Length; i++)
        {
            tops[i] = Geometry.TopOf(Ctv.Segments[i].Cranial) - Margin.SuperiorMm;
        }

        return tops;
    }

    /// <summary>Position of the PTV superior border, mm (caudal positive, origin of the geometry).</summary>
    public double PtvTopMm => _ctvTop - Margin.SuperiorMm;

    /// <summary>Position of the PTV inferior border, mm.</summary>
    public double PtvBottomMm => _ctvBottom + Margin.InferiorMm;

    /// <summary>Where the PTV superior border falls.</summary>
    public BorderPosition SuperiorBorder => Borders.Superior;

    /// <summary>Where the PTV inferior border falls (a border exactly on a boundary belongs to the level above).</summary>
    public BorderPosition InferiorBorder => Borders.Inferior;

    /// <summary>
    /// Both borders, located on first read (pure, cannot fail): callers that need only lengths, such as a batch writing
    /// CSV, never pay for the level search. A race computes equal values; the reference write is atomic.
    /// </summary>
    private BorderPair Borders => Parts.Borders ??= new BorderPair(
        BorderPosition.Locate(Geometry, PtvTopMm, inferior: false), BorderPosition.Locate(Geometry, PtvBottomMm, inferior: true));

    private sealed record BorderPair(BorderPosition Superior, BorderPosition Inferior);

    /// <summary>
    /// The levels the PTV of each CTV segment reaches, cranial to caudal, one span per segment (neighbours may overlap
    /// or touch): the segment extended by the superior and inferior margins (<see cref="PtvSegmentTopsMm"/>,
    /// <see cref="PtvSegmentLengthsMm"/>), a border exactly on a level boundary staying in the level inside, clamped to
    /// the geometry's measured range. Levels in a gap between two segments that neither segment's PTV reaches are not
    /// included. This is the one rule: the assessment's irradiated levels (cord α/β, re-irradiation, organ scan) and
    /// the report diagrams read it. Built on first read.
    /// </summary>
    public ImmutableArray<VertebralSpan> ReachedSpans => ImmutableCollectionsMarshal.AsImmutableArray(Parts.Reached ??= Reach());

    private VertebralSpan[] Reach()
    {
        var spans = new VertebralSpan[Ctv.Segments.Length];
        var anatomy = Geometry.Anatomy;
        for (var i = 0; i < spans.Length; i++)
        {
            var (first, last) = ReachIndices(Geometry, Ctv.Segments[i], Margin);
            spans[i] = VertebralSpan.Create(anatomy.LevelAt(first), anatomy.LevelAt(last));
        }

        return spans;
    }

    /// <summary>Whether the PTV of some CTV segment reaches <paramref name="level"/> (<see cref="ReachedSpans"/>).</summary>
    /// <param name="level">A level of the PTV's anatomy.</param>
    public bool Reaches(VertebralLevel level)
    {
        foreach (var span in ReachedSpans)
        {
            if (span.Contains(level))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first and last level index (0 = C1) the PTV of <paramref name="segment"/> reaches with
    /// <paramref name="margin"/> (the rule of <see cref="ReachedSpans"/>, without allocating); the geometry must cover
    /// the segment.
    /// </summary>
    internal static (int First, int Last) ReachIndices(SpineGeometry geometry, VertebralSpan segment, PtvMargin margin)
    {
        var top = geometry.IndexAt(geometry.TopOf(segment.Cranial) - margin.SuperiorMm, preferCranial: false);
        var bottom = geometry.IndexAt(geometry.BottomOf(segment.Caudal) + margin.InferiorMm, preferCranial: true);
        return (top >= 0 ? top : geometry.FirstIndex, bottom >= 0 ? bottom : geometry.LastIndex);
    }

    private ReportParts Parts => _parts ?? Interlocked.CompareExchange(ref _parts, new ReportParts(), null) ?? _parts;

    /// <summary>The parts a report reads, written on first read; a race computes equal values and each reference write is atomic.</summary>
    private sealed class ReportParts
    {
        public double[]? CtvSegments;
        public double[]? PtvSegments;
        public double[]? PtvSegmentTops;
        public BorderPair? Borders;
        public VertebralSpan[]? Reached;
    }

    /// <summary>Whether the whole PTV fits one field of the given length.</summary>
    /// <param name="fieldLengthMm">Maximum field length, mm; default 400 mm (C-arm linac, clinical-facts §3 [sec]).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fieldLengthMm"/> is not finite and positive.</exception>
    public bool FitsSingleField(double fieldLengthMm = SingleFieldLimitMm) => PtvLengthMm <= Guard.Positive(fieldLengthMm);

    /// <summary>Builds the PTV.</summary>
    /// <param name="ctv">The CTV.</param>
    /// <param name="margin">The PTV margin.</param>
    /// <param name="geometry">Level lengths; must cover every CTV segment and have the CTV's anatomy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Anatomies differ, or a CTV level lies outside the geometry's measured range.</exception>
    public static PlanningTargetVolume Create(ClinicalTargetVolume ctv, PtvMargin margin, SpineGeometry geometry) =>
        TryCreate(ctv, margin, geometry, out var ptv, out var error) ? ptv : throw new ArgumentException(error, nameof(geometry));

    /// <summary>Builds the PTV, or says why the geometry cannot measure the CTV.</summary>
    /// <param name="ctv">The CTV.</param>
    /// <param name="margin">The PTV margin.</param>
    /// <param name="geometry">Level lengths.</param>
    /// <param name="ptv">The PTV, or null.</param>
    /// <param name="error">Why not, e.g. "CTV T4-T9 reaches T4, outside the measured range T5-L2 ...".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryCreate(
        ClinicalTargetVolume ctv, PtvMargin margin, SpineGeometry geometry,
        [NotNullWhen(true)] out PlanningTargetVolume? ptv, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(ctv);
        ArgumentNullException.ThrowIfNull(geometry);
        ptv = null;
        if (!TryMeasure(ctv, geometry, out var top, out var bottom, out error))
        {
            return false;
        }

        ptv = new PlanningTargetVolume(ctv, margin, geometry, top, bottom);
        return true;
    }

    /// <summary>
    /// <see cref="PtvLengthMm"/> of the PTV <see cref="TryCreate"/> would build, without building it (the same check and the same
    /// arithmetic): what an assessment's finding rules read.
    /// </summary>
    internal static bool TryMeasureLength(
        ClinicalTargetVolume ctv, PtvMargin margin, SpineGeometry geometry, out double ptvLengthMm, [NotNullWhen(false)] out string? error)
    {
        ptvLengthMm = 0;
        if (!TryMeasure(ctv, geometry, out var top, out var bottom, out error))
        {
            return false;
        }

        ptvLengthMm = Length(margin, bottom - top);
        return true;
    }

    /// <summary>PTV length: superior margin + CTV extent + inferior margin (mm).</summary>
    private static double Length(PtvMargin margin, double ctvExtentMm) => margin.SuperiorMm + ctvExtentMm + margin.InferiorMm;

    /// <summary>
    /// Checks that <paramref name="geometry"/> measures every CTV segment and gives the top and bottom of the CTV's overall
    /// extent (mm).
    /// </summary>
    private static bool TryMeasure(
        ClinicalTargetVolume ctv, SpineGeometry geometry, out double top, out double bottom, [NotNullWhen(false)] out string? error)
    {
        top = bottom = 0;
        if (ctv.Anatomy != geometry.Anatomy)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"the CTV uses {ctv.Anatomy} but the geometry {geometry.Anatomy}");
            return false;
        }

        for (var i = 0; i < ctv.Segments.Length; i++)
        {
            var segment = ctv.Segments[i];
            if (!geometry.Covers(segment))
            {
                error = string.Create(CultureInfo.InvariantCulture,
                    $"CTV segment {segment} reaches outside the measured range {geometry.MeasuredRange} of the geometry ({geometry.Source}); lengths are not extrapolated: measure those levels too");
                return false;
            }
        }

        var extent = ctv.Extent;
        top = geometry.TopOf(extent.Cranial);
        bottom = geometry.BottomOf(extent.Caudal);
        error = null;
        return true;
    }
}
