using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Radiobiology;
using EmhRt.Planning;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Reporting;

/// <summary>Builds the text report line by line (see <see cref="PlanTextReport"/>).</summary>
internal sealed class TextReportWriter
{
    private const int Indent = 3;
    private const int LabelWidth = 11;
    private const int MaxRun = 12;
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    private readonly TextWriter _writer;
    private readonly PlanAssessment _a;
    private readonly ToolIdentity _tool;
    private readonly bool _color;
    private readonly int _width;
    private readonly bool _brief;
    private readonly List<string> _citations = [];

    public TextReportWriter(TextWriter writer, PlanAssessment assessment, ToolIdentity tool, TextReportOptions options)
    {
        _writer = writer;
        _a = assessment;
        _tool = tool;
        _color = options.UseColor;
        _width = options.Width;
        _brief = options.Brief;
    }

    public void Write()
    {
        Verdict();
        Header();
        Volumes();
        if (_brief)
        {
            Blank();
            Radiobiology();
            Blank();
            BriefFindings();
            return;
        }

        Blank();
        SpineDiagram();
        Blank();
        Radiobiology();
        Blank();
        Cord();
        if (_a.Schedule is not null)
        {
            Blank();
            Schedule(_a.Schedule);
        }

        if (_a.Reirradiation is not null)
        {
            Blank();
            Reirradiation();
        }

        Blank();
        OrgansSection();
        Blank();
        FindingsSection();
        Blank();
        LiteratureSection();
        Blank();
        References();
    }

    // ---- sections ----------------------------------------------------------------------------------------------

    private void Verdict()
    {
        var highest = _a.HighestSeverity;
        var style = highest is { } h && h != Severity.Info ? SeverityColor(h) : Bold;
        var lines = Wrap(VerdictText.Line(_a), _width, _width - 2);
        for (var i = 0; i < lines.Count; i++)
        {
            Line((i == 0 ? string.Empty : "  ") + Styled(style, lines[i]));
        }
    }

    private void BriefFindings()
    {
        Line(Styled(Bold, "Findings"));
        if (_a.Findings.IsEmpty)
        {
            Line("   none");
            return;
        }

        foreach (var finding in _a.Findings)
        {
            var head = "   " + Pad(SeverityText.Format(finding.Severity).ToUpperInvariant(), 8) + finding.Code + "  ";
            Line(head + OneLine(finding.Message, _width - head.Length));
        }
    }

    /// <summary>The first sentence of <paramref name="message"/>, cut with "…" to <paramref name="width"/> characters.</summary>
    internal static string OneLine(string message, int width)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end > 0 ? message[..(end + 1)] : message;
        width = Math.Max(10, width);
        return sentence.Length <= width ? sentence : sentence[..(width - 1)].TrimEnd() + "…";
    }

    private void Header()
    {
        var sha = _a.Protocol.Sha256;
        Line(Styled(Bold, Inv($"{_tool.Name} {_tool.Version} · protocol {_a.Protocol.Id} {_a.Protocol.Version} · sha256 {sha[..Math.Min(12, sha.Length)]}")));
        Line("Decision support only — does not replace clinical judgement.");
        Blank();
    }

    private void Volumes()
    {
        var a = _a;
        Labelled("Lesion", SpineNotation.Format(a.Request.Lesions));

        var ctv = a.Ctv;
        ReportFacts.CtvLengths(a, out var lengthMm, out var extentMm);
        var text = new StringBuilder();
        text.Append(ctv.ToString()).Append(Inv($": {ctv.LevelCount} level{Plural(ctv.LevelCount)}, margin {a.CtvMargin}"));
        if (a.CtvMargin == CtvLevelMargin.Recommended)
        {
            text.Append(" (").Append(Cite(Bibliography.Cailleteau2023)).Append(')');
        }

        if (lengthMm is { } length)
        {
            text.Append(Inv($", length {length:0.0} mm"));
            if (extentMm is { } extent && ctv.Segments.Length > 1)
            {
                text.Append(Inv($" (extent {extent:0.0} mm)"));
            }
        }

        Labelled("CTV", text.ToString());
        if (!ctv.GapSpans.IsEmpty)
        {
            Continued(Inv($"untreated gap{Plural(ctv.GapSpans.Length)}: {SpineNotation.Format(ctv.GapSpans)}"));
        }

        if (ctv.IsClamped)
        {
            Continued(ClampText(ctv));
        }

        if (a.Geometry.IsEstimate)
        {
            Continued("lengths: population estimate (" + Cite(Bibliography.Gray1918) + ")"
                + (a.Request.Patient.Sex is null ? ", male values because no sex was given (female about " + SpineGeometry.FemaleScaleText + " times)" : string.Empty)
                + (a.Request.Patient.AgeYears is { } years && years < a.Protocol.PediatricAgeYears ? ", adult values for a child" : string.Empty)
                + "; measure on the planning CT");
        }
        else
        {
            Continued("lengths: " + a.Geometry.Source);
        }

        if (a.Ptv is { } ptv)
        {
            var m = ptv.Margin;
            Labelled("PTV", Inv($"margin superior {m.SuperiorMm:0.#} mm, inferior {m.InferiorMm:0.#} mm, radial {m.RadialMm:0.#} mm; length {ptv.PtvLengthMm:0.0} mm"));
            Continued("borders: superior " + ptv.SuperiorBorder + "; inferior " + ptv.InferiorBorder);
            if (ReportFacts.Fields(a, ptv) is { GapsMm.Length: > 0 } fields)
            {
                Continued(Inv($"segments {string.Join(", ", ptv.PtvSegmentLengthsMm.Select(l => Inv($"{l:0.0} mm")))}; between PTVs {string.Join(", ", fields.GapsMm.Select(g => g > 0 ? Inv($"{g:0.0} mm gap") : Inv($"{-g:0.0} mm overlap")))}; {fields.FieldLengthsMm.Length} {(fields.FieldLengthsMm.Length == 1 ? "field" : "fields")} ({string.Join(", ", fields.FieldLengthsMm.Select(l => Inv($"{l:0.0} mm")))}); envelope {fields.EnvelopeMm:0.0} mm"));
            }

            var fits = ReportFacts.FitsSingleField(a, ptv);
            Continued(Inv($"{(a.Ctv.Segments.Length > 1 ? "each field fits" : "fits")} a single {a.Protocol.SingleFieldLengthMm / 10:0.#} cm field with {a.Protocol.FieldMarginMm:0.#} mm field margin at each end (assumption): {(fits ? "yes" : "no")}"));
        }
        else
        {
            Labelled("PTV", Findings.Rules.LiteratureRecommendation.SamePtvMargin(a.Protocol)
                ? Inv($"no PTV margin given ({a.Protocol.PtvMarginMinMm:0.#}–{a.Protocol.PtvMarginMaxMm:0.#} mm recommended by the protocol, ") + Cite(Bibliography.Cailleteau2023) + ")"
                : Inv($"no PTV margin given ({a.Protocol.PtvMarginMinMm:0.#}–{a.Protocol.PtvMarginMaxMm:0.#} mm recommended by the protocol in force; ") + Cite(Bibliography.Cailleteau2023)
                    + " recommends " + Findings.Rules.LiteratureRecommendation.PtvMarginText("–") + ")");
        }

        if (a.Coverage is { } coverage)
        {
            Labelled("Treated", SpineNotation.Format(coverage.TreatedSpans));
            foreach (var lesion in coverage.Lesions)
            {
                var covered = lesion.IsCovered
                    ? Inv($"lesion {lesion.Lesion} covered, {lesion.MarginLevelsAbove} level{Plural(lesion.MarginLevelsAbove)} above, {lesion.MarginLevelsBelow} below")
                    : Inv($"lesion {lesion.Lesion} NOT covered: {string.Join(", ", lesion.UncoveredLevels)} untreated");
                Continued(covered);
            }
        }

        var r = a.Regimen;
        Labelled("Regimen", Inv($"{r.TotalDose} in {r.Fractions} fraction{Plural(r.Fractions)} of {r.DosePerFraction}"));
    }

    private static string ClampText(ClinicalTargetVolume ctv)
    {
        var sb = new StringBuilder("margin cut short: ");
        for (var i = 0; i < ctv.Clamps.Length; i++)
        {
            var clamp = ctv.Clamps[i];
            if (i > 0)
            {
                sb.Append("; ");
            }

            sb.Append(Inv($"{clamp.Lesion} {clamp.MissingLevels} level{Plural(clamp.MissingLevels)} {(clamp.Side == CtvClampSide.Cranial ? "above (at C1)" : "below (at the coccyx)")}"));
        }

        return sb.ToString();
    }

    private void SpineDiagram()
    {
        var a = _a;
        var anatomy = a.Request.Patient.Anatomy;
        var geometry = a.Geometry;
        var ptv = a.Ptv;
        var coverage = a.Coverage;

        var first = anatomy.IndexOf(a.Ctv.Segments[0].Cranial);
        var last = anatomy.IndexOf(a.Ctv.Segments[^1].Caudal);
        foreach (var lesion in a.Request.Lesions)
        {
            first = Math.Min(first, anatomy.IndexOf(lesion.Cranial));
            last = Math.Max(last, anatomy.IndexOf(lesion.Caudal));
        }

        if (coverage is not null)
        {
            foreach (var span in coverage.TreatedSpans)
            {
                first = Math.Min(first, anatomy.IndexOf(span.Cranial));
                last = Math.Max(last, anatomy.IndexOf(span.Caudal));
            }
        }

        if (ptv?.SuperiorBorder.Level is { } top)
        {
            first = Math.Min(first, anatomy.IndexOf(top));
        }

        if (ptv?.InferiorBorder.Level is { } bottom)
        {
            last = Math.Max(last, anatomy.IndexOf(bottom));
        }

        first = Math.Max(0, first - 2);
        last = Math.Min(anatomy.LevelCount - 1, last + 2);

        Line(Styled(Bold, "Spine"));
        var header = "   level  top mm  lesion  CTV" + (ptv is null ? string.Empty : "  PTV") + (coverage is null ? string.Empty : "  treated");
        Line(header);
        if (ptv is not null && ptv.SuperiorBorder.Location != BorderLocation.WithinLevel)
        {
            Line(Pad(string.Empty, 31) + "↑ PTV superior border " + ptv.SuperiorBorder);
        }

        var rows = new List<DiagramRow>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            var level = anatomy.LevelAt(i);
            var measured = geometry.Covers(level);
            var row = new DiagramRow
            {
                Level = level.ToString(),
                Top = measured ? Inv($"{geometry.TopOf(level):0.0}") : "—",
                Lesion = Contains(a.Request.Lesions, level),
                Ctv = a.Ctv.Contains(level),
                Ptv = ptv is not null && ptv.Reaches(level),
                Treated = coverage is not null && Contains(coverage.TreatedSpans, level),
                Note = BorderNote(ptv, level, compact: _width < PlanTextReport.MaxWidth),
            };
            rows.Add(row);
        }

        var start = 0;
        while (start < rows.Count)
        {
            var end = start + 1;
            while (end < rows.Count && rows[start].Note is null && rows[end].Note is null && rows[end].SameMarks(rows[start]))
            {
                end++;
            }

            var run = end - start;
            if (run > MaxRun)
            {
                DiagramLine(rows[start], ptv is not null, coverage is not null);
                DiagramLine(rows[start + 1], ptv is not null, coverage is not null);
                var hidden = rows[start + 2] with { Level = "⋮", Top = string.Empty, Note = Inv($"({run - 4} levels)") };
                DiagramLine(hidden, ptv is not null, coverage is not null);
                DiagramLine(rows[end - 2], ptv is not null, coverage is not null);
                DiagramLine(rows[end - 1], ptv is not null, coverage is not null);
            }
            else
            {
                for (var i = start; i < end; i++)
                {
                    DiagramLine(rows[i], ptv is not null, coverage is not null);
                }
            }

            start = end;
        }

        if (ptv is not null && ptv.InferiorBorder.Location != BorderLocation.WithinLevel)
        {
            Line(Pad(string.Empty, 31) + "↓ PTV inferior border " + ptv.InferiorBorder);
        }

        var legend = "   █ lesion  ▓ CTV" + (ptv is null ? string.Empty : "  ░ PTV") + (coverage is null ? string.Empty : "  │ treated") + "; top mm: ";
        legend += geometry.IsEstimate
            ? "level top below the top of C1, population estimate"
            : "level top, patient geometry";
        if (legend.Length <= _width)
        {
            Line(legend);
        }
        else
        {
            Wrapped(legend.TrimStart(), Indent, Indent + 2);
        }
    }

    private static string? BorderNote(PlanningTargetVolume? ptv, VertebralLevel level, bool compact)
    {
        if (ptv is null)
        {
            return null;
        }

        var superior = ptv.SuperiorBorder.Level == level;
        var inferior = ptv.InferiorBorder.Level == level;
        if (compact)
        {
            // Fits 80 columns next to every diagram column.
            return superior && inferior
                ? Inv($"← PTV sup./inf. {ptv.SuperiorBorder.MillimetresBelowTop:0.0}/{ptv.InferiorBorder.MillimetresBelowTop:0.0} mm below {level} top")
                : superior ? Inv($"← PTV sup. {ptv.SuperiorBorder.MillimetresBelowTop:0.0} mm below {level} top")
                : inferior ? Inv($"← PTV inf. {ptv.InferiorBorder.MillimetresBelowTop:0.0} mm below {level} top")
                : null;
        }

        if (superior && inferior)
        {
            return Inv($"← PTV borders {ptv.SuperiorBorder.MillimetresBelowTop:0.0} and {ptv.InferiorBorder.MillimetresBelowTop:0.0} mm below top of {level}");
        }

        if (superior)
        {
            return Inv($"← PTV superior border {ptv.SuperiorBorder.MillimetresBelowTop:0.0} mm below top of {level}");
        }

        return inferior ? Inv($"← PTV inferior border {ptv.InferiorBorder.MillimetresBelowTop:0.0} mm below top of {level}") : null;
    }

    private void DiagramLine(DiagramRow row, bool withPtv, bool withTreated)
    {
        // Columns: level 3-7, top mm 8-15, lesion 18-23, CTV 26-28, PTV 31-33, treated 36-42 (see the header;
        // without a PTV the treated column moves left by five).
        var sb = new StringBuilder(100);
        sb.Append("   ").Append(Pad(row.Level, 5)).Append(row.Top.PadLeft(8));
        sb.Append("  ").Append(row.Lesion ? " ████ " : "      ");
        sb.Append("  ").Append(row.Ctv ? "▓▓▓" : "   ");
        if (withPtv)
        {
            sb.Append("  ").Append(row.Ptv ? "░░░" : "   ");
        }

        if (withTreated)
        {
            sb.Append("  ").Append(row.Treated ? "   │   " : "       ");
        }

        if (row.Note is not null)
        {
            sb.Append("  ").Append(row.Note);
        }

        Line(sb.ToString().TrimEnd());
    }

    private void Radiobiology()
    {
        Line(Styled(Bold, "Biological dose") + " (linear-quadratic, " + Cite(Bibliography.Fowler1989) + ")");
        Line("   tissue           α/β       BED          EQD2  α/β source");
        foreach (var tissue in _a.Radiobiology)
        {
            var source = tissue.Source switch
            {
                "assumption" when tissue.Tissue == TissueDose.CaudaEquina => "assumption (no human α/β for the cauda equina)",
                "assumption" => _width < PlanTextReport.MaxWidth ? "assumption (no published α/β)" : "assumption (no published α/β for EMH tissue)",
                "user" => "given by the user",
                _ => Cite(tissue.Source),
            };
            // The BED in Gy at the tissue's α/β, labelled with it (Gy₁₀, Gy₂): issue 18.
            Line(Inv($"   {Pad(tissue.Tissue, 13)}{tissue.AlphaBeta.Gy,6:0.##} Gy{tissue.Bed.Gy,7:0.0} {BedUnit(tissue.AlphaBeta.Gy),-4}{tissue.Eqd2.Gy,7:0.0} Gy  {source}"));
        }
    }

    private void Cord()
    {
        var cord = _a.Cord;
        var cauda = _a.SpinalCord.Tissue == TissueDose.CaudaEquina;
        Line(Styled(Bold, cauda ? "Cauda equina" : "Spinal cord"));
        Wrapped(cord.Assumption, Indent, Indent);
        if (cauda)
        {
            Cite(Bibliography.Saifuddin1998);
            Wrapped(
                Inv($"Every irradiated level lies below the conus (protocol level {_a.Protocol.ConusLevel}; the mean tip is at the lower third of L1, range mid-T12 to L3, saifuddin1998): the canal holds the cauda equina. The points below are spinal-cord values, applied to the cauda equina as an approximation; its α/β {_a.SpinalCord.AlphaBeta} is an assumption."),
                Indent,
                Indent + 2);
        }
        var f = cord.Fractionation;
        if (cord.IsShortCourse)
        {
            // 1-5 fractions: the short-course points, compared in physical dose for the same number of fractions.
            var sahgal = cord.SahgalPoint!;
            Cite(sahgal.Citation);
            var statement = Inv($"{f.Fractions} {(f.Fractions == 1 ? "fraction" : "fractions")}: compared with the short-course cord points, not the conventional curve. Cord Dmax {f.TotalDose.Gy:0.0##} Gy in {f.Fractions}: {Relation(f.TotalDose, sahgal.MaximumCordDose)} Sahgal's {sahgal}");
            if (cord.QuantecShortCoursePoint is { } quantec)
            {
                Cite(quantec.Citation);
                statement += Inv($"; {Relation(f.TotalDose, quantec.MaximumCordDose)} QUANTEC's {quantec}");

            }

            Wrapped(statement + Inv($". LQ: EQD2 {cord.CordEqd2.Gy:0.0} Gy at α/β {cord.QuantecAlphaBeta}."), Indent, Indent + 2);
            Cite(Bibliography.Schultheiss2008);
            Wrapped(SpinalCordTolerance.ConventionalModelScope, Indent, Indent + 2);
            return;
        }

        string quantecText;
        if (cord.HighestPointReached is { } reached)
        {
            Cite(reached.Citation);
            quantecText = "reaches the QUANTEC point " + reached;
        }
        else if (cord.NextPoint is { } next)
        {
            Cite(next.Citation);
            quantecText = "below the first QUANTEC point, " + next;
        }
        else
        {
            quantecText = "no QUANTEC point";
        }

        if (cord.HighestPointReached is not null && cord.NextPoint is { } above)
        {
            Cite(above.Citation);
            quantecText += "; next " + above;
        }

        Wrapped(Inv($"EQD2 {cord.CordEqd2.Gy:0.0} Gy (α/β {cord.QuantecAlphaBeta}) against the QUANTEC points for conventional 1.8-2 Gy fractions, full cross-section: {quantecText}"), Indent, Indent + 2);
        Cite(Bibliography.Schultheiss2008);
        var percent = ReportFacts.ModelRiskPercent(_a)!.Value;
        // A model extrapolation: whole percent from 1 %, so the text claims no more precision than the fit has.
        var risk = percent < 0.001 ? "< 0.001 %" : percent >= 1 ? Inv($"{percent:0} %") : Inv($"{percent:0.###} %");
        Wrapped(Inv($"model-derived myelopathy risk {risk} (EQD2 {cord.ModelEqd2.Gy:0.0} Gy at α/β {cord.ModelAlphaBeta}; logistic fit of schultheiss2008 to cervical myelopathy after conventional once-daily fractions, not an observed rate)"), Indent, Indent + 2);
    }

    /// <summary><c>above</c>, <c>at</c> or <c>below</c>: a dose against a point.</summary>
    private static string Relation(Dose dose, Dose point) => dose > point ? "above" : dose == point ? "at" : "below";

    private void Schedule(TreatmentSchedule schedule)
    {
        Line(Styled(Bold, "Schedule"));
        if (schedule.StartMoved)
        {
            Line(Indented($"requested start {Day(schedule.RequestedStart)} is not a treatment day: moved to {Day(schedule.ActualStart)}"));
        }

        var interruptions = schedule.Interruptions.IsEmpty
            ? "no interruptions"
            : Inv($"{schedule.Interruptions.Length} interruption{Plural(schedule.Interruptions.Length)} (×)");
        Wrapped(
            Inv($"{Day(schedule.ActualStart)} to {Day(schedule.EndDate)}: {schedule.Sessions.Length} fractions, {schedule.OverallTreatmentTimeDays} days overall (over {schedule.WeeksSpanned} calendar week{Plural(schedule.WeeksSpanned)}), {interruptions}"),
            Indent,
            Indent + 2);
        Line("   week of      Mo Tu We Th Fr Sa Su   fractions  cumulative");

        var sessions = schedule.Sessions;
        var interrupted = new HashSet<DateOnly>(schedule.Interruptions);
        var monday = schedule.ActualStart.AddDays(-(((int)schedule.ActualStart.DayOfWeek + 6) % 7));
        var index = 0;
        while (index < sessions.Length)
        {
            var sb = new StringBuilder(80);
            sb.Append("   ").Append(IsoDate.Format(monday)).Append("   ");
            var firstInWeek = index;
            for (var d = 0; d < 7; d++)
            {
                var date = monday.AddDays(d);
                string mark;
                if (index < sessions.Length && sessions[index].Date == date)
                {
                    mark = "■";
                    index++;
                }
                else if (date < schedule.ActualStart || date > schedule.EndDate)
                {
                    mark = " ";
                }
                else
                {
                    mark = interrupted.Contains(date) ? "×" : "·";
                }

                sb.Append("  ").Append(mark);
            }

            if (index > firstInWeek)
            {
                var range = index - firstInWeek == 1
                    ? sessions[firstInWeek].Number.ToString(CultureInfo.InvariantCulture)
                    : Inv($"{sessions[firstInWeek].Number}–{sessions[index - 1].Number}");
                sb.Append("   ").Append(Pad(range, 9)).Append(Inv($"{sessions[index - 1].CumulativeDose.Gy,8:0.##} Gy"));
            }

            Line(sb.ToString().TrimEnd());
            monday = monday.AddDays(7);
        }

        if (!schedule.Interruptions.IsEmpty)
        {
            Wrapped("skipped holidays: " + string.Join(", ", schedule.Interruptions.Select(IsoDate.Format)), Indent, Indent + 2);
        }
    }

    private void Reirradiation()
    {
        var re = _a.Reirradiation!;
        var p = _a.Protocol;
        Line(Styled(Bold, "Re-irradiation") + " (" + Cite(Bibliography.Nieder2006) + ", cord BED in Gy₂ = at α/β 2 Gy, the unit of its limits)");
        foreach (var course in re.Courses)
        {
            var f = course.Fractionation;
            var measured = course.CordDoseMeasured ? " (measured cord Dmax)" : string.Empty;
            Line(course.IsCurrent
                ? Inv($"   this course   {IsoDate.Format(course.Date)}  {f.ToShortString()}{measured}")
                : Inv($"   prior course  {IsoDate.Format(course.Date)}  {Pad(f.ToShortString(), 12)}{course.IntervalMonths} months before, counted {course.RetainedFraction * 100:0.#} %{measured}{(course.SharesLevelWithCurrent ? string.Empty : "; shares no level with this course: not re-irradiation")}"));
        }

        var maxAt = re.MaximumCumulativeBedLevelIndex is { } at ? " at " + _a.LevelAt(at) + " in the " + ReportFacts.LevelTissue(re, at) : string.Empty;
        var bed = re.MaximumCumulativeBed.Gy;
        var largest = re.LargestSingleCourseBed.Gy;
        var cumulative = bed <= p.ReirradiationCumulativeBedCautionGy2
            ? Inv($"≤ {p.ReirradiationCumulativeBedCautionGy2:0.#####} Gy₂: no myelopathy reported")
            : bed <= p.ReirradiationCumulativeBedWarningGy2
                ? Inv($"> {p.ReirradiationCumulativeBedCautionGy2:0.#####} Gy₂, ≤ {p.ReirradiationCumulativeBedWarningGy2:0.#####} Gy₂: risk appears small")
                : Inv($"> {p.ReirradiationCumulativeBedWarningGy2:0.#####} Gy₂: beyond the reported experience");
        var interval = re.ShortestIntervalMonths is { } shortest
            ? Inv($"shortest interval between courses on shared levels {shortest} months ({(shortest >= p.ReirradiationMinIntervalMonths ? "≥" : "<")} {p.ReirradiationMinIntervalMonths:0.#####})")
            : "no earlier course shares a level with this course";
        Wrapped(
            Inv($"cumulative cord BED max {bed:0.0} Gy₂{maxAt} ({cumulative}){AtLevelAlphaBeta(re)}; largest single-course BED {largest:0.0} Gy₂ ({(largest <= p.ReirradiationCourseBedLimitGy2 ? "≤" : ">")} {p.ReirradiationCourseBedLimitGy2:0.#####} Gy₂); {interval}"),
            Indent,
            Indent + 2);
        if (!re.FullOverlapAssumed)
        {
            Line(Indented($"re-irradiated levels: {LevelsText(re.ReirradiatedLevelIndices)}; new levels: {LevelsText(re.NewLevelIndices)}"));
        }

        foreach (var note in re.Notes)
        {
            Wrapped(note, Indent, Indent + 2);
        }
    }

    /// <summary>
    /// Organs that usually lie next to the irradiated levels, each with the threshold to check its dose against and whether
    /// the prescription could reach it (a worst case), and the active-marrow share (clinical-facts-organs §2, §2.12).
    /// </summary>
    private void OrgansSection()
    {
        var organs = _a.OrgansAtRisk;
        Line(Styled(Bold, "Organs at risk") + " (check each dose in the planning system)");
        Wrapped(Inv($"irradiated levels {organs.IrradiatedLevels}: about {organs.ActiveMarrow.Percent:0.#} % of the body's active marrow ({Cite(Bibliography.Hayman2011)}, adult population data, spread evenly per level)"), Indent, Indent + 2);
        if (organs.Organs.IsEmpty)
        {
            Line(Indented($"no organ of the protocol's list lies next to these levels"));
        }

        foreach (var organ in organs.Organs)
        {
            var reach = organ.CouldReach switch
            {
                true => Inv($"could reach {organ.ThresholdGy:0.##} Gy ({_a.OrgansAtRiskShortComparison(organ)})"),
                false => Inv($"would not reach {organ.ThresholdGy:0.##} Gy ({_a.OrgansAtRiskShortComparison(organ)})"),
                null => "no threshold cited",
            };
            var note = organ.Note is null ? string.Empty : "; " + organ.Note;
            Wrapped(
                Inv($"{organ.Name}: levels {organ.IrradiatedLevels} (usual {organ.UsualLevels}, {organ.LevelEvidence}){note}; {reach}"),
                Indent,
                Indent + 2);
        }

        foreach (var measured in organs.MeasuredDoses)
        {
            Wrapped("measured " + measured.Describe(), Indent, Indent + 2);
        }
    }

    /// <summary>
    /// The maximum level's sum at its own cord α/β when that is not 2 Gy (e.g. <c>; 101.3 Gy₄ at α/β 4 Gy, not compared
    /// with the limits</c>), or empty.
    /// </summary>
    private static string AtLevelAlphaBeta(Reirradiation.ReirradiationAssessment re)
    {
        if (re.MaximumCumulativeBedLevelIndex is not { } index)
        {
            return string.Empty;
        }

        foreach (var level in re.Levels)
        {
            if (level.LevelIndex == index && level.AlphaBeta.Gy != 2)
            {
                return Inv($"; {level.CumulativeBed.Gy:0.0} {BedUnit(level.AlphaBeta.Gy)} at the {(level.IsCaudaEquina ? TissueDose.CaudaEquina : "cord")} α/β {level.AlphaBeta.Gy:0.##} Gy used above, not compared with these limits");
            }
        }

        return string.Empty;
    }


    /// <summary>Gy with the α/β as subscript (Gy₂, Gy₁₀), or "Gy (α/β x Gy)" when it is not a whole number (<see cref="BedUnitText"/>).</summary>
    private static string BedUnit(double alphaBeta) => BedUnitText.Format(alphaBeta);

    private static string Within(bool within, string yes, string no) => within ? yes : no;

    private string LevelsText(ImmutableArray<int> indices)
    {
        if (indices.IsDefaultOrEmpty)
        {
            return "none";
        }

        var spans = new List<VertebralSpan>();
        var start = indices[0];
        var previous = start;
        for (var i = 1; i <= indices.Length; i++)
        {
            if (i < indices.Length && indices[i] == previous + 1)
            {
                previous = indices[i];
                continue;
            }

            spans.Add(VertebralSpan.Create(_a.LevelAt(start), _a.LevelAt(previous)));
            if (i < indices.Length)
            {
                start = previous = indices[i];
            }
        }

        return SpineNotation.Format(spans);
    }

    private void FindingsSection()
    {
        var counts = new int[3];
        foreach (var finding in _a.Findings)
        {
            counts[(int)finding.Severity]++;
        }

        Line(Styled(Bold, "Findings") + Inv($": {counts[2]} warning{Plural(counts[2])}, {counts[1]} caution{Plural(counts[1])}, {counts[0]} info"));
        if (_a.Findings.IsEmpty)
        {
            Line("   none");
            return;
        }

        foreach (var severity in (ReadOnlySpan<Severity>)[Severity.Warning, Severity.Caution, Severity.Info])
        {
            foreach (var finding in _a.Findings)
            {
                if (finding.Severity != severity)
                {
                    continue;
                }

                var label = SeverityText.Format(severity).ToUpperInvariant();
                Line("   " + Styled(SeverityColor(severity), Pad(label, 8)) + Styled(Bold, finding.Code));
                var text = new StringBuilder(finding.Message);
                if (!finding.Citations.IsEmpty)
                {
                    text.Append(" [");
                    for (var i = 0; i < finding.Citations.Length; i++)
                    {
                        text.Append(i == 0 ? string.Empty : ", ").Append(Cite(finding.Citations[i]));
                    }

                    text.Append(']');
                }

                Wrapped(text.ToString(), Indent + 8, Indent + 8);
            }
        }
    }

    private void LiteratureSection()
    {
        var literature = _a.Literature;
        Line(Styled(Bold, "Literature") + Inv($" (published EMH radiotherapy cases, EQD2 at α/β {literature.AlphaBetaGy:0.##} Gy)"));
        Wrapped(literature.Summary, Indent, Indent);
    }

    private void References()
    {
        Line(Styled(Bold, "References"));
        foreach (var key in _citations)
        {
            var reference = Bibliography.TryGet(key, out var citation) ? citation.Reference : "(reference not in the bibliography)";
            Wrapped("[" + key + "] " + reference, Indent, Indent + 2);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private string Cite(string key)
    {
        if (!_citations.Contains(key))
        {
            _citations.Add(key);
        }

        return key;
    }

    private static bool Contains(ImmutableArray<VertebralSpan> spans, VertebralLevel level)
    {
        foreach (var span in spans)
        {
            if (span.Contains(level))
            {
                return true;
            }
        }

        return false;
    }

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Warning => Red,
        Severity.Caution => Yellow,
        _ => Cyan,
    };

    private string Styled(string style, string text) => _color ? style + text + Reset : text;

    private static string Day(DateOnly date) => IsoDate.Format(date) + " (" + DayNames[(int)date.DayOfWeek] + ")";

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static string Indented(FormattableString text) => "   " + Inv(text);

    private static string Pad(string text, int width) => text.PadRight(width);


    private void Labelled(string label, string text) => Wrapped(text, LabelWidth, LabelWidth, Styled(Bold, label), label.Length);

    private void Continued(string text) => Wrapped(text, LabelWidth, LabelWidth + 2);

    private void Blank() => _writer.Write('\n');

    private void Line(string text)
    {
        _writer.Write(text);
        _writer.Write('\n');
    }

    /// <summary>Word-wraps plain text to the report's width with the given indents.</summary>
    private void Wrapped(string text, int firstIndent, int restIndent, string? label = null, int labelLength = 0)
    {
        var lines = Wrap(text, _width - firstIndent, _width - restIndent);
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = i == 0 ? firstIndent : restIndent;
            if (i == 0 && label is not null)
            {
                Line(label + new string(' ', indent - labelLength) + lines[i]);
            }
            else
            {
                Line(new string(' ', indent) + lines[i]);
            }
        }
    }

    /// <summary>
    /// The words of <paramref name="text"/> for wrapping: a number and the unit after it ("20 Gy", "15.6 Gy₂",
    /// "10 mm", "17.3 %", "120 cc") are one word, so a line never ends with a number whose unit starts the next.
    /// </summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count > 0 && IsUnit(raw) && EndsWithDigit(words[^1]))
            {
                words[^1] = words[^1] + " " + raw;
            }
            else
            {
                words.Add(raw);
            }
        }

        return words;
    }

    private static bool EndsWithDigit(string word) => word.Length > 0 && char.IsAsciiDigit(word[^1]);

    private static bool IsUnit(string word) =>
        word.StartsWith("Gy", StringComparison.Ordinal)
        || word.StartsWith("cGy", StringComparison.Ordinal)
        || word.StartsWith("mm", StringComparison.Ordinal)
        || word.StartsWith("cc", StringComparison.Ordinal)
        || word.StartsWith('%');

    internal static List<string> Wrap(string text, int firstWidth, int restWidth)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var width = firstWidth;
        foreach (var word0 in Words(text))
        {
            var word = word0;
            while (true)
            {
                var needed = current.Length == 0 ? word.Length : current.Length + 1 + word.Length;
                if (needed <= width)
                {
                    if (current.Length > 0)
                    {
                        current.Append(' ');
                    }

                    current.Append(word);
                    break;
                }

                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                    width = restWidth;
                    continue;
                }

                // A single word longer than the line: hard break.
                lines.Add(word[..width]);
                word = word[width..];
                width = restWidth;
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    private sealed record DiagramRow
    {
        public required string Level { get; init; }

        public required string Top { get; init; }

        public bool Lesion { get; init; }

        public bool Ctv { get; init; }

        public bool Ptv { get; init; }

        public bool Treated { get; init; }

        public string? Note { get; init; }

        public bool SameMarks(DiagramRow other) =>
            Lesion == other.Lesion && Ctv == other.Ctv && Ptv == other.Ptv && Treated == other.Treated;
    }
}
