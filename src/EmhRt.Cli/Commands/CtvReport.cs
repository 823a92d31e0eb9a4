using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using EmhRt.Protocol;
using EmhRt.Reporting;
using EmhRt.Spine;
using EmhRt.Volumes;
using static EmhRt.Cli.ReportText;

namespace EmhRt.Cli;

/// <summary>Formats the outcome of <c>emhrt ctv</c> as text, JSON or CSV. Lengths are the library's.</summary>
internal sealed class CtvReport : ICommandReport
{
    private readonly string _lesionText;
    private readonly ImmutableArray<VertebralSpan> _lesions;
    private readonly ClinicalTargetVolume _ctv;
    private readonly bool _levelsGiven;
    private readonly SpineGeometry _geometry;
    private readonly string? _geometryNote;
    private readonly PlanningTargetVolume? _ptv;
    private readonly double _fieldLimitMm;
    private readonly TreatedSpanCoverage? _coverage;
    private readonly double?[] _segmentLengthsMm;

    public CtvReport(
        string lesionText,
        ImmutableArray<VertebralSpan> lesions,
        ClinicalTargetVolume ctv,
        bool levelsGiven,
        SpineGeometry geometry,
        string? geometryNote,
        PlanningTargetVolume? ptv,
        double fieldLimitMm,
        TreatedSpanCoverage? coverage)
    {
        _lesionText = lesionText;
        _lesions = lesions;
        _ctv = ctv;
        _levelsGiven = levelsGiven;
        _geometry = geometry;
        _geometryNote = geometryNote;
        _ptv = ptv;
        _fieldLimitMm = fieldLimitMm;
        _coverage = coverage;
        _segmentLengthsMm = [.. ctv.Segments.Select(s => geometry.TryGetLength(s, out double mm) ? mm : (double?)null)];
    }

    private string LevelsSource => _levelsGiven ? "given" : "recommended, cailleteau2023";

    private double? CtvLengthMm => _segmentLengthsMm.All(l => l is not null) ? _segmentLengthsMm.Sum() : null;

    private double? CtvExtentMm => _geometry.TryGetLength(_ctv.Extent, out double mm) ? mm : null;

    private bool? FitsSingleField => _ptv?.FitsSingleField(_fieldLimitMm);

    private static string Mm(double? mm) => mm is { } v ? Fixed(v, 1) + " mm" : "not measured (outside the geometry's measured levels)";

    private static string LevelWord(int n) => n == 1 ? "level" : "levels";

    public string ToText()
    {
        var text = new StringBuilder();
        text.Line("Lesion: " + SpineNotation.Format(_lesions));
        text.Line($"CTV: {_ctv} ({_ctv.Margin}; {LevelsSource})");
        text.Line($"  levels: {Integer(_ctv.LevelCount)}");
        if (_ctv.Segments.Length > 1)
        {
            text.Line($"  segments: {Integer(_ctv.Segments.Length)}; untreated gaps: " + string.Join(", ", _ctv.GapSpans.Select((g, i) => $"{g} ({Integer(_ctv.Gaps[i])} {LevelWord(_ctv.Gaps[i])})")));
        }

        for (int i = 0; i < _ctv.Segments.Length; i++)
        {
            var segment = _ctv.Segments[i];
            int count = segment.LevelCount(_ctv.Anatomy);
            text.Line($"  segment {segment}: {Integer(count)} {LevelWord(count)}, {Mm(_segmentLengthsMm[i])}");
        }

        if (_ctv.Segments.Length > 1)
        {
            text.Line($"  length (treated levels): {Mm(CtvLengthMm)}; extent including gaps: {Mm(CtvExtentMm)}");
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
            text.Line($"  single field ({Number(_fieldLimitMm)} mm): {(FitsSingleField == true ? "fits" : "does not fit: consider two fields with a junction")}");
        }
        else
        {
            var protocol = EmhProtocol.Default;
            text.Line($"PTV: not computed: give --margin MM (protocol range {Number(protocol.PtvMarginMinMm)}-{Number(protocol.PtvMarginMaxMm)} mm, cailleteau2023) for its length and borders");
        }

        if (_coverage is { } coverage)
        {
            text.Line();
            text.Line("Treated span(s): " + SpineNotation.Format(coverage.TreatedSpans));
            foreach (var lesion in coverage.Lesions)
            {
                string state = lesion.IsCovered
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

    public string ToJson() => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("schemaVersion", OutputSchemas.CtvVersion);
        w.WriteString("lesionInput", _lesionText);
        WriteStrings(w, "lesions", _lesions.Select(l => l.ToString()));
        w.WriteStartObject("ctv");
        w.WriteString("text", _ctv.ToString());
        w.WriteNumber("levelsAbove", _ctv.Margin.LevelsAbove);
        w.WriteNumber("levelsBelow", _ctv.Margin.LevelsBelow);
        w.WriteString("levelsSource", LevelsSource);
        w.WriteNumber("levelCount", _ctv.LevelCount);
        w.WriteStartArray("segments");
        for (int i = 0; i < _ctv.Segments.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("span", _ctv.Segments[i].ToString());
            w.WriteNumber("levelCount", _ctv.Segments[i].LevelCount(_ctv.Anatomy));
            WriteNumber(w, "lengthMm", _segmentLengthsMm[i]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("gaps");
        for (int i = 0; i < _ctv.GapSpans.Length; i++)
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
        WriteNumber(w, "lengthMm", CtvLengthMm);
        WriteNumber(w, "extentMm", CtvExtentMm);
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
            WriteNumber(w, "singleFieldLimitMm", _fieldLimitMm);
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
        if (_geometryNote is null)
        {
            w.WriteNull("note");
        }
        else
        {
            w.WriteString("note", _geometryNote);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    });

    public string ToCsv() =>
        CsvLine("lesion", "ctv", "ctv_levels_above", "ctv_levels_below", "ctv_levels_source", "ctv_level_count", "ctv_segments", "ctv_length_mm", "ctv_extent_mm",
                "ptv_margin_superior_mm", "ptv_margin_inferior_mm", "ptv_margin_radial_mm", "ptv_length_mm", "ptv_superior_border", "ptv_inferior_border", "fits_single_field",
                "treated", "covers_all_lesions", "geometry_is_estimate")
        + CsvLine(
            SpineNotation.Format(_lesions), _ctv.ToString(), Integer(_ctv.Margin.LevelsAbove), Integer(_ctv.Margin.LevelsBelow), LevelsSource,
            Integer(_ctv.LevelCount), Integer(_ctv.Segments.Length), Opt(CtvLengthMm), Opt(CtvExtentMm),
            Opt(_ptv?.Margin.SuperiorMm), Opt(_ptv?.Margin.InferiorMm), Opt(_ptv?.Margin.RadialMm), Opt(_ptv?.PtvLengthMm),
            _ptv?.SuperiorBorder.ToString(), _ptv?.InferiorBorder.ToString(), FitsSingleField is { } fits ? (fits ? "true" : "false") : string.Empty,
            _coverage is null ? string.Empty : SpineNotation.Format(_coverage.TreatedSpans),
            _coverage is null ? string.Empty : (_coverage.CoversAllLesions ? "true" : "false"),
            _geometry.IsEstimate ? "true" : "false");

    private static string Opt(double? value) => value is { } v ? Number(v) : string.Empty;

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
