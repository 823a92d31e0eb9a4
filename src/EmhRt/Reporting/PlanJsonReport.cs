using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EmhRt.Findings;
using EmhRt.Literature;
using EmhRt.Organs;
using EmhRt.Planning;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Reporting;

/// <summary>
/// Writes a <see cref="PlanAssessment"/> as one JSON object (camelCase names, invariant numbers, ISO dates), for
/// <c>emhrt plan --format json</c> and the JSON Lines output of <c>emhrt batch</c>. Written directly with
/// <see cref="Utf8JsonWriter"/>: no reflection, no intermediate objects.
/// </summary>
/// <remarks>
/// <para>Every number is rounded with <see cref="ReportNumber.Round"/> (half away from zero, 3 decimals). Doses are
/// in Gy, BED in Gy at the stated α/β, lengths and positions in mm (caudal positive, origin at the top of C1 for the
/// population geometry), intervals in days or whole months, risks in percent. Sections that do not apply are
/// <see langword="null"/>, never omitted (<c>ptv</c>, <c>treatedSpan</c>, <c>schedule</c>, <c>reirradiation</c>),
/// except <c>literature</c>, which is absent when not requested.</para>
/// <para>The document's first member is <c>schemaVersion</c> (<see cref="OutputSchemas.PlanVersion"/>); its schema is
/// <see cref="OutputSchemas.Plan"/>.</para>
/// <para>Decision support only: it does not replace clinical judgement.</para>
/// </remarks>
public static class PlanJsonReport
{
    /// <summary>
    /// Writer options for report output: the given indentation and an encoder that keeps readable non-ASCII text
    /// (α/β, en dashes) unescaped. The output is meant for files and pipes, not for embedding in HTML.
    /// </summary>
    /// <param name="indented">Whether to indent (plan output) or write one line (JSON Lines).</param>
    public static JsonWriterOptions CreateWriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = ReportJsonEncoder.Instance,
        NewLine = "\n",
    };

    /// <summary>The assessment as a JSON string.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <param name="includeLiterature">Whether to write the <c>literature</c> section (computed on first use).</param>
    /// <returns>One JSON object.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToJson(PlanAssessment assessment, ToolIdentity tool, bool indented, bool includeLiterature = true) =>
        ToJson(assessment, tool, indented, Sections(includeLiterature), writeSchemaVersion: true, writeSectionList: false);

    /// <summary>The assessment as a JSON string with only <paramref name="sections"/> (members of the other sections are absent).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <param name="sections">The sections to write (<see cref="PlanJsonSections.All"/>: the whole document).</param>
    /// <returns>One JSON object.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sections"/> is <see cref="PlanJsonSections.None"/> or holds an undefined flag.</exception>
    public static string ToJson(PlanAssessment assessment, ToolIdentity tool, bool indented, PlanJsonSections sections) =>
        ToJson(assessment, tool, indented, sections, writeSchemaVersion: true, writeSectionList: false);

    /// <summary>
    /// The assessment as a JSON string; without <paramref name="writeSchemaVersion"/> the <c>schemaVersion</c> member is
    /// left out, for a batch JSON Lines row that carries the batch-row schema's version instead.
    /// </summary>
    /// <remarks>
    /// With <paramref name="writeSectionList"/> and fewer sections than <see cref="PlanJsonSections.All"/>, the first member
    /// is <c>sections</c>, the names of the sections written (<see cref="PlanJsonSectionList.Format"/>), as a batch row has it.
    /// </remarks>
    internal static string ToJson(PlanAssessment assessment, ToolIdentity tool, bool indented, PlanJsonSections sections, bool writeSchemaVersion, bool writeSectionList)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, CreateWriterOptions(indented)))
        {
            Write(writer, assessment, tool, sections, writeSchemaVersion, writeSectionList);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the assessment as ONE JSON object at the writer's current position (a value position).</summary>
    /// <param name="writer">The writer (its options decide indentation and escaping; see <see cref="CreateWriterOptions"/>).</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="includeLiterature">
    /// Whether to write the <c>literature</c> section. It is computed on first use of
    /// <see cref="PlanAssessment.Literature"/>, which costs time in batch runs; when false the member is absent.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, PlanAssessment assessment, ToolIdentity tool, bool includeLiterature = true) =>
        Write(writer, assessment, tool, Sections(includeLiterature), writeSchemaVersion: true, writeSectionList: false);

    /// <summary>Writes the assessment as ONE JSON object with only <paramref name="sections"/>, at the writer's current position.</summary>
    /// <param name="writer">The writer (its options decide indentation and escaping; see <see cref="CreateWriterOptions"/>).</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="tool">The producing tool.</param>
    /// <param name="sections">
    /// The sections to write; the members of the others are absent. Parts of the assessment that only an absent section
    /// shows (finding messages, the literature position, the cord model, the session list) are not computed for it.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sections"/> is <see cref="PlanJsonSections.None"/> or holds an undefined flag.</exception>
    public static void Write(Utf8JsonWriter writer, PlanAssessment assessment, ToolIdentity tool, PlanJsonSections sections) =>
        Write(writer, assessment, tool, sections, writeSchemaVersion: true, writeSectionList: false);

    private static PlanJsonSections Sections(bool includeLiterature) =>
        includeLiterature ? PlanJsonSections.All : PlanJsonSections.All & ~PlanJsonSections.Literature;

    private static void Write(Utf8JsonWriter writer, PlanAssessment assessment, ToolIdentity tool, PlanJsonSections sections, bool writeSchemaVersion, bool writeSectionList)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(tool);
        if (sections == PlanJsonSections.None || (sections & ~(PlanJsonSections.All | PlanJsonSections.FindingCodes)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sections), sections, "Choose at least one defined section (PlanJsonSectionList.Parse reads a list).");
        }

        var a = assessment;

        writer.WriteStartObject();
        if (writeSchemaVersion)
        {
            writer.WriteString("schemaVersion"u8, OutputSchemas.PlanVersion);
        }

        if (writeSectionList && sections != PlanJsonSections.All)
        {
            writer.WriteStartArray("sections"u8);
            foreach (var name in PlanJsonSectionList.Format(sections))
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        if ((sections & PlanJsonSections.Summary) != 0)
        {
            WriteSummary(writer, a, tool);
        }

        if ((sections & PlanJsonSections.Volumes) != 0)
        {
            writer.WritePropertyName("lesion"u8);
            WriteSpans(writer, a.Request.Lesions);
            WriteCtv(writer, a);
            writer.WriteStartObject("geometry"u8);
            writer.WriteBoolean("estimate"u8, a.Geometry.IsEstimate);
            writer.WriteString("source"u8, a.Geometry.Source);
            writer.WriteEndObject();
            WritePtv(writer, a);
            WriteCoverage(writer, a);
        }

        if ((sections & PlanJsonSections.Dose) != 0)
        {
            WriteDose(writer, a);
        }

        if ((sections & PlanJsonSections.Schedule) != 0)
        {
            WriteSchedule(writer, a);
        }

        if ((sections & PlanJsonSections.Reirradiation) != 0)
        {
            WriteReirradiation(writer, a);
        }

        if ((sections & PlanJsonSections.Organs) != 0)
        {
            WriteOrgans(writer, a);
        }

        if ((sections & (PlanJsonSections.Findings | PlanJsonSections.FindingCodes)) != 0)
        {
            WriteFindings(writer, a, withMessages: (sections & PlanJsonSections.Findings) != 0);
        }

        if ((sections & PlanJsonSections.Literature) != 0)
        {
            WriteLiterature(writer, a.Literature);
        }

        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, PlanAssessment a, ToolIdentity tool)
    {
        writer.WriteStartObject("tool"u8);
        writer.WriteString("name"u8, tool.Name);
        writer.WriteString("version"u8, tool.Version);
        writer.WriteEndObject();

        writer.WriteStartObject("protocol"u8);
        writer.WriteString("id"u8, a.Protocol.Id);
        writer.WriteString("version"u8, a.Protocol.Version);
        writer.WriteString("sha256"u8, a.Protocol.Sha256);
        writer.WriteEndObject();

        if (a.HighestSeverity is { } highest)
        {
            writer.WriteString("highestSeverity"u8, SeverityText.Format(highest));
        }
        else
        {
            writer.WriteNull("highestSeverity"u8);
        }

        WritePatient(writer, a);
    }

    private static void WriteDose(Utf8JsonWriter writer, PlanAssessment a)
    {
        var regimen = a.Regimen;
        writer.WriteStartObject("fractionation"u8);
        Number(writer, "totalDoseGy"u8, regimen.TotalDose.Gy);
        writer.WriteNumber("fractions"u8, regimen.Fractions);
        Number(writer, "dosePerFractionGy"u8, regimen.DosePerFraction.Gy);
        writer.WriteEndObject();

        writer.WriteStartArray("radiobiology"u8);
        foreach (var tissue in a.Radiobiology)
        {
            writer.WriteStartObject();
            writer.WriteString("tissue"u8, tissue.Tissue);
            Number(writer, "alphaBetaGy"u8, tissue.AlphaBeta.Gy);
            Number(writer, "bedGy"u8, tissue.Bed.Gy);
            Number(writer, "bedAtAlphaBetaGy"u8, tissue.Bed.Gy);
            Number(writer, "eqd2Gy"u8, tissue.Eqd2.Gy);
            writer.WriteString("source"u8, tissue.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteCord(writer, a);
    }

    private static void WriteFindings(Utf8JsonWriter writer, PlanAssessment a, bool withMessages)
    {
        writer.WriteStartArray("findings"u8);
        if (withMessages)
        {
            foreach (var finding in a.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("code"u8, finding.Code);
                writer.WriteString("severity"u8, SeverityText.Format(finding.Severity));
                writer.WriteString("message"u8, finding.Message);
                WriteCitations(writer, finding.Citations);
                writer.WriteEndObject();
            }
        }
        else
        {
            // The codes, severities and citations are known without writing the messages.
            foreach (var finding in a.PendingFindings)
            {
                writer.WriteStartObject();
                writer.WriteString("code"u8, finding.Code);
                writer.WriteString("severity"u8, SeverityText.Format(finding.Severity));
                WriteCitations(writer, finding.Citations);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteCitations(Utf8JsonWriter writer, ImmutableArray<string> citations)
    {
        writer.WriteStartArray("citations"u8);
        if (!citations.IsDefault)
        {
            foreach (var key in citations)
            {
                writer.WriteStringValue(key);
            }
        }

        writer.WriteEndArray();
    }

    private static void WritePatient(Utf8JsonWriter writer, PlanAssessment a)
    {
        var patient = a.Request.Patient;
        writer.WriteStartObject("patient"u8);
        NullableNumber(writer, "ageYears"u8, patient.AgeYears);
        if (patient.Sex is { } sex)
        {
            writer.WriteString("sex"u8, sex == Sex.Female ? "female" : "male");
        }
        else
        {
            writer.WriteNull("sex"u8);
        }

        writer.WriteString("pregnancyStatus"u8, PregnancyStatusText.Format(patient.PregnancyStatus));
        writer.WriteNumber("thoracicVertebrae"u8, patient.Anatomy.ThoracicCount);
        writer.WriteNumber("lumbarVertebrae"u8, patient.Anatomy.LumbarCount);
        writer.WriteEndObject();
    }

    private static void WriteCtv(Utf8JsonWriter writer, PlanAssessment a)
    {
        var ctv = a.Ctv;
        ReportFacts.CtvLengths(a, out var lengthMm, out var extentMm);
        writer.WriteStartObject("ctv"u8);
        writer.WritePropertyName("spans"u8);
        WriteSpans(writer, ctv.Segments);
        writer.WriteString("text"u8, ctv.ToString());
        writer.WriteStartObject("levelMargin"u8);
        writer.WriteNumber("above"u8, a.CtvMargin.LevelsAbove);
        writer.WriteNumber("below"u8, a.CtvMargin.LevelsBelow);
        writer.WriteEndObject();
        writer.WriteNumber("levelCount"u8, ctv.LevelCount);
        writer.WriteStartArray("gapsLevels"u8);
        foreach (var gap in ctv.Gaps)
        {
            writer.WriteNumberValue(gap);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("gaps"u8);
        WriteSpans(writer, ctv.GapSpans);
        NullableNumber(writer, "lengthMm"u8, lengthMm);
        NullableNumber(writer, "extentMm"u8, extentMm);
        writer.WriteBoolean("clamped"u8, ctv.IsClamped);
        writer.WriteBoolean("clampedCranially"u8, ctv.ClampedCranially);
        writer.WriteBoolean("clampedCaudally"u8, ctv.ClampedCaudally);
        writer.WriteEndObject();
    }

    private static void WritePtv(Utf8JsonWriter writer, PlanAssessment a)
    {
        if (a.Ptv is not { } ptv)
        {
            writer.WriteNull("ptv"u8);
            return;
        }

        writer.WriteStartObject("ptv"u8);
        writer.WriteStartObject("marginMm"u8);
        Number(writer, "superior"u8, ptv.Margin.SuperiorMm);
        Number(writer, "inferior"u8, ptv.Margin.InferiorMm);
        Number(writer, "radial"u8, ptv.Margin.RadialMm);
        writer.WriteEndObject();
        Number(writer, "lengthMm"u8, ptv.PtvLengthMm);
        Number(writer, "topMm"u8, ptv.PtvTopMm);
        Number(writer, "bottomMm"u8, ptv.PtvBottomMm);
        writer.WriteStartArray("segmentLengthsMm"u8);
        foreach (var length in ptv.PtvSegmentLengthsMm)
        {
            writer.WriteNumberValue(ReportNumber.Round(length));
        }

        writer.WriteEndArray();
        WriteBorder(writer, "superiorBorder"u8, ptv.SuperiorBorder);
        WriteBorder(writer, "inferiorBorder"u8, ptv.InferiorBorder);
        var fields = ReportFacts.Fields(a, ptv);
        writer.WriteStartArray("segmentGapsMm"u8);
        foreach (var gap in fields?.GapsMm ?? [])
        {
            writer.WriteNumberValue(ReportNumber.Round(gap));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("fieldLengthsMm"u8);
        foreach (var length in fields?.FieldLengthsMm ?? [])
        {
            writer.WriteNumberValue(ReportNumber.Round(length));
        }

        writer.WriteEndArray();
        writer.WriteBoolean("fitsSingleField"u8, ReportFacts.FitsSingleField(a, ptv));
        Number(writer, "singleFieldLimitMm"u8, a.Protocol.SingleFieldLengthMm);
        Number(writer, "fieldMarginMm"u8, a.Protocol.FieldMarginMm);
        writer.WriteEndObject();
    }

    private static void WriteBorder(Utf8JsonWriter writer, ReadOnlySpan<byte> name, BorderPosition border)
    {
        writer.WriteStartObject(name);
        if (border.Level is { } level)
        {
            writer.WriteString("level"u8, level.ToString());
            Number(writer, "mmBelowTop"u8, border.MillimetresBelowTop);
        }
        else
        {
            writer.WriteNull("level"u8);
            writer.WriteNull("mmBelowTop"u8);
        }

        Number(writer, "mmBeyond"u8, border.MillimetresBeyond);
        Number(writer, "positionMm"u8, border.PositionMm);
        writer.WriteString("location"u8, ReportFacts.LocationName(border.Location));
        writer.WriteString("text"u8, border.ToString());
        writer.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter writer, PlanAssessment a)
    {
        if (a.Coverage is not { } coverage)
        {
            writer.WriteNull("treatedSpan"u8);
            return;
        }

        writer.WriteStartObject("treatedSpan"u8);
        writer.WritePropertyName("spans"u8);
        WriteSpans(writer, coverage.TreatedSpans);
        writer.WriteBoolean("coversAllLesions"u8, coverage.CoversAllLesions);
        writer.WriteStartArray("lesions"u8);
        foreach (var lesion in coverage.Lesions)
        {
            writer.WriteStartObject();
            writer.WriteString("from"u8, lesion.Lesion.Cranial.ToString());
            writer.WriteString("to"u8, lesion.Lesion.Caudal.ToString());
            writer.WriteBoolean("covered"u8, lesion.IsCovered);
            writer.WriteStartArray("uncoveredLevels"u8);
            foreach (var level in lesion.UncoveredLevels)
            {
                writer.WriteStringValue(level.ToString());
            }

            writer.WriteEndArray();
            writer.WriteNumber("marginLevelsAbove"u8, lesion.MarginLevelsAbove);
            writer.WriteNumber("marginLevelsBelow"u8, lesion.MarginLevelsBelow);
            writer.WriteBoolean("meetsCtvMargin"u8, lesion.MeetsMargin(a.CtvMargin));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOrgans(Utf8JsonWriter writer, PlanAssessment a)
    {
        var organs = a.OrgansAtRisk;
        writer.WriteStartObject("organsAtRisk"u8);
        writer.WriteString("irradiatedLevels"u8, organs.IrradiatedLevels);
        Number(writer, "activeMarrowPercent"u8, organs.ActiveMarrow.Percent);
        writer.WriteStartArray("organs"u8);
        foreach (var organ in organs.Organs)
        {
            writer.WriteStartObject();
            writer.WriteString("organ"u8, OrganModel.Slug(organ.Organ));
            writer.WriteString("name"u8, organ.Name);
            writer.WriteString("irradiatedLevels"u8, organ.IrradiatedLevels);
            writer.WriteString("usualLevels"u8, organ.UsualLevels);
            writer.WriteString("levelEvidence"u8, organ.LevelEvidence);
            writer.WriteString("threshold"u8, organ.Threshold);
            NullableNumber(writer, "thresholdGy"u8, organ.ThresholdGy);
            NullableNumber(writer, "prescriptionGy"u8, organ.PrescriptionGy);
            writer.WriteString("comparison"u8, organ.Comparison);
            if (organ.CouldReach is { } reach)
            {
                writer.WriteBoolean("couldReach"u8, reach);
            }
            else
            {
                writer.WriteNull("couldReach"u8);
            }

            writer.WriteBoolean("caution"u8, organ.Caution);
            if (organ.Note is { } note)
            {
                writer.WriteString("note"u8, note);
            }
            else
            {
                writer.WriteNull("note"u8);
            }

            writer.WriteStartArray("citations"u8);
            foreach (var key in organ.Citations)
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("measuredDoses"u8);
        foreach (var measured in organs.MeasuredDoses)
        {
            var m = measured.Measurement;
            writer.WriteStartObject();
            writer.WriteString("organ"u8, OrganModel.Slug(m.Organ));
            writer.WriteString("metric"u8, m.Metric switch
            {
                OrganDoseMetric.Mean => "mean",
                OrganDoseMetric.Max => "max",
                _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"V{m.DoseLevel!.Value.Gy:0.#####}"),
            });
            writer.WriteString("measurement"u8, m.ToString());
            Number(writer, "value"u8, measured.Value);
            writer.WriteString("unit"u8, measured.Unit);
            writer.WriteString("status"u8, measured.Status switch
            {
                MeasuredDoseStatus.WithinConstraint => "within",
                MeasuredDoseStatus.AboveConstraint => "above",
                MeasuredDoseStatus.NoCitedConstraint => "no-cited-constraint",
                _ => "no-short-course-constraint",
            });
            writer.WriteString("constraint"u8, measured.Constraint);
            NullableNumber(writer, "limit"u8, measured.Limit);
            writer.WriteBoolean("limitInclusive"u8, measured.LimitInclusive);
            writer.WriteBoolean("fetalThreshold"u8, measured.FetalThreshold);
            writer.WriteStartArray("citations"u8);
            foreach (var key in measured.Citations)
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCord(Utf8JsonWriter writer, PlanAssessment a)
    {
        var cord = a.Cord;
        writer.WriteStartObject("cord"u8);
        writer.WriteString("tissue"u8, a.SpinalCord.Tissue);
        writer.WriteString("conusLevel"u8, a.Protocol.ConusLevel);
        writer.WriteString("assumption"u8, cord.Assumption);
        writer.WriteString("doseSource"u8, cord.DoseSource);
        NullableNumber(writer, "measuredDmaxGy"u8, a.Request.CordMaxDose?.Gy);
        Number(writer, "eqd2Gy"u8, cord.CordEqd2.Gy);
        Number(writer, "alphaBetaGy"u8, cord.QuantecAlphaBeta.Gy);
        WriteQuantec(writer, "quantecPointReached"u8, cord.HighestPointReached);
        WriteQuantec(writer, "quantecNextPoint"u8, cord.NextPoint);
        writer.WriteString("regime"u8, cord.IsShortCourse ? "short-course" : "conventional");
        WriteShortCoursePoint(writer, "sahgalPoint"u8, cord.SahgalPoint);
        WriteShortCoursePoint(writer, "quantecShortCoursePoint"u8, cord.QuantecShortCoursePoint);
        NullableNumber(writer, "modelDerivedRiskPercent"u8, ReportFacts.ModelRiskPercent(a));
        Number(writer, "modelAlphaBetaGy"u8, cord.ModelAlphaBeta.Gy);
        if (cord.IsShortCourse)
        {
            writer.WriteNull("modelEqd2Gy"u8);
        }
        else
        {
            Number(writer, "modelEqd2Gy"u8, cord.ModelEqd2.Gy);
        }

        writer.WriteString("modelNote"u8, cord.ModelNote);
        writer.WriteEndObject();
    }

    private static void WriteShortCoursePoint(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ShortCourseCordPoint? point)
    {
        if (point is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("fractions"u8, point.Fractions);
        Number(writer, "doseGy"u8, point.MaximumCordDose.Gy);
        writer.WriteString("risk"u8, point.RiskText);
        writer.WriteString("measure"u8, point.What);
        writer.WriteString("citation"u8, point.Citation);
        writer.WriteEndObject();
    }

    private static void WriteQuantec(Utf8JsonWriter writer, ReadOnlySpan<byte> name, QuantecPoint? point)
    {
        if (point is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        Number(writer, "doseGy"u8, point.MaximumCordDose.Gy);
        Number(writer, "riskPercent"u8, point.RiskPercent);
        writer.WriteBoolean("riskIsUpperBound"u8, point.IsUpperBound);
        writer.WriteString("citation"u8, point.Citation);
        writer.WriteEndObject();
    }

    private static void WriteSchedule(Utf8JsonWriter writer, PlanAssessment a)
    {
        if (a.Schedule is not { } schedule)
        {
            writer.WriteNull("schedule"u8);
            return;
        }

        writer.WriteStartObject("schedule"u8);
        Date(writer, "requestedStart"u8, schedule.RequestedStart);
        Date(writer, "startDate"u8, schedule.ActualStart);
        writer.WriteBoolean("startMoved"u8, schedule.StartMoved);
        Date(writer, "endDate"u8, schedule.EndDate);
        writer.WriteNumber("overallDays"u8, schedule.OverallTreatmentTimeDays);
        writer.WriteNumber("weeksSpanned"u8, schedule.WeeksSpanned);
        writer.WriteStartArray("interruptions"u8);
        foreach (var date in schedule.Interruptions)
        {
            DateValue(writer, date);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sessions"u8);
        foreach (var session in schedule.Sessions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number"u8, session.Number);
            Date(writer, "date"u8, session.Date);
            Number(writer, "cumulativeDoseGy"u8, session.CumulativeDose.Gy);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteReirradiation(Utf8JsonWriter writer, PlanAssessment a)
    {
        if (a.Reirradiation is not { } re)
        {
            writer.WriteNull("reirradiation"u8);
            return;
        }

        writer.WriteStartObject("reirradiation"u8);
        writer.WriteStartArray("courses"u8);
        foreach (var course in re.Courses)
        {
            writer.WriteStartObject();
            writer.WriteBoolean("current"u8, course.IsCurrent);
            Date(writer, "date"u8, course.Date);
            Number(writer, "totalDoseGy"u8, course.Fractionation.TotalDose.Gy);
            writer.WriteNumber("fractions"u8, course.Fractionation.Fractions);
            Number(writer, "dosePerFractionGy"u8, course.Fractionation.DosePerFraction.Gy);
            writer.WriteNumber("intervalDays"u8, course.IntervalDays);
            writer.WriteNumber("intervalMonths"u8, course.IntervalMonths);
            Number(writer, "retainedFraction"u8, course.RetainedFraction);
            writer.WriteBoolean("sharesLevelWithCurrent"u8, course.SharesLevelWithCurrent);
            writer.WriteBoolean("cordDoseMeasured"u8, course.CordDoseMeasured);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Number(writer, "maxCumulativeBedGy2"u8, re.MaximumCumulativeBed.Gy);
        if (re.MaximumCumulativeBedLevelIndex is { } maxAt)
        {
            writer.WriteString("maxAtLevel"u8, a.LevelAt(maxAt).ToString());
        }
        else
        {
            writer.WriteNull("maxAtLevel"u8);
        }

        Number(writer, "largestCourseBedGy2"u8, re.LargestSingleCourseBed.Gy);
        NullableInt(writer, "monthsSinceLastCourse"u8, re.MonthsSinceLastPriorCourse);
        NullableInt(writer, "daysSinceLastCourse"u8, re.DaysSinceLastPriorCourse);
        NullableInt(writer, "shortestIntervalMonths"u8, re.ShortestIntervalMonths);
        writer.WriteNumber("overlappingPriorCourses"u8, re.OverlappingPriorCourseCount);
        NullableInt(writer, "monthsSinceLastOverlappingCourse"u8, re.MonthsSinceLastOverlappingCourse);
        NullableInt(writer, "shortestEarlierIntervalMonths"u8, re.ShortestEarlierIntervalMonths);
        WriteLevels(writer, "reirradiatedLevels"u8, a, re.ReirradiatedLevelIndices);
        WriteLevels(writer, "newLevels"u8, a, re.NewLevelIndices);
        writer.WriteStartArray("levels"u8);
        foreach (var level in re.Levels)
        {
            writer.WriteStartObject();
            writer.WriteString("level"u8, a.LevelAt(level.LevelIndex).ToString());
            writer.WriteString("tissue"u8, level.IsCaudaEquina ? TissueDose.CaudaEquina : TissueDose.SpinalCord);
            Number(writer, "alphaBetaGy"u8, level.AlphaBeta.Gy);
            Number(writer, "cumulativeBedGy2"u8, level.CumulativeBedGy2.Gy);
            Number(writer, "cumulativeBedAtAlphaBetaGy"u8, level.CumulativeBed.Gy);
            writer.WriteNumber("priorCourses"u8, level.PriorCourseCount);
            writer.WriteBoolean("inCurrentCourse"u8, level.InCurrentCourse);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("recovery"u8);
        writer.WriteString("description"u8, re.Recovery.Description);
        Number(writer, "discountFraction"u8, re.Recovery.DiscountFraction);
        writer.WriteNumber("minimumIntervalMonths"u8, re.Recovery.MinimumIntervalMonths);
        writer.WriteEndObject();
        writer.WriteStartObject("nieder2006"u8);
        writer.WriteBoolean("intervalWithinExperience"u8, re.IntervalWithinNiederExperience);
        writer.WriteBoolean("eachCourseWithinExperience"u8, re.EachCourseWithinNiederExperience);
        writer.WriteBoolean("cumulativeWithinNoMyelopathyReported"u8, re.CumulativeWithinNoMyelopathyReported);
        writer.WriteBoolean("cumulativeWithinSmallRisk"u8, re.CumulativeWithinSmallRisk);
        writer.WriteEndObject();
        writer.WriteStartArray("notes"u8);
        foreach (var note in re.Notes)
        {
            writer.WriteStringValue(note);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("fullOverlapAssumed"u8, re.FullOverlapAssumed);
        writer.WriteEndObject();
    }

    private static void WriteLevels(Utf8JsonWriter writer, ReadOnlySpan<byte> name, PlanAssessment a, ImmutableArray<int> indices)
    {
        writer.WriteStartArray(name);
        if (!indices.IsDefault)
        {
            foreach (var index in indices)
            {
                writer.WriteStringValue(a.LevelAt(index).ToString());
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteLiterature(Utf8JsonWriter writer, LiteraturePosition literature)
    {
        writer.WriteStartObject("literature"u8);
        Number(writer, "alphaBetaGy"u8, literature.AlphaBetaGy);
        Number(writer, "proposedEqd2Gy"u8, literature.ProposedEqd2Gy);
        writer.WriteNumber("casesWithKnownRegimen"u8, literature.CasesWithKnownRegimen);
        writer.WriteNumber("casesBelow"u8, literature.CasesBelow);
        writer.WriteNumber("casesEqual"u8, literature.CasesEqual);
        writer.WriteNumber("casesAbove"u8, literature.CasesAbove);
        NullableNumber(writer, "minEqd2Gy"u8, literature.MinEqd2Gy);
        NullableNumber(writer, "maxEqd2Gy"u8, literature.MaxEqd2Gy);
        Number(writer, "completeResponseWindowGy"u8, literature.CompleteResponseWindowGy);
        writer.WriteNumber("completeResponsesWithinWindow"u8, literature.CompleteResponsesWithinWindow.Length);
        writer.WriteNumber("casesWithoutRegimen"u8, literature.RadiotherapyCasesWithoutRegimen);
        writer.WriteString("summary"u8, literature.Summary);
        writer.WriteStartArray("nearest"u8);
        var count = Math.Min(3, literature.Nearest.Length);
        for (var i = 0; i < count; i++)
        {
            var comparison = literature.Nearest[i];
            var c = comparison.Case;
            writer.WriteStartObject();
            writer.WriteString("id"u8, c.Id);
            writer.WriteString("citation"u8, c.CitationKey);
            if (c.FirstAuthor is null)
            {
                writer.WriteNull("firstAuthor"u8);
            }
            else
            {
                writer.WriteString("firstAuthor"u8, c.FirstAuthor);
            }

            writer.WriteNumber("year"u8, c.Year);
            writer.WriteString("lesion"u8, c.Lesion);
            NullableNumber(writer, "totalDoseGy"u8, c.RtTotalDoseGy);
            NullableInt(writer, "fractions"u8, c.RtFractions);
            Number(writer, "eqd2Gy"u8, comparison.Eqd2Gy);
            Number(writer, "differenceGy"u8, comparison.DifferenceGy);
            writer.WriteString("outcome"u8, ReportFacts.OutcomeName(comparison.Outcome));
            writer.WriteString("outcomeText"u8, c.Outcome);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter writer, ImmutableArray<VertebralSpan> spans)
    {
        writer.WriteStartArray();
        if (!spans.IsDefault)
        {
            foreach (var span in spans)
            {
                writer.WriteStartObject();
                writer.WriteString("from"u8, span.Cranial.ToString());
                writer.WriteString("to"u8, span.Caudal.ToString());
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double value) =>
        writer.WriteNumber(name, ReportNumber.Round(value));

    private static void NullableNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, ReportNumber.Round(v));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void NullableInt(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Date(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..length]);
    }

    private static void DateValue(Utf8JsonWriter writer, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..length]);
    }
}
