using EmhRt.Doses;
using EmhRt.Planning;
using EmhRt.Reporting;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Tests.Reporting.CommandReports;

/// <summary>
/// The levels a PTV reaches are one rule (<see cref="PlanningTargetVolume.ReachedSpans"/>): the text report's spine
/// diagram marks exactly those levels, the HTML diagram draws each segment's PTV over exactly its span, and the organ
/// scan (the assessment's irradiated levels) covers exactly their union. Checked on real lesion patterns, margins and
/// anatomies, against an independent oracle (a level is reached when it overlaps a segment's PTV in mm).
/// </summary>
public class PtvReachAgreementTests
{
    public static TheoryData<string, double, double, int, int, Sex> Plans => new()
    {
        { "T5-T8", 10, 10, 12, 5, Sex.Male }, // seed 003 (actabiomed2017)
        { "T2-S1", 20, 20, 12, 5, Sex.Male }, // seed 002 (cailleteau2023): PTV beyond the measured range
        { "T5-T6, L3-L4", 10, 10, 12, 5, Sex.Male }, // a gap of 6 levels that neither segment's PTV reaches
        { "T5-T6, T10-T11", 20, 20, 12, 5, Sex.Female }, // a 2-level gap the 20 mm margins bridge from both sides
        { "T4-T5, T9-T10", 0, 0, 12, 5, Sex.Male }, // zero margin: borders exactly on level boundaries
        { "C2-C3", 15, 5, 12, 5, Sex.Male }, // superior margin beyond C1
        { "T11-L2", 5, 5, 13, 4, Sex.Female }, // 13 thoracic, 4 lumbar vertebrae
        { "T11-L3, S2-S3", 7.5, 12.5, 11, 6, Sex.Male }, // 11 thoracic, 6 lumbar, anisotropic margin
    };

    private static PlanAssessment Assess(string lesions, double superiorMm, double inferiorMm, int thoracic, int lumbar, Sex sex)
    {
        var anatomy = SpineAnatomy.Create(thoracic, lumbar);
        return PlanAssessor.Default.Assess(new PlanRequest
        {
            Lesions = SpineNotation.ParseSpans(lesions, anatomy).Value,
            Regimen = Fractionation.FromTotalDose(Dose.FromGy(20), 10),
            PtvMargin = PtvMargin.Create(superiorMm, inferiorMm, 10),
            Patient = new PatientDetails { Sex = sex, Anatomy = anatomy },
        });
    }

    /// <summary>The oracle: levels whose [top, bottom] overlaps the open interval of some segment's PTV.</summary>
    private static bool Overlaps(SpineGeometry geometry, VertebralLevel level, double topMm, double bottomMm) =>
        geometry.Covers(level) && geometry.TopOf(level) < bottomMm && geometry.BottomOf(level) > topMm;

    [Theory]
    [MemberData(nameof(Plans))]
    public void Reached_spans_are_the_levels_each_segments_ptv_overlaps(string lesions, double sup, double inf, int thoracic, int lumbar, Sex sex)
    {
        var a = Assess(lesions, sup, inf, thoracic, lumbar, sex);
        var ptv = a.Ptv!;
        var anatomy = a.Geometry.Anatomy;
        Assert.Equal(a.Ctv.Segments.Length, ptv.ReachedSpans.Length);
        for (var s = 0; s < ptv.ReachedSpans.Length; s++)
        {
            // The HTML diagram draws this bar for segment s.
            double top = ptv.PtvSegmentTopsMm[s], bottom = top + ptv.PtvSegmentLengthsMm[s];
            for (var i = 0; i < anatomy.LevelCount; i++)
            {
                var level = anatomy.LevelAt(i);
                var oracle = sup == 0 && inf == 0
                    ? a.Ctv.Segments[s].Contains(level)
                    : Overlaps(a.Geometry, level, top, bottom);
                Assert.True(oracle == ptv.ReachedSpans[s].Contains(level), $"segment {s}, {level}: oracle {oracle}, reach {ptv.ReachedSpans[s]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Text_diagram_marks_exactly_the_reached_levels(string lesions, double sup, double inf, int thoracic, int lumbar, Sex sex)
    {
        var a = Assess(lesions, sup, inf, thoracic, lumbar, sex);
        var lines = PlanTextReport.ToText(a, ReportingCases.Tool, useColor: false).Split('\n');
        var start = Array.IndexOf(lines, "Spine") + 2;
        var checkedRows = 0;
        for (var i = start; i < lines.Length && !lines[i].StartsWith("   █ lesion", StringComparison.Ordinal); i++)
        {
            var line = lines[i];
            if (line.Length < 8 || !SpineNotation.ParseLevel(line[3..8].Trim(), a.Geometry.Anatomy).Success)
            {
                continue; // a border line above/below the spine, or the "⋮" of hidden levels
            }

            var level = SpineNotation.ParseLevel(line[3..8].Trim(), a.Geometry.Anatomy).Value;
            var marked = line.Length >= 34 && line[31..34] == "░░░";
            Assert.True(marked == a.Ptv!.Reaches(level), $"{level}: diagram {marked}, reach {a.Ptv.Reaches(level)}\n{line}");
            checkedRows++;
        }

        Assert.True(checkedRows >= 5, "diagram rows checked: " + checkedRows);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Organ_scan_irradiates_the_union_of_the_reached_spans(string lesions, double sup, double inf, int thoracic, int lumbar, Sex sex)
    {
        var a = Assess(lesions, sup, inf, thoracic, lumbar, sex);
        var anatomy = a.Geometry.Anatomy;
        var runs = new List<VertebralSpan>();
        int? first = null;
        for (var i = 0; i <= anatomy.LevelCount; i++)
        {
            var hit = i < anatomy.LevelCount && a.Ptv!.Reaches(anatomy.LevelAt(i));
            if (hit)
            {
                first ??= i;
            }
            else if (first is { } f)
            {
                runs.Add(VertebralSpan.Create(anatomy.LevelAt(f), anatomy.LevelAt(i - 1)));
                first = null;
            }
        }

        Assert.Equal(SpineNotation.Format(runs), a.OrgansAtRisk.IrradiatedLevels);
    }

    [Fact]
    public void A_gap_no_ptv_reaches_is_left_unmarked_in_the_text_diagram()
    {
        // T5-T6 and L3-L4: CTV T4-T7 and L2-L5; 10 mm margins reach T3-T8 and L1-S1, never T9-T12.
        var a = Assess("T5-T6, L3-L4", 10, 10, 12, 5, Sex.Male);
        Assert.Equal(["T3-T8", "L1-S1"], a.Ptv!.ReachedSpans.Select(s => s.ToString()));
        var text = PlanTextReport.ToText(a, ReportingCases.Tool, useColor: false);
        Assert.Contains(text.Split('\n'), l => l.StartsWith("   T10", StringComparison.Ordinal) && !l.Contains('░', StringComparison.Ordinal));
    }
}
