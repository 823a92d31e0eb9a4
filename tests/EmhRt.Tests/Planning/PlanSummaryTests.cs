using System.Collections.Immutable;
using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Reporting;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Tests.Findings;
using EmhRt.Tests.Spine;
using EmhRt.Volumes;
using FsCheck;
using FsCheck.Fluent;

namespace EmhRt.Tests.Planning;

/// <summary>
/// The batch's short path (<see cref="PlanAssessor.TrySummarize"/>, <see cref="FindingRules.Summarize"/>,
/// <see cref="TreatmentCalendar.TryEndDate"/>, <see cref="PlanningTargetVolume.TryMeasureLength"/>) gives exactly what the
/// whole assessment gives: same success, same error text, same CSV cells, bit for bit.
/// </summary>
public class PlanSummaryTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true);

    private static SpineGeometry MeasuredT3ToT10(SpineAnatomy anatomy) =>
        SpineGeometryReader.ReadCsv("level,height_mm\nT3,25\nT4,25\nT5,25\nT6,25\nT7,25\nT8,25\nT9,25\nT10,25\n", anatomy, "ct.csv").Geometry!;

    private static readonly Gen<Fractionation> AnyRegimen =
        from n in Gen.Choose(1, 40)
        from centigrayPerFraction in Gen.Choose(100, Math.Min(1500, 10_000 / n))
        select Fractionation.FromTotalDose(Dose.FromGy(Math.Round(n * centigrayPerFraction / 100.0, 2)), n);

    /// <summary>Plans of every kind the batch meets: with and without PTV, start, holidays, prior courses, treated spans, measured geometry.</summary>
    private static readonly Gen<PlanRequest> AnyRequest =
        from anatomy in SpineGenerators.Anatomy
        from lesions in SpineGenerators.SpansIn(anatomy)
        from treatedCount in Gen.Choose(0, 4)
        from treated in SpineGenerators.SpansIn(anatomy)
        from regimen in AnyRegimen
        from ptv in Gen.Choose(-1, 30)
        from superior in Gen.Choose(-1, 30)
        from above in Gen.Choose(-1, 3)
        from age in Gen.Choose(-1, 90)
        from sex in Gen.Choose(0, 2)
        from measured in Gen.Choose(0, 5)
        from startOffset in Gen.Choose(-1, 800)
        from holidayOffsets in Gen.ListOf(Gen.Choose(0, 60))
        from dayMask in Gen.Choose(0, 127)
        from priorCount in Gen.Choose(-3, 2)
        from priorMonths in Gen.Choose(-2, 40)
        from emhAlphaBeta in Gen.Choose(-1, 20)
        select Request(
            anatomy, lesions, treated.Take(Math.Max(0, treatedCount - 2)), regimen, ptv, superior, above, age, sex, measured == 0,
            startOffset, holidayOffsets, dayMask, priorCount, priorMonths, emhAlphaBeta);

    private static PlanRequest Request(
        SpineAnatomy anatomy, IEnumerable<VertebralSpan> lesions, IEnumerable<VertebralSpan> treated, Fractionation regimen,
        int ptv, int superior, int above, int age, int sex, bool measured, int startOffset, IEnumerable<int> holidayOffsets,
        int dayMask, int priorCount, int priorMonths, int emhAlphaBeta)
    {
        var start = startOffset < 0 ? (DateOnly?)null : new DateOnly(2025, 1, 1).AddDays(startOffset);
        var origin = start ?? new DateOnly(2025, 1, 1);
        var days = Enumerable.Range(0, 7).Where(i => (dayMask & (1 << i)) != 0).Select(i => (DayOfWeek)i).ToList();
        var priors = Enumerable.Range(0, Math.Max(0, priorCount))
            .Select(i => new PriorCourse(
                Fractionation.FromTotalDose(Dose.FromGy(20 + (10 * i)), 10), origin.AddMonths(-priorMonths - (12 * i)),
                (priorMonths + i) % 3 == 0 ? null : [10 + i, 11, 12]))
            .ToImmutableArray();
        return new PlanRequest
        {
            Lesions = [.. lesions],
            TreatedSpans = [.. treated],
            Regimen = regimen,
            PtvMargin = ptv < 0 ? null : superior < 0 ? PtvMargin.Isotropic(ptv) : PtvMargin.Create(superior, ptv, ptv),
            CtvMargin = above < 0 ? null : CtvLevelMargin.Create(above, 1),
            Patient = new PatientDetails
            {
                Anatomy = anatomy,
                AgeYears = age < 0 ? null : age,
                Sex = sex == 0 ? null : sex == 1 ? Sex.Female : Sex.Male,
                Geometry = measured ? MeasuredT3ToT10(anatomy) : null,
            },
            StartDate = start,
            TreatmentDays = days.Count == 0 ? default : TreatmentDays.FromDays(days),
            Holidays = HolidayList.From(holidayOffsets.Select(origin.AddDays)),
            PriorCourses = priors,
            EmhAlphaBeta = emhAlphaBeta <= 0 ? null : EmhRt.Radiobiology.AlphaBeta.FromGy(emhAlphaBeta),
        };
    }

    [Fact]
    public void The_summary_of_any_plan_matches_the_whole_assessment_cell_for_cell()
    {
        var assessed = 0;
        var failed = 0;
        Check.One(Many, Prop.ForAll(Arb.From(AnyRequest), request =>
        {
            var full = PlanAssessor.Default.TryAssess(request, out var assessment, out var fullError);
            var quick = PlanAssessor.Default.TrySummarize(request, out var summary, out var quickError);
            Assert.Equal(full, quick);
            Assert.Equal(fullError, quickError);
            if (!full)
            {
                failed++;
                return;
            }

            assessed++;
            Assert.Same(assessment!.Ctv, summary.Ctv);
            Assert.Equal(assessment.Ptv?.PtvLengthMm, summary.PtvLengthMm);
            Assert.Equal(assessment.Schedule?.EndDate, summary.EndDate);
            Assert.Equal(assessment.HighestSeverity, summary.Findings.Highest);
            Assert.Equal(
                assessment.Findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal),
                FindingCodes.All.Where((_, i) => (summary.Findings.Codes & (1 << i)) != 0).Order(StringComparer.Ordinal));
            foreach (var failOn in new Severity?[] { null, Severity.Info, Severity.Caution, Severity.Warning })
            {
                var expected = PlanCsvReport.Values(assessment, failOn);
                var actual = PlanCsvReport.Values(summary, failOn);
                for (var i = 0; i < PlanCsvValues.Count; i++)
                {
                    Assert.Equal(expected[i], actual[i]);
                }
            }
        }));

        // The generator reaches both outcomes (errors: measured geometry too short, blocked calendars, priors after the start).
        Assert.True(assessed > 100 && failed > 10, $"{assessed} assessed, {failed} failed");
    }

    [Fact]
    public void Finding_codes_in_csv_are_the_distinct_codes_of_the_findings_sorted_and_joined()
    {
        var request = Plans.Bare("C1-T12", 8, 1) with { PtvMargin = PtvMargin.Isotropic(5), Patient = new PatientDetails { AgeYears = 4 } };
        var assessment = PlanAssessor.Default.Assess(request);
        var expected = string.Join(';', assessment.Findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));

        Assert.True(assessment.Findings.Length >= 5, string.Join(" ", assessment.Findings.Select(f => f.Code)));
        Assert.Equal(expected, PlanCsvReport.Values(assessment, null).FindingCodes);
        Assert.True(PlanAssessor.Default.TrySummarize(request, out var summary, out _));
        Assert.Equal(expected, PlanCsvReport.Values(summary, null).FindingCodes);
    }

    [Fact]
    public void Finding_summary_matches_the_findings_for_any_facts()
    {
        var gen =
            from total in Gen.Choose(1, 60)
            from fractions in Gen.Choose(1, 20)
            from eqd2 in Gen.Choose(0, 80)
            from age in Gen.Choose(-1, 90)
            from levels in Gen.Choose(1, 26)
            from segments in Gen.Choose(1, 3)
            from clamped in Gen.Choose(0, 3)
            from ptv in Gen.Choose(-1, 30)
            from length in Gen.Choose(50, 900)
            from prior in Gen.Choose(0, 2)
            from months in Gen.Choose(0, 30)
            from bed in Gen.Choose(0, 200)
            from course in Gen.Choose(0, 150)
            select FindingRulesTests.Clean() with
            {
                TotalDoseGy = total, Fractions = fractions, DosePerFractionGy = (double)total / fractions, CordEqd2Gy = eqd2,
                AgeYears = age < 0 ? null : age, CtvLevelCount = levels, CtvSegmentCount = segments,
                CtvGapLevels = [.. Enumerable.Repeat(1, segments - 1)],
                CtvClampedCranially = (clamped & 1) != 0, CtvClampedCaudally = (clamped & 2) != 0,
                PtvMarginSuperiorMm = ptv < 0 ? null : ptv, PtvMarginInferiorMm = ptv < 0 ? null : ptv,
                PtvMarginRadialMm = ptv < 0 ? null : ptv, PtvLengthMm = ptv < 0 ? null : length, GeometryIsEstimate = ptv >= 0,
                PriorCourseCount = prior, MonthsSinceLastCourse = prior > 0 ? months : null,
                CumulativeCordBedMaxGy2 = prior > 0 ? bed : null, LargestCourseCordBedGy2 = prior > 0 ? course : null,
            };
        Check.One(Many, Prop.ForAll(Arb.From(gen), facts =>
        {
            var findings = FindingRules.Default.Evaluate(facts);
            var summary = FindingRules.Default.Summarize(facts);
            var codes = 0;
            foreach (var finding in findings)
            {
                codes |= 1 << FindingCodes.All.IndexOf(finding.Code);
            }

            Assert.Equal(codes, summary.Codes);
            Assert.Equal(findings.IsEmpty ? null : findings.Max(f => f.Severity), summary.Highest);
        }));
    }

    [Fact]
    public void End_date_matches_the_schedule_for_any_days_holidays_and_start_including_blocked_calendars()
    {
        var gen =
            from mask in Gen.Choose(1, 127)
            from n in Gen.Choose(1, 40)
            from offset in Gen.Choose(0, 3000)
            from holidayOffsets in Gen.ListOf(Gen.Choose(0, 120))
            from blockAll in Gen.Choose(0, 9)
            select (mask, n, offset, holidayOffsets, blockAll);
        var origin = new DateOnly(2024, 1, 1);
        Check.One(Many, Prop.ForAll(Arb.From(gen), t =>
        {
            var days = TreatmentDays.FromDays(Enumerable.Range(0, 7).Where(i => (t.mask & (1 << i)) != 0).Select(i => (DayOfWeek)i));
            var start = origin.AddDays(t.offset);
            var offsets = t.blockAll == 0 ? Enumerable.Range(0, 3700) : t.holidayOffsets;
            var calendar = new TreatmentCalendar(days, HolidayList.From(offsets.Select(start.AddDays)));
            var regimen = Fractionation.FromDosePerFraction(t.n, Dose.FromGy(2));
            var scheduled = calendar.TrySchedule(start, regimen, out var schedule, out var scheduleError);
            var ended = calendar.TryEndDate(start, regimen, out var first, out var end, out var endError);
            Assert.Equal(scheduled, ended);
            Assert.Equal(scheduleError, endError);
            if (scheduled)
            {
                Assert.Equal(schedule!.ActualStart, first);
                Assert.Equal(schedule.EndDate, end);
            }
        }));
    }

    [Fact]
    public void End_date_near_the_end_of_the_calendar_fails_like_the_schedule()
    {
        var start = DateOnly.MaxValue.AddDays(-3);
        var regimen = Fractionation.FromDosePerFraction(10, Dose.FromGy(2));
        Assert.False(TreatmentCalendar.Weekdays.TrySchedule(start, regimen, out _, out var scheduleError));
        Assert.False(TreatmentCalendar.Weekdays.TryEndDate(start, regimen, out _, out _, out var endError));
        Assert.Equal(scheduleError, endError);
    }

    [Theory]
    [InlineData("T5-T8", 10, true)]
    [InlineData("T2-T5", 10, false)]
    [InlineData("T4-T9", 0, true)]
    [InlineData("T2-T5", 20, false)]
    public void Ptv_length_matches_the_ptv_with_a_measured_geometry(string lesion, double margin, bool covered)
    {
        var anatomy = SpineAnatomy.Standard;
        var ctv = ClinicalTargetVolume.Create(SpineNotation.ParseSpans(lesion, anatomy).Value, CtvLevelMargin.Create(1, 1), anatomy);
        var geometry = MeasuredT3ToT10(anatomy);

        var created = PlanningTargetVolume.TryCreate(ctv, PtvMargin.Isotropic(margin), geometry, out var ptv, out var createError);
        var measured = PlanningTargetVolume.TryMeasureLength(ctv, PtvMargin.Isotropic(margin), geometry, out var length, out var measureError);

        Assert.Equal(covered, created);
        Assert.Equal(created, measured);
        Assert.Equal(createError, measureError);
        Assert.Equal(ptv?.PtvLengthMm ?? 0, length);
    }
}
