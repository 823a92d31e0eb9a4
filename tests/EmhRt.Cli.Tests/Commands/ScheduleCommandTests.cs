using static EmhRt.Cli.Tests.Commands.CommandAssert;

namespace EmhRt.Cli.Tests.Commands;

public class ScheduleCommandTests
{
    private static readonly string[] Christmas =
        ["schedule", "--start", "2026-12-18", "--dose", "20", "--fractions", "10", "--holiday", "2026-12-25", "--holiday", "2027-01-01"];

    [Fact]
    public void Christmas_course_skips_both_holidays()
    {
        var json = OkJson(Christmas);
        var sessions = json.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(10, sessions.Length);
        Assert.Equal("2026-12-18", sessions[0].GetProperty("date").GetString());
        Assert.Equal("Friday", sessions[0].GetProperty("weekday").GetString());
        Assert.Equal("2026-12-28", sessions[5].GetProperty("date").GetString());
        Assert.Equal("2027-01-04", sessions[9].GetProperty("date").GetString());
        Near(20.0, sessions[9].GetProperty("cumulativeDoseGy").GetDouble());
        Near(12.0, sessions[5].GetProperty("cumulativeDoseGy").GetDouble());
        Assert.Equal("2027-01-04", json.GetProperty("endDate").GetString());
        Assert.Equal(18, json.GetProperty("overallTreatmentTimeDays").GetInt32());
        Assert.Equal(4, json.GetProperty("weeksSpanned").GetInt32());
        Assert.Equal(["2026-12-25", "2027-01-01"], json.GetProperty("interruptions").EnumerateArray().Select(d => d.GetString()));
        Assert.False(json.GetProperty("startMoved").GetBoolean());
        Assert.Equal(JsonValueKindNull, json.GetProperty("reschedule").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public void Text_lists_sessions_end_date_and_interruptions()
    {
        string text = Ok(Christmas).Stdout;
        Assert.Contains(" 1  2026-12-18  Friday                2.00\n", text, StringComparison.Ordinal);
        Assert.Contains("10  2027-01-04  Monday               20.00\n", text, StringComparison.Ordinal);
        Assert.Contains("End date: 2027-01-04 (Monday)\n", text, StringComparison.Ordinal);
        Assert.Contains("Overall treatment time: 18 days", text, StringComparison.Ordinal);
        Assert.Contains("Interruptions (holidays on treatment days): 2026-12-25 (Friday), 2027-01-01 (Friday)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_one_row_per_session()
    {
        var csv = OkCsv(Christmas);
        Assert.Equal(["number", "date", "weekday", "cumulative_dose_gy", "status"], csv[0]);
        Assert.Equal(11, csv.Length);
        Assert.Equal(["10", "2027-01-04", "Monday", "20", "planned"], csv[10]);
    }

    [Fact]
    public void A_weekend_start_moves_to_Monday_and_says_so()
    {
        var json = OkJson("schedule", "--start", "2026-12-19", "--dose-per-fraction", "2", "--fractions", "3");
        Assert.True(json.GetProperty("startMoved").GetBoolean());
        Assert.Equal("2026-12-21", json.GetProperty("actualStart").GetString());
        Assert.Contains(
            "Start moved to 2026-12-21 (Monday): the requested day is not a treatment day",
            Ok("schedule", "--start", "2026-12-19", "--dose-per-fraction", "2", "--fractions", "3").Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Treatment_days_are_respected()
    {
        var json = OkJson("schedule", "--start", "2026-03-02", "--dose", "6", "--fractions", "3", "--treatment-days", "Mon,Wed,Fri");
        Assert.Equal(["2026-03-02", "2026-03-04", "2026-03-06"], json.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("date").GetString()));
        Assert.Equal("Mon,Wed,Fri", json.GetProperty("treatmentDays").GetString());
    }

    [Fact]
    public void Treated_dates_reschedule_the_rest_and_report_the_prolongation()
    {
        string[] args = ["schedule", "--start", "2026-03-02", "--dose", "20", "--fractions", "10", "--treated-on", "2026-03-02", "--treated-on", "2026-03-03", "--treated-on", "2026-03-05"];
        var json = OkJson(args);
        var reschedule = json.GetProperty("reschedule");
        Assert.Equal(3, reschedule.GetProperty("treatedCount").GetInt32());
        Assert.Equal("2026-03-06", reschedule.GetProperty("resumeFrom").GetString());
        Assert.Equal(["2026-03-04"], reschedule.GetProperty("missedDates").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("2026-03-13", reschedule.GetProperty("plannedEndDate").GetString());
        Assert.Equal("2026-03-16", reschedule.GetProperty("revisedEndDate").GetString());
        Assert.Equal(3, reschedule.GetProperty("prolongationDays").GetInt32());
        var statuses = json.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("status").GetString()).ToArray();
        Assert.Equal(new string?[] { "treated", "treated", "treated", "remaining" }, statuses[..4]);
        Assert.Contains("prolongation 3 days", Ok(args).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_file_is_read_with_comments()
    {
        string path = Path.Combine(Path.GetTempPath(), "emhrt-holidays-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "# machine service\n2026-03-03\n\n2026-03-04 # public holiday\n");
        try
        {
            var json = OkJson("schedule", "--start", "2026-03-02", "--dose", "6", "--fractions", "3", "--holidays-file", path);
            Assert.Equal(["2026-03-02", "2026-03-05", "2026-03-06"], json.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("date").GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_holidays_file_names_the_file_and_every_bad_line()
    {
        string path = Path.Combine(Path.GetTempPath(), "emhrt-holidays-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "2026-01-01\nfoo\n# ok\n2026-13-01\n");
        try
        {
            var run = InputError(["schedule", "--start", "2026-03-02", "--dose", "6", "--fractions", "3", "--holidays-file", path]);
            Assert.Equal(2, run.ErrorLines.Length);
            Assert.StartsWith($"error: --holidays-file: {path}: line 2: 'foo' is not a date", run.ErrorLines[0], StringComparison.Ordinal);
            Assert.StartsWith($"error: --holidays-file: {path}: line 4: '2026-13-01' is not a date", run.ErrorLines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_holidays_file_exits_2() =>
        InputError(["schedule", "--start", "2026-03-02", "--dose", "6", "--fractions", "3", "--holidays-file", "/nonexistent/holidays.txt"],
            "--holidays-file: file '/nonexistent/holidays.txt' does not exist");

    [Fact]
    public void A_regimen_is_required_so_that_no_dose_is_invented() =>
        InputError(["schedule", "--start", "2026-03-02", "--fractions", "10"],
            "--dose/--fractions/--dose-per-fraction: two of total dose, number of fractions and dose per fraction are needed; missing: total dose, dose per fraction");

    [Fact]
    public void Start_is_required() =>
        InputError(["schedule", "--dose", "20", "--fractions", "10"], "Option '--start' is required.");

    [Fact]
    public void Bad_inputs_are_each_reported()
    {
        InputError(["schedule", "--start", "2026-02-30", "--dose", "20", "--fractions", "10"], "--start: '2026-02-30' is not a date: 2026-02 has days 01–28");
        var run = InputError(["schedule", "--start", "2026-03-02", "--dose", "20", "--fractions", "10", "--dose-per-fraction", "3", "--treatment-days", "Funday"]);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith("error: --treatment-days: 'Funday': ", run.ErrorLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_treated_dates_exit_2() =>
        InputError(["schedule", "--start", "2026-03-02", "--dose", "4", "--fractions", "2", "--treated-on", "2026-03-02", "--treated-on", "2026-03-03", "--treated-on", "2026-03-04"],
            "--treated-on: 3 treated dates but only 2 fractions were planned");
}
