using EmhRt.Scheduling;
using EmhRt.Tests.Doses;

namespace EmhRt.Tests.Scheduling;

public class SchedulingParsingTests
{
    [Theory]
    [InlineData("Mon-Fri", "Mon-Fri", 5)]
    [InlineData("mon,tue,thu", "Mon,Tue,Thu", 3)]
    [InlineData("Mon-Thu", "Mon-Thu", 4)]
    [InlineData("Monday-Friday", "Mon-Fri", 5)]
    [InlineData("MONDAY, wednesday , Fri", "Mon,Wed,Fri", 3)]
    [InlineData("Mon–Sun", "Mon-Sun", 7)]
    [InlineData("sat,sun", "Sat,Sun", 2)]
    [InlineData("Mon-Wed,Fri", "Mon-Wed,Fri", 4)]
    [InlineData("Tue,Tue", "Tue", 1)]
    public void TreatmentDays_parse_abbreviations_full_names_and_ranges(string text, string expected, int count)
    {
        var days = TreatmentDays.Parse(text);
        Assert.True(days.Success, days.ToString());
        Assert.Equal(expected, days.Value.ToString());
        Assert.Equal(count, days.Value.Count);
        Assert.Equal(days.Value, TreatmentDays.Parse(days.Value.ToString()).Value);
    }

    [Theory]
    [InlineData("", "no treatment days given", 0)]
    [InlineData("Mon,,Tue", "empty entry", 4)]
    [InlineData("Mon,Funday", "'Funday' is not a day", 4)]
    [InlineData("Fri-Mon", "runs backwards", 0)]
    [InlineData("Mon-Xyz", "'Xyz' is not a day", 4)]
    [InlineData("2", "'2' is not a day", 0)]
    public void TreatmentDays_errors_have_position(string text, string messagePart, int position)
    {
        var result = TreatmentDays.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void Default_treatment_days_are_monday_to_friday()
    {
        Assert.Equal(TreatmentDays.MondayToFriday, default);
        Assert.Equal("Mon-Fri", default(TreatmentDays).ToString());
        Assert.False(default(TreatmentDays).Contains(DayOfWeek.Saturday));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], default(TreatmentDays).Days.ToArray());
        Assert.Throws<ArgumentException>(() => TreatmentDays.FromDays([]));
        Assert.Equal("Sun", TreatmentDays.FromDays([DayOfWeek.Sunday]).ToString());
    }

    [Theory]
    [InlineData("2026-12-01", 2026, 12, 1)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    public void IsoDate_parses_yyyy_mm_dd(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), IsoDate.Parse(text).Value);
    }

    [Theory]
    [InlineData("01/12/2026", "'01/12/2026' is not a date: expected YYYY-MM-DD, e.g. 2026-12-01", 0)]
    [InlineData("2026-1-5", "expected YYYY-MM-DD", 0)]
    [InlineData("20261201", "expected YYYY-MM-DD", 0)]
    [InlineData("2026-13-01", "the month must be 01–12", 0)]
    [InlineData("2025-02-29", "'2025-02-29' is not a date: 2025-02 has days 01–28", 8)]
    [InlineData("2026-04-31", "has days 01–30", 8)]
    [InlineData("2026-12-01T10:00", "expected YYYY-MM-DD", 0)]
    [InlineData("", "no date given", 0)]
    [InlineData("  x", "'x' is not a date", 2)]
    public void IsoDate_errors_show_the_expected_form(string text, string messagePart, int position)
    {
        var result = IsoDate.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void Holiday_list_allows_blank_lines_and_comments()
    {
        var text = "# holidays\n2026-12-25  # Christmas\n\n2027-01-01\n2026-12-25\n";
        var list = HolidayList.Parse(text).Value;
        Assert.Equal([new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 1)], list.Dates.ToArray());
        Assert.True(list.Contains(new DateOnly(2027, 1, 1)));
        Assert.False(list.Contains(new DateOnly(2027, 1, 2)));
        Assert.Empty(HolidayList.Parse("").Value.Dates);
        Assert.Same(HolidayList.Empty, HolidayList.Parse((string?)null).Value);
    }

    [Fact]
    public void Holiday_list_reports_every_bad_line_by_number()
    {
        var result = HolidayList.Parse("2026-12-25\n25.12.2026\n# ok\n2026-02-30\n");
        Assert.False(result.Success);
        Assert.Equal(
            "line 2: '25.12.2026' is not a date: expected YYYY-MM-DD, e.g. 2026-12-01; line 4: '2026-02-30' is not a date: 2026-02 has days 01–28",
            result.Error);
        Assert.Equal(11, result.Position);
    }

    [Fact]
    public void Holiday_list_reads_from_a_reader()
    {
        using var reader = new StringReader("2026-12-25\r\n2027-01-01\r\n");
        Assert.Equal(2, HolidayList.Parse(reader).Value.Count);
    }

    [Theory]
    [MemberData(nameof(InCulture.Cultures), MemberType = typeof(InCulture))]
    public void Calendar_parsing_ignores_the_current_culture(string culture)
    {
        InCulture.Run(culture, () =>
        {
            Assert.Equal("Mon-Fri", TreatmentDays.Parse("MON-FRI").Value.ToString());
            Assert.Equal("Mon,Thu", TreatmentDays.Parse("monday,THURSDAY").Value.ToString());
            Assert.Equal(new DateOnly(2026, 12, 1), IsoDate.Parse("2026-12-01").Value);
            Assert.False(IsoDate.Parse("01.12.2026").Success);
            Assert.Equal("2026-12-01", IsoDate.Format(new DateOnly(2026, 12, 1)));
        });
    }
}
