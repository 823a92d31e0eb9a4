using System.Collections.Immutable;
using System.Text.RegularExpressions;
using EmhRt.Doses;
using EmhRt.Protocol;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Scheduling;
using EmhRt.Spine;
using EmhRt.Tests.Properties;
using EmhRt.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EmhRt.Tests.Hardening;

/// <summary>
/// Issue 19: the library's parsers never throw on any string. Each parser family gets 100,000 hostile strings in total
/// (<see cref="Hostile"/>: valid inputs mutated with control characters, unpaired surrogates, non-ASCII digits, huge
/// and tiny numbers, separators, JSON syntax… or random code units), and each result is either a value that
/// round-trips through the family's own formatter (or validates) or an error with a position inside the input.
/// The CLI's batch row readers, and the length, age and anatomy-count cells, are in
/// <c>EmhRt.Cli.Tests/Hardening/BatchRowHostileInputProperties</c>.
/// </summary>
public sealed partial class ParserHostileInputProperties
{
    /// <summary>Cases per parser family, as issue 19 asks.</summary>
    public const int CasesPerFamily = 100_000;

    private static readonly SpineAnatomy[] Anatomies = [SpineAnatomy.Standard, SpineAnatomy.Create(13, 6), SpineAnatomy.Create(11, 4)];

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Dose_and_regimen_parsers_never_throw_and_round_trip(DoseText sample)
    {
        var text = sample.Value.Value;
        var dose = Dose.Parse(text);
        if (dose.Success)
        {
            Assert.True(double.IsFinite(dose.Value.Gy));
            var again = Dose.Parse(dose.Value.ToString());
            Assert.True(again.Success, again.ToString());
            Assert.Equal(dose.Value.Gy, again.Value.Gy, Tolerance(dose.Value.Gy));
        }
        else
        {
            AssertErrorInside(dose.Error, dose.Position, text);
        }

        var regimen = Fractionation.Parse(text);
        if (regimen.Success)
        {
            var r = regimen.Value;
            Assert.InRange(r.Fractions, 1, InputLimits.MaxFractions);
            Assert.InRange(r.TotalDose.Gy, double.Epsilon, InputLimits.MaxTotalDose.Gy);
            var again = Fractionation.Parse(r.ToString());
            Assert.True(again.Success, r + ": " + again);
            Assert.Equal(r.Fractions, again.Value.Fractions);
            Assert.Equal(r.TotalDose.Gy, again.Value.TotalDose.Gy, Tolerance(r.TotalDose.Gy));
        }
        else
        {
            AssertErrorInside(regimen.Error, regimen.Position, text);
        }
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Alpha_beta_parser_never_throws_and_round_trips(AlphaBetaText sample)
    {
        var text = sample.Value.Value;
        var result = AlphaBeta.Parse(text);
        if (result.Success)
        {
            Assert.InRange(result.Value.Gy, InputLimits.MinAlphaBetaGy, InputLimits.MaxAlphaBetaGy);
            var again = AlphaBeta.Parse(result.Value.ToString());
            Assert.True(again.Success, again.ToString());
            Assert.Equal(result.Value.Gy, again.Value.Gy, Tolerance(result.Value.Gy));
        }
        else
        {
            AssertErrorInside(result.Error, result.Position, text);
        }
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Date_parser_never_throws_and_round_trips(DateText sample)
    {
        var text = sample.Value.Value;
        var result = IsoDate.Parse(text);
        if (result.Success)
        {
            Assert.Equal(result.Value, IsoDate.Parse(IsoDate.Format(result.Value)).Value);
        }
        else
        {
            AssertErrorInside(result.Error, result.Position, text);
        }
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Span_and_lesion_notation_parsers_never_throw_and_round_trip(SpanText sample)
    {
        var text = sample.Value.Value;
        foreach (var anatomy in Anatomies)
        {
            var spans = SpineNotation.ParseSpans(text, anatomy);
            if (spans.Success)
            {
                Assert.NotEmpty(spans.Value);
                Assert.All(spans.Value, s => Assert.True(s.IsValidIn(anatomy) && s.Cranial <= s.Caudal));
                Assert.Equal(spans.Value.ToArray(), SpineNotation.ParseSpans(SpineNotation.Format(spans.Value), anatomy).Value.ToArray());
            }
            else
            {
                AssertErrorInside(spans.Error, spans.Position, text);
            }

            var span = SpineNotation.ParseSpan(text, anatomy);
            if (span.Success)
            {
                Assert.Equal(span.Value, SpineNotation.ParseSpan(span.Value.ToString(), anatomy).Value);
            }
            else
            {
                AssertErrorInside(span.Error, span.Position, text);
            }

            var level = SpineNotation.ParseLevel(text, anatomy);
            if (level.Success)
            {
                Assert.Equal(level.Value, SpineNotation.ParseLevel(level.Value.ToString(), anatomy).Value);
            }
            else
            {
                AssertErrorInside(level.Error, level.Position, text);
            }
        }
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Prior_course_parser_never_throws_and_round_trips(PriorText sample)
    {
        var text = sample.Value.Value;
        var result = PriorCourseText.Parse(text);
        if (result.Success)
        {
            var p = result.Value;
            var again = PriorCourseText.Parse(p.ToString());
            Assert.True(again.Success, p + ": " + again);
            Assert.Equal(p.Date, again.Value.Date);
            Assert.Equal(p.Fractionation.Fractions, again.Value.Fractionation.Fractions);
            Assert.Equal(p.SpanText, again.Value.SpanText);
        }
        else
        {
            AssertErrorInside(result.Error, result.Position, text);
        }
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Holiday_list_and_treatment_day_parsers_never_throw_and_round_trip(HolidayText sample)
    {
        var text = sample.Value.Value;
        var holidays = HolidayList.Parse(text);
        if (holidays.Success)
        {
            Assert.InRange(holidays.Value.Count, 0, text.Length);
            var again = HolidayList.Parse(string.Join('\n', holidays.Value.Dates.Select(IsoDate.Format)));
            Assert.Equal(holidays.Value.Dates.ToArray(), again.Value.Dates.ToArray());
        }
        else
        {
            AssertErrorInside(holidays.Error, holidays.Position, text);
        }

        var days = TreatmentDays.Parse(text);
        if (days.Success)
        {
            Assert.Equal(days.Value, TreatmentDays.Parse(days.Value.ToString()).Value);
        }
        else
        {
            AssertErrorInside(days.Error, days.Position, text);
        }
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Protocol_json_loader_never_throws_and_gives_a_protocol_or_errors_inside_the_input(ProtocolText sample)
    {
        var text = sample.Value.Value;
        var result = ProtocolLoader.Load(text);
        if (result.Success)
        {
            // Never loaded with a U+FFFD put in place of half a surrogate pair.
            Assert.Null(InputText.FirstUnpairedSurrogate(text));
            Assert.Empty(result.Errors);
            Assert.False(string.IsNullOrWhiteSpace(result.Value.Id));
            return;
        }

        Assert.NotEmpty(result.Errors);
        foreach (var error in result.Errors)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.True(error.Location == "$" || error.Location.StartsWith("$.", StringComparison.Ordinal) || error.Location.StartsWith("$[", StringComparison.Ordinal), error.ToString());
            AssertLinePositionInside(error.Message, text);
        }
    }

    [Property(MaxTest = CasesPerFamily, Arbitrary = [typeof(Arbitraries)])]
    public void Spine_geometry_readers_never_throw_and_give_a_geometry_or_errors_inside_the_input(GeometryText sample)
    {
        var text = sample.Value.Value;
        // Inside the input under either convention: the CSV reader's lines (CR, LF, CRLF), the JSON reader's (LF; an
        // empty input or a final line break has a line after it).
        var lines = Math.Max(ReadLineCount(text), text.AsSpan().Count('\n') + 1);
        foreach (var result in new[] { SpineGeometryReader.ReadJson(text, SpineAnatomy.Standard), SpineGeometryReader.ReadCsv(text, SpineAnatomy.Standard) })
        {
            if (result.Success)
            {
                Assert.Empty(result.Errors);
                Assert.True(result.Value.BottomMm > result.Value.TopMm);
                continue;
            }

            Assert.NotEmpty(result.Errors);
            foreach (var error in result.Errors)
            {
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
                var where = System.Text.RegularExpressions.Regex.Match(error.Location, @"^(?:line (?<line>\d+)|item \[(?<item>\d+)\]|file)$");
                Assert.True(where.Success, error.ToString());
                Assert.True(!where.Groups["line"].Success || int.Parse(where.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and var line && line <= lines, error.ToString());
                Assert.True(!where.Groups["item"].Success || int.Parse(where.Groups["item"].Value, System.Globalization.CultureInfo.InvariantCulture) <= text.Length, error.ToString());
                AssertLinePositionInside(error.Message, text);
            }
        }
    }

    /// <summary>
    /// What the formatters keep: 4 decimals ("0.####"), and 15 significant digits of a huge value (a dose text such
    /// as "2222222222222222" parses; plausibility is checked where a dose is used, e.g. <see cref="Fractionation"/>).
    /// </summary>
    private static double Tolerance(double value) => Math.Max(0.000051, Math.Abs(value) * 1e-14);

    /// <summary>A failure has a message and a position from 0 to the input's length (the end: something is missing).</summary>
    private static void AssertErrorInside(string? error, int position, string? text)
    {
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.InRange(position, 0, text?.Length ?? 0);
    }

    /// <summary>A message naming "line L, byte B" (or "line L") names a line of the input, and a byte within it or just after it.</summary>
    private static void AssertLinePositionInside(string message, string text)
    {
        // "line L, byte B" comes from a JSON reader (lines end at LF); "line L" alone may come from a CSV reader, whose
        // lines also end at a lone CR.
        var lines = text.Split('\n');
        foreach (Match m in LinePosition().Matches(message))
        {
            var line = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(line, 1, Math.Max(lines.Length, ReadLineCount(text)));
            if (m.Groups[2].Success)
            {
                Assert.InRange(line, 1, lines.Length);
                var b = long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(b, 1, System.Text.Encoding.UTF8.GetByteCount(lines[line - 1]) + 1);
            }
        }
    }

    /// <summary>Lines as <see cref="TextReader.ReadLine"/> counts them (CR, LF and CRLF end a line).</summary>
    private static int ReadLineCount(string text)
    {
        using var reader = new StringReader(text);
        var count = 0;
        while (reader.ReadLine() is not null)
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"\bline (\d+)(?:, byte (\d+))?")]
    private static partial Regex LinePosition();

    private static string DefaultProtocolJson()
    {
        using var stream = typeof(EmhProtocol).Assembly.GetManifestResourceStream(EmhProtocol.DefaultResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A family's hostile string (one type per family, so each property gets its family's seeds).</summary>
    public interface IHostileText
    {
        Sample<string> Value { get; }
    }

    public sealed record DoseText(Sample<string> Value) : IHostileText;

    public sealed record AlphaBetaText(Sample<string> Value) : IHostileText;

    public sealed record DateText(Sample<string> Value) : IHostileText;

    public sealed record SpanText(Sample<string> Value) : IHostileText;

    public sealed record PriorText(Sample<string> Value) : IHostileText;

    public sealed record HolidayText(Sample<string> Value) : IHostileText;

    public sealed record ProtocolText(Sample<string> Value) : IHostileText;

    public sealed record GeometryText(Sample<string> Value) : IHostileText;

    /// <summary>Each family's valid inputs, mutated (<see cref="Hostile.Strings"/>); every arbitrary shrinks.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<DoseText> Doses() => Of(t => new DoseText(t),
            "20 Gy", "2Gy", "200 cGy", "1.8 Gy", "0.5", "20 Gy/10", "10 x 2 Gy", "20 Gy in 10 fractions", "16 Gy in 8 fractions of 2 Gy", "30Gy/15", "8 Gy/1");

        public static Arbitrary<AlphaBetaText> AlphaBetas() => Of(t => new AlphaBetaText(t), "10", "2 Gy", "3", "0.01", "1000", "1.5 Gy", "10Gy");

        public static Arbitrary<DateText> Dates() => Of(t => new DateText(t), "2026-12-01", " 2024-02-29 ", "0001-01-01", "9999-12-31");

        public static Arbitrary<SpanText> Spans() => Of(t => new SpanText(t),
            "T5-T8", "T5", "t5-t11 and l5-s2", "C7-T2, L1", "T6-7 disc", "Th5-Th8; L1-L3", "S1-Co", "T1 to T12", "T5-T8 + L2", "T13", "L6");

        public static Arbitrary<PriorText> Priors() => Of(t => new PriorText(t), "30Gy/15@2023-01-10:T3-T8", "20 Gy/10@2020-01-10", "8Gy/1@2021-01-10:L1", "10 x 2 Gy@2019-06-30:T5-T8, L1");

        public static Arbitrary<HolidayText> Holidays() => Of(t => new HolidayText(t),
            "2026-12-25\n2027-01-01 # new year\n", "# none\n\n", "2026-12-25", "Mon-Fri", "Mon,Tue,Thu", "mon-sat", "Sun");

        public static Arbitrary<ProtocolText> Protocols() => Of(t => new ProtocolText(t), DefaultProtocolJson(), "{}", "[]", "{\"schemaVersion\":\"1.0.0\"}");

        public static Arbitrary<GeometryText> Geometries() => Of(t => new GeometryText(t),
            """[{"level":"T5","topMm":10,"bottomMm":33.5},{"level":"T6","topMm":33.5,"bottomMm":57}]""",
            """[{"level":"S1","heightMm":30},{"level":"S2","heightMm":25}]""",
            "level,height_mm\nL1,35\nL2,36.5\nl3 , 37\n",
            "level,top_mm,bottom_mm\nT5,10,33.5\nT6,33.5,57\n");

        private static Arbitrary<T> Of<T>(Func<Sample<string>, T> wrap, params string[] seeds)
            where T : IHostileText
        {
            var samples = Hostile.Strings(seeds).ToArbitrary();
            return Arb.From(samples.Generator.Select(wrap), x => samples.Shrinker(x.Value).Select(wrap));
        }
    }
}
