using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using EmhRt.Findings.Rules;
using EmhRt.Protocol;
using EmhRt.Spine;
using EmhRt.Volumes;
using static EmhRt.Reporting.ReportText;

namespace EmhRt.Reporting.Ctv;

/// <summary>
/// The report of <c>emhrt ctv</c>: the CTV (whole vertebral levels around each lesion, with its segments, gaps, clamps
/// and lengths in mm), the PTV when a margin is given (length in mm, where its borders fall, whether it fits one field)
/// and the coverage of proposed treated spans. Every number is the library's (<see cref="ClinicalTargetVolume"/>,
/// <see cref="PlanningTargetVolume"/>, <see cref="TreatedSpanCoverage"/>); this type only writes them.
/// </summary>
/// <remarks>JSON: the <c>ctv</c> schema (<see cref="OutputSchemas.Ctv"/>); lengths in mm rounded to 4 decimals.</remarks>
public sealed class CtvReport : IReport
{
    private const string RecommendedSource = "recommended, cailleteau2023";
    private const string ProtocolSource = "recommended by the protocol in force";

    private readonly string _lesionText;
    private readonly ClinicalTargetVolume _ctv;
    private readonly bool _levelsGiven;
    private readonly SpineGeometry _geometry;
    private readonly string? _geometryNote;
    private readonly PlanningTargetVolume? _ptv;
    private readonly EmhProtocol _protocol;
    private readonly string? _marginOptionName;
    private readonly TreatedSpanCoverage? _coverage;
    private readonly ImmutableArray<double?> _segmentLengthsMm;
    private readonly double? _lengthMm;
    private readonly double? _extentMm;

    private CtvReport(
        string lesionText, ClinicalTargetVolume ctv, bool levelsGiven, SpineGeometry geometry, string? geometryNote,
        PlanningTargetVolume? ptv, EmhProtocol protocol, TreatedSpanCoverage? coverage, string? marginOptionName)
    {
        _lesionText = lesionText;
        _ctv = ctv;
        _levelsGiven = levelsGiven;
        _geometry = geometry;
        _geometryNote = geometryNote;
        _ptv = ptv;
        _protocol = protocol;
        _coverage = coverage;
        _marginOptionName = marginOptionName;
        _segmentLengthsMm = ctv.SegmentLengthsMm(geometry);
        _lengthMm = ctv.LengthMm(geometry);
        _extentMm = ctv.ExtentMm(geometry);
    }

    /// <summary>Builds the report.</summary>
    /// <param name="lesionText">The lesion spans as the user wrote them (written back as <c>lesionInput</c>).</param>
    /// <param name="ctv">The CTV; its <see cref="ClinicalTargetVolume.Lesions"/> are the lesions reported.</param>
    /// <param name="levelsGiven">Whether the CTV level margin was given (otherwise the protocol's recommended one).</param>
    /// <param name="geometry">The geometry lengths are taken from (same anatomy as the CTV).</param>
    /// <param name="geometryNote">A note on the geometry (e.g. why the population estimate is male), or null.</param>
    /// <param name="ptv">The PTV, or null without a PTV margin.</param>
    /// <param name="protocol">The protocol: its single-field length (mm) and PTV margin range (mm) are reported.</param>
    /// <param name="coverage">The coverage of proposed treated spans, or null.</param>
    /// <param name="marginOptionName">How the caller's user gives the PTV margin (e.g. the CLI's <c>--margin</c>), named when
    /// the PTV could not be computed; null says "a PTV margin in mm".</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lesionText"/>, <paramref name="ctv"/>, <paramref name="geometry"/> or <paramref name="protocol"/> is null.</exception>
    public static CtvReport Create(
        string lesionText, ClinicalTargetVolume ctv, bool levelsGiven, SpineGeometry geometry, string? geometryNote,
        PlanningTargetVolume? ptv, EmhProtocol protocol, TreatedSpanCoverage? coverage, string? marginOptionName = null)
    {
        ArgumentNullException.ThrowIfNull(lesionText);
        ArgumentNullException.ThrowIfNull(ctv);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(protocol);
        return new CtvReport(lesionText, ctv, levelsGiven, geometry, geometryNote, ptv, protocol, coverage, marginOptionName);
    }

    /// <summary>Where the CTV level margin comes from: given, cailleteau2023's recommendation, or a protocol that differs from it.</summary>
    private string LevelsSource => _levelsGiven ? "given" : LiteratureRecommendation.SameCtvMargin(_protocol) ? RecommendedSource : ProtocolSource;

    private double FieldLimitMm => _protocol.SingleFieldLengthMm;

    private bool? FitsSingleField => _ptv?.FitsSingleField(FieldLimitMm);

    private static string Mm(double? mm) => mm is { } v ? Fixed(v, 1) + " mm" : "not measured (outside the geometry's measured levels)";

    private static string LevelWord(int n) => n == 1 ? "level" : "levels";

    /// <inheritdoc/>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Line("Lesion: " + SpineNotation.Format(_ctv.Lesions));
        text.Line($"CTV: {_ctv} ({_ctv.Margin}; {LevelsSource})");
        text.Line($"  levels: {Integer(_ctv.LevelCount)}");
        if (_ctv.Segments.Length > 1)
        {
            text.Line($"  segments: {Integer(_ctv.Segments.Length)}; untreated gaps: " + string.Join(", ", _ctv.GapSpans.Select((g, i) => $"{g} ({Integer(_ctv.Gaps[i])} {LevelWord(_ctv.Gaps[i])})")));
        }

        for (var i = 0; i < _ctv.Segments.Length; i++)
        {
            var segment = _ctv.Segments[i];
            var count = segment.LevelCount(_ctv.Anatomy);
            text.Line($"  segment {segment}: {Integer(count)} {LevelWord(count)}, {Mm(_segmentLengthsMm[i])}");
        }

        if (_ctv.Segments.Length > 1)
        {
            text.Line($"  length (treated levels): {Mm(_lengthMm)}; extent including gaps: {Mm(_extentMm)}");
        }

        foreach (var clamp in _ctv.Clamps)
        {
            text.Line($"  clamped: {Integer(clamp.MissingLevels)} {LevelWord(clamp.MissingLevels)} {(clamp.Side == CtvClampSide.Cranial ? "above" : "below")} {clamp.Lesion} do not exist ({(clamp.Side == CtvClampSide.Cranial ? "C1" : "coccyx")} reached)");
        }

        text.Line();
        if (_ptv is { } ptv)
        {
            text.Line($"PTV: margin {ptv.Margin}");
            text.Line($"  length: {Fixed(ptv.PtvLengthMm, 1)} mm (superior margin + CTV extent {Fixed(ptv.CtvExtentMm, 1)} mm + inferior margin)");
            text.Line($"  superior border: {ptv.SuperiorBorder}");
            text.Line($"  inferior border: {ptv.InferiorBorder}");
            text.Line($"  single field ({Number(FieldLimitMm)} mm): {(FitsSingleField == true ? "fits" : "does not fit: consider two fields with a junction")}");
        }
        else
        {
            var range = $"protocol range {Number(_protocol.PtvMarginMinMm)}-{Number(_protocol.PtvMarginMaxMm)} mm";
            var source = LiteratureRecommendation.SamePtvMargin(_protocol)
                ? range + ", cailleteau2023"
                : range + "; cailleteau2023 recommends " + LiteratureRecommendation.PtvMarginText("-");
            var give = _marginOptionName is null ? "give a PTV margin in mm" : "give " + _marginOptionName + " MM";
            text.Line($"PTV: not computed: {give} ({source}) for its length and borders");
        }

        if (_coverage is { } coverage)
        {
            text.Line();
            text.Line("Treated span(s): " + SpineNotation.Format(coverage.TreatedSpans));
            foreach (var lesion in coverage.Lesions)
            {
                var state = lesion.IsCovered
                    ? $"covered, {Integer(lesion.MarginLevelsAbove)} {LevelWord(lesion.MarginLevelsAbove)} above and {Integer(lesion.MarginLevelsBelow)} below; {(lesion.MeetsMargin(_ctv.Margin) ? "meets" : "does NOT meet")} the CTV margin"
                    : "NOT covered: untreated " + string.Join(", ", lesion.UncoveredLevels);
                text.Line($"  lesion {lesion.Lesion}: {state}");
            }
        }

        text.Line();
        text.Line($"Geometry: {_geometry.Source}{(_geometry.IsEstimate ? string.Empty : " (measured)")}");
        if (_geometryNote is not null)
        {
            text.Line("Note: " + _geometryNote);
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToJson() => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("schemaVersion", OutputSchemas.CtvVersion);
        w.WriteString("lesionInput", _lesionText);
        WriteStrings(w, "lesions", _ctv.Lesions.Select(l => l.ToString()));
        w.WriteStartObject("ctv");
        w.WriteString("text", _ctv.ToString());
        w.WriteNumber("levelsAbove", _ctv.Margin.LevelsAbove);
        w.WriteNumber("levelsBelow", _ctv.Margin.LevelsBelow);
        w.WriteString("levelsSource", LevelsSource);
        w.WriteNumber("levelCount", _ctv.LevelCount);
        w.WriteStartArray("segments");
        for (var i = 0; i < _ctv.Segments.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("span", _ctv.Segments[i].ToString());
            w.WriteNumber("levelCount", _ctv.Segments[i].LevelCount(_ctv.Anatomy));
            WriteNumber(w, "lengthMm", _segmentLengthsMm[i]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("gaps");
        for (var i = 0; i < _ctv.GapSpans.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("span", _ctv.GapSpans[i].ToString());
            w.WriteNumber("levelCount", _ctv.Gaps[i]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("clamps");
        foreach (var clamp in _ctv.Clamps)
        {
            w.WriteStartObject();
            w.WriteString("lesion", clamp.Lesion.ToString());
            w.WriteString("side", clamp.Side == CtvClampSide.Cranial ? "cranial" : "caudal");
            w.WriteNumber("missingLevels", clamp.MissingLevels);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteNumber(w, "lengthMm", _lengthMm);
        WriteNumber(w, "extentMm", _extentMm);
        w.WriteEndObject();

        if (_ptv is { } ptv)
        {
            w.WriteStartObject("ptv");
            WriteNumber(w, "marginSuperiorMm", ptv.Margin.SuperiorMm);
            WriteNumber(w, "marginInferiorMm", ptv.Margin.InferiorMm);
            WriteNumber(w, "marginRadialMm", ptv.Margin.RadialMm);
            WriteNumber(w, "lengthMm", ptv.PtvLengthMm);
            WriteBorder(w, "superiorBorder", ptv.SuperiorBorder);
            WriteBorder(w, "inferiorBorder", ptv.InferiorBorder);
            WriteNumber(w, "singleFieldLimitMm", FieldLimitMm);
            w.WriteBoolean("fitsSingleField", FitsSingleField == true);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("ptv");
        }

        if (_coverage is { } coverage)
        {
            w.WriteStartObject("coverage");
            WriteStrings(w, "treated", coverage.TreatedSpans.Select(s => s.ToString()));
            w.WriteBoolean("coversAllLesions", coverage.CoversAllLesions);
            w.WriteStartArray("lesions");
            foreach (var lesion in coverage.Lesions)
            {
                w.WriteStartObject();
                w.WriteString("lesion", lesion.Lesion.ToString());
                w.WriteBoolean("covered", lesion.IsCovered);
                WriteStrings(w, "uncoveredLevels", lesion.UncoveredLevels.Select(l => l.ToString()));
                w.WriteNumber("marginLevelsAbove", lesion.MarginLevelsAbove);
                w.WriteNumber("marginLevelsBelow", lesion.MarginLevelsBelow);
                w.WriteBoolean("meetsCtvMargin", lesion.MeetsMargin(_ctv.Margin));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("coverage");
        }

        w.WriteStartObject("geometry");
        w.WriteString("source", _geometry.Source);
        w.WriteBoolean("isEstimate", _geometry.IsEstimate);
        WriteText(w, "note", _geometryNote);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <inheritdoc/>
    public string ToCsv() =>
        CsvLine("lesion", "ctv", "ctv_levels_above", "ctv_levels_below", "ctv_levels_source", "ctv_level_count", "ctv_segments", "ctv_length_mm", "ctv_extent_mm",
                "ptv_margin_superior_mm", "ptv_margin_inferior_mm", "ptv_margin_radial_mm", "ptv_length_mm", "ptv_superior_border", "ptv_inferior_border", "fits_single_field",
                "treated", "covers_all_lesions", "geometry_is_estimate")
        + CsvLine(
            SpineNotation.Format(_ctv.Lesions), _ctv.ToString(), Integer(_ctv.Margin.LevelsAbove), Integer(_ctv.Margin.LevelsBelow), LevelsSource,
            Integer(_ctv.LevelCount), Integer(_ctv.Segments.Length), Optional(_lengthMm), Optional(_extentMm),
            Optional(_ptv?.Margin.SuperiorMm), Optional(_ptv?.Margin.InferiorMm), Optional(_ptv?.Margin.RadialMm), Optional(_ptv?.PtvLengthMm),
            _ptv?.SuperiorBorder.ToString(), _ptv?.InferiorBorder.ToString(), FitsSingleField is { } fits ? Boolean(fits) : string.Empty,
            _coverage is null ? string.Empty : SpineNotation.Format(_coverage.TreatedSpans),
            _coverage is null ? string.Empty : Boolean(_coverage.CoversAllLesions),
            Boolean(_geometry.IsEstimate));

    private static void WriteBorder(Utf8JsonWriter w, string name, BorderPosition border)
    {
        w.WriteStartObject(name);
        w.WriteString("text", border.ToString());
        w.WriteString("location", ReportFacts.LocationName(border.Location));
        if (border.Level is { } level)
        {
            w.WriteString("level", level.ToString());
        }
        else
        {
            w.WriteNull("level");
        }

        WriteNumber(w, "positionMm", border.PositionMm);
        WriteNumber(w, "mmBelowTopOfLevel", border.MillimetresBelowTop);
        WriteNumber(w, "mmBeyondEdge", border.MillimetresBeyond);
        w.WriteEndObject();
    }
}
