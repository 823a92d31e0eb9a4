using System.Text;
using EmhRt.Planning;
using EmhRt.Scheduling;

namespace EmhRt.Reporting.Html;

/// <summary>
/// The treatment calendar as month grids (Monday first): treatment days carry ■ and the fraction number, holidays
/// that interrupt the course ×, other holidays ○; the symbols, not only the cell colours, carry the meaning.
/// </summary>
internal static class CalendarSection
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] DayHeaders = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>Appends the section (nothing without a schedule).</summary>
    public static void Append(StringBuilder html, PlanAssessment a)
    {
        if (a.Schedule is not { } schedule)
        {
            return;
        }

        html.Append("<section id=\"calendar\" aria-labelledby=\"calendar-title\"><h2 id=\"calendar-title\">Treatment calendar</h2>\n<p>");
        if (schedule.StartMoved)
        {
            html.Append("Requested start ").Append(IsoDate.Format(schedule.RequestedStart)).Append(" is not a treatment day: moved to ")
                .Append(IsoDate.Format(schedule.ActualStart)).Append(". ");
        }

        html.Append(IsoDate.Format(schedule.ActualStart)).Append(" to ").Append(IsoDate.Format(schedule.EndDate)).Append(": ")
            .Append(HtmlText.Integer(schedule.Sessions.Length)).Append(" fractions, ").Append(HtmlText.Integer(schedule.OverallTreatmentTimeDays))
            .Append(" days overall, ").Append(HtmlText.Integer(schedule.WeeksSpanned)).Append(" week").Append(HtmlText.Plural(schedule.WeeksSpanned)).Append(", ")
            .Append(schedule.Interruptions.IsEmpty ? "no interruptions" : HtmlText.Integer(schedule.Interruptions.Length) + " interruption" + HtmlText.Plural(schedule.Interruptions.Length))
            .Append(".</p>\n<p class=\"note\">Key: ■ n = fraction n; × = holiday, course interrupted; ○ = holiday; blank = no treatment.</p>\n<div class=\"months\">\n");

        var fractions = new Dictionary<DateOnly, int>();
        foreach (var session in schedule.Sessions)
        {
            fractions[session.Date] = session.Number;
        }

        var interruptions = new HashSet<DateOnly>(schedule.Interruptions);
        var month = new DateOnly(schedule.ActualStart.Year, schedule.ActualStart.Month, 1);
        var lastMonth = new DateOnly(schedule.EndDate.Year, schedule.EndDate.Month, 1);
        while (month <= lastMonth)
        {
            AppendMonth(html, month, fractions, interruptions, a.Request.Holidays);
            month = month.AddMonths(1);
        }

        html.Append("</div></section>\n");
    }

    private static void AppendMonth(StringBuilder html, DateOnly first, Dictionary<DateOnly, int> fractions, HashSet<DateOnly> interruptions, HolidayList holidays)
    {
        var name = MonthNames[first.Month - 1] + " " + HtmlText.Integer(first.Year);
        html.Append("<table class=\"month\"><caption>").Append(name).Append("</caption><thead><tr>");
        foreach (var day in DayHeaders)
        {
            html.Append("<th scope=\"col\">").Append(day).Append("</th>");
        }

        html.Append("</tr></thead><tbody><tr>");
        var offset = ((int)first.DayOfWeek + 6) % 7;
        for (var i = 0; i < offset; i++)
        {
            html.Append("<td></td>");
        }

        var days = DateTime.DaysInMonth(first.Year, first.Month);
        var column = offset;
        for (var d = 1; d <= days; d++)
        {
            if (column == 7)
            {
                html.Append("</tr><tr>");
                column = 0;
            }

            var date = first.AddDays(d - 1);
            var dayText = HtmlText.Integer(d);
            if (fractions.TryGetValue(date, out var number))
            {
                html.Append("<td class=\"treat\" title=\"fraction ").Append(HtmlText.Integer(number)).Append("\">").Append(dayText)
                    .Append("<br>■ ").Append(HtmlText.Integer(number)).Append("</td>");
            }
            else if (interruptions.Contains(date))
            {
                html.Append("<td class=\"holiday\" title=\"holiday, course interrupted\">").Append(dayText).Append("<br>×</td>");
            }
            else if (holidays.Contains(date))
            {
                html.Append("<td class=\"holiday\" title=\"holiday\">").Append(dayText).Append("<br>○</td>");
            }
            else
            {
                html.Append("<td>").Append(dayText).Append("<br>&#160;</td>");
            }

            column++;
        }

        for (; column < 7; column++)
        {
            html.Append("<td></td>");
        }

        html.Append("</tr></tbody></table>\n");
    }
}
