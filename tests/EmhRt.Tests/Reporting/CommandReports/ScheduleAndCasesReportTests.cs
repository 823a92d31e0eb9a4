using System.Text.Json;
using EmhRt.Doses;
using EmhRt.Literature;
using EmhRt.Reporting.Cases;
using EmhRt.Reporting.Schedule;
using EmhRt.Scheduling;
using EmhRt.Spine;

namespace EmhRt.Tests.Reporting.CommandReports;

/// <summary>The library's <c>schedule</c> and <c>cases</c> reports.</summary>
public class ScheduleAndCasesReportTests
{
    private static ScheduleReport ChristmasCourse(params DateOnly[] treatedOn)
    {
        // 20 Gy/10 from Friday 2026-12-18, Monday to Friday, with the two holidays of the README example.
        var calendar = new TreatmentCalendar(TreatmentDays.MondayToFriday, HolidayList.From([new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 1)]));
        Assert.True(calendar.TrySchedule(new DateOnly(2026, 12, 18), Fractionation.FromTotalDose(Dose.FromGy(20), 10), out var schedule, out _));
        RescheduledTreatment? rescheduled = null;
        if (treatedOn.Length > 0)
        {
            Assert.True(calendar.TryReschedule(schedule, treatedOn, null, out rescheduled, out _));
        }

        return ScheduleReport.Create(calendar, schedule, rescheduled);
    }

    [Fact]
    public void Christmas_and_new_year_holidays_push_the_tenth_fraction_to_4_january()
    {
        var text = ChristmasCourse().ToText();
        Assert.Contains("Treatment days: Mon-Fri; holidays: 2026-12-25, 2027-01-01\n", text, StringComparison.Ordinal);
        Assert.Contains("End date: 2027-01-04 (Monday)\n", text, StringComparison.Ordinal);
        Assert.Contains("Interruptions (holidays on treatment days): 2026-12-25 (Friday), 2027-01-01 (Friday)\n", text, StringComparison.Ordinal);
        Assert.Contains("Overall treatment time: 18 days (first to last fraction, inclusive); 4 calendar weeks spanned\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_csv_list_the_same_ten_sessions_with_cumulative_dose()
    {
        var report = ChristmasCourse();
        using var json = JsonDocument.Parse(report.ToJson());
        var sessions = json.RootElement.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(10, sessions.Length);
        Assert.Equal("2026-12-24", sessions[4].GetProperty("date").GetString());
        Assert.Equal("2026-12-28", sessions[5].GetProperty("date").GetString());
        Assert.Equal(20, sessions[9].GetProperty("cumulativeDoseGy").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reschedule").ValueKind);
        var csv = report.ToCsv().Split('\n');
        Assert.Equal("number,date,weekday,cumulative_dose_gy,status", csv[0]);
        Assert.Equal("10,2027-01-04,Monday,20,planned", csv[10]);
    }

    [Fact]
    public void A_missed_day_is_rescheduled_and_the_prolongation_reported()
    {
        // Treated on the first two days, 2026-12-22 missed: the remaining 8 follow from 2026-12-22.
        var report = ChristmasCourse(new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 21));
        var text = report.ToText();
        Assert.Contains("Treated: 2 of 10 fractions; remaining fractions scheduled from 2026-12-22 (Tuesday)\n", text, StringComparison.Ordinal);
        Assert.Contains("prolongation 0 days\n", text, StringComparison.Ordinal);
        Assert.Equal("1,2026-12-18,Friday,2,treated", report.ToCsv().Split('\n')[1]);
    }

    [Theory]
    [InlineData(SpineRegions.Thoracic, "thoracic")]
    [InlineData(SpineRegions.Lumbar, "lumbar")]
    [InlineData(SpineRegions.Sacral, "sacral")]
    public void Cases_by_region_list_only_cases_whose_lesion_touches_it(SpineRegions region, string token)
    {
        var query = new CasesQuery(region, false, null, null, CaseLibrary.DefaultAlphaBetaGy, true, null);
        using var json = JsonDocument.Parse(CasesReport.Create(CaseLibrary.Default, query).ToJson());
        var cases = json.RootElement.GetProperty("cases").EnumerateArray().ToArray();
        Assert.Equal(CaseLibrary.Default.InRegion(region).Length, cases.Length);
        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.Contains(token, c.GetProperty("regions").EnumerateArray().Select(r => r.GetString())));
        Assert.Equal([token], json.RootElement.GetProperty("filters").GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.True(json.RootElement.GetProperty("alphaBetaIsAssumption").GetBoolean());
    }

    [Fact]
    public void Cases_near_a_proposed_20_Gy_in_10_fractions_come_nearest_first()
    {
        var query = new CasesQuery(null, true, null, null, CaseLibrary.DefaultAlphaBetaGy, true, Fractionation.FromTotalDose(Dose.FromGy(20), 10));
        var report = CasesReport.Create(CaseLibrary.Default, query);
        var lines = report.ToText().Split('\n');
        Assert.Equal("Proposed regimen: 20 Gy in 10 fractions of 2 Gy: EQD2 20.0 Gy at α/β 10 Gy (assumption: no published α/β for EMH tissue)", lines[0]);
        using var json = JsonDocument.Parse(report.ToJson());
        var differences = json.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => c.GetProperty("eqd2DifferenceGy"))
            .Where(d => d.ValueKind == JsonValueKind.Number)
            .Select(d => Math.Abs(d.GetDouble()))
            .ToArray();
        Assert.NotEmpty(differences);
        Assert.Equal(differences.Order(), differences);
        Assert.Equal("id,year,first_author,sex,age_years,lesion,radiotherapy,rt_total_dose_gy,rt_fractions,alpha_beta_gy,eqd2_gy,eqd2_difference_gy,outcome_category,outcome_text,citation_key", report.ToCsv().Split('\n')[0]);
    }

    [Fact]
    public void Null_arguments_are_refused_at_the_boundary()
    {
        Assert.Throws<ArgumentNullException>(() => CasesReport.Create(CaseLibrary.Default, null!));
        Assert.Throws<ArgumentNullException>(() => ScheduleReport.Create(null!, null!, null));
    }
}
