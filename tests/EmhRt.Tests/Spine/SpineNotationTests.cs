using System.Globalization;
using EmhRt.Spine;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Spine;

public class SpineNotationTests
{
    private static readonly SpineAnatomy Standard = SpineAnatomy.Standard;

    [Theory]
    [InlineData("T5", "T5")]
    [InlineData("t5", "T5")]
    [InlineData("T 5", "T5")]
    [InlineData("  Th5 ", "T5")]
    [InlineData("th5", "T5")]
    [InlineData("D5", "T5")]
    [InlineData("C6", "C6")]
    [InlineData("S2", "S2")]
    [InlineData("Co", "Co")]
    [InlineData("CO", "Co")]
    [InlineData("coccyx", "Co")]
    [InlineData("Coccyx", "Co")]
    [InlineData("Cx", "Co")]
    [InlineData("T05", "T5")]
    [InlineData("l1", "L1")]
    public void Parse_level_accepts_clinical_notation(string text, string expected) =>
        Assert.Equal(expected, SpineNotation.ParseLevel(text, Standard).Value.ToString());

    [Fact]
    public void T13_and_L6_parse_only_when_the_anatomy_has_them()
    {
        Assert.Equal(VertebralLevel.Lumbar(6), SpineNotation.ParseLevel("L6", SpineAnatomy.Create(12, 6)).Value);
        Assert.Equal(VertebralLevel.Thoracic(13), SpineNotation.ParseLevel("T13", SpineAnatomy.Create(13, 5)).Value);

        var t13 = SpineNotation.ParseLevel("T13", Standard);
        Assert.False(t13.Success);
        Assert.StartsWith("T13 exists only with 13 thoracic vertebrae", t13.Error, StringComparison.Ordinal);

        var l6 = SpineNotation.ParseLevel(" L6", Standard);
        Assert.StartsWith("L6 exists only with 6 lumbar vertebrae", l6.Error, StringComparison.Ordinal);
        Assert.Equal(1, l6.Position);

        var t12 = SpineNotation.ParseLevel("T12", SpineAnatomy.Create(11, 5));
        Assert.StartsWith("T12 exists only with 12 or more thoracic vertebrae", t12.Error, StringComparison.Ordinal);
        Assert.Contains("thoracic levels are T1 to T11", t12.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T5-T8", "T5-T8")]
    [InlineData("T5–T8", "T5-T8")]
    [InlineData("T5—T8", "T5-T8")]
    [InlineData("T5‐T8", "T5-T8")]
    [InlineData("T5−T8", "T5-T8")]
    [InlineData("T5 - T8", "T5-T8")]
    [InlineData("T5 to T8", "T5-T8")]
    [InlineData("t5 TO t8", "T5-T8")]
    [InlineData("T10-L1", "T10-L1")]
    [InlineData("C6-coccyx", "C6-Co")]
    [InlineData("T3–8", "T3-T8")]
    [InlineData("T10-12", "T10-T12")]
    [InlineData("S1-2", "S1-S2")]
    [InlineData("T8-T5", "T5-T8")]
    [InlineData("T5", "T5")]
    [InlineData("T5-T5", "T5")]
    [InlineData("T5-T11 and L5-S2", "T5-T11, L5-S2")]
    [InlineData("T1-10 and S1-2", "T1-T10, S1-S2")]
    [InlineData("T5-T10, L3-S1", "T5-T10, L3-S1")]
    [InlineData("T5-T10; L3-S1", "T5-T10, L3-S1")]
    [InlineData("T5-T10 + L3-S1", "T5-T10, L3-S1")]
    [InlineData("T5-T10, and L3-S1", "T5-T10, L3-S1")]
    [InlineData("L3-S1, T5-T10", "L3-S1, T5-T10")]
    [InlineData("T6-7 disc", "T6-T7")]
    [InlineData("T6-7 DISK", "T6-T7")]
    [InlineData("T6/T7", "T6-T7")]
    [InlineData("T6/7", "T6-T7")]
    [InlineData("L5/S1", "L5-S1")]
    [InlineData("T12/L1", "T12-L1")]
    [InlineData("S5/Co", "S5-Co")]
    [InlineData("T6-7 disc and L5/S1", "T6-T7, L5-S1")]
    [InlineData("Th5-Th8", "T5-T8")]
    [InlineData("D10-D12", "T10-T12")]
    [InlineData("T5to8", "T5-T8")]
    public void Parse_spans_accepts_clinical_notation(string text, string expected) =>
        Assert.Equal(expected, SpineNotation.Format(SpineNotation.ParseSpans(text, Standard).Value));

    [Theory]
    [InlineData(null, 0, "no text: expected a vertebral level such as T5, L1, S2 or Co")]
    [InlineData("", 0, "empty text: expected a vertebral level such as T5, L1, S2 or Co")]
    [InlineData("   ", 3, "empty text: expected a vertebral level such as T5, L1, S2 or Co")]
    [InlineData("X5", 0, "unknown vertebral level 'X5': expected a vertebral level such as T5, L1, S2 or Co")]
    [InlineData("T5-X8", 3, "unknown vertebral level 'X8'")]
    [InlineData("T0", 0, "T0 does not exist: thoracic levels are T1 to T12 (T13 only with 13 thoracic vertebrae)")]
    [InlineData("C8", 0, "C8 does not exist: cervical levels are C1 to C7")]
    [InlineData("L7", 0, "L7 does not exist: lumbar levels are L1 to L5 (L6 only with 6 lumbar vertebrae)")]
    [InlineData("S6", 0, "S6 does not exist: sacral levels are S1 to S5, then the coccyx Co")]
    [InlineData("T99999999999", 0, "T99999999999 does not exist")]
    [InlineData("T", 1, "expected a level number after 'T' (such as T5), found the end of the text")]
    [InlineData("Th x", 3, "expected a level number after 'Th' (such as T5), found 'x'")]
    [InlineData("T5-", 2, "'-' must be followed by the second level, such as T8 or 8; found the end of the text")]
    [InlineData("T5 to ", 3, "'to' must be followed by the second level")]
    [InlineData("T5,", 2, "',' must be followed by another span, such as L5-S2; found the end of the text")]
    [InlineData("T5 and", 3, "'and' must be followed by another span")]
    [InlineData("and T5", 0, "expected a vertebral level such as T5, L1, S2 or Co, found 'and'")]
    [InlineData("5", 0, "expected a vertebral level such as T5, L1, S2 or Co, found '5'")]
    [InlineData("T5 T8", 3, "expected ',', ';', '+' or 'and' between spans, found 'T8'")]
    [InlineData("T5#", 2, "expected ',', ';', '+' or 'and' between spans, found '#'")]
    [InlineData("T6/T9", 0, "a disc joins two adjacent vertebrae, but T6 and T9 are not adjacent")]
    [InlineData("T6-9 disc", 0, "a disc joins two adjacent vertebrae, but T6 and T9 are not adjacent")]
    [InlineData("T6 disc", 3, "a disc lies between two adjacent vertebrae: write it as T6/T7 or T6-T7 disc")]
    [InlineData("T12-1", 4, "the abbreviated second level T1 lies cranial to T12: write both levels in full, such as T12-L1")]
    [InlineData("Co-5", 3, "a bare number cannot follow Co")]
    [InlineData("Co1", 0, "the coccyx is one level, written Co; found 'Co1'")]
    [InlineData("T5x", 2, "unexpected 'x' after T5")]
    [InlineData("T5,,T6", 3, "expected a vertebral level such as T5, L1, S2 or Co, found ','")]
    [InlineData("T5 and and T6", 7, "found 'and'")]
    [InlineData("T5-T8-T9", 5, "expected ',', ';', '+' or 'and' between spans, found '-'")]
    [InlineData("T5\u0001", 2, "found character U+0001")]
    [InlineData("Т5", 0, "found 'Т'")]
    public void Parse_spans_rejects_bad_text_with_message_and_position(string? text, int position, string message)
    {
        var result = SpineNotation.ParseSpans(text, Standard);
        Assert.False(result.Success);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(position, result.Position);
    }

    [Theory]
    [InlineData("T5-T8", 2, "unexpected '-' after T5: expected a single vertebral level such as T5")]
    [InlineData("T5 T6", 3, "unexpected 'T6' after T5")]
    [InlineData(null, 0, "no text")]
    public void Parse_level_rejects_anything_but_one_level(string? text, int position, string message)
    {
        var result = SpineNotation.ParseLevel(text, Standard);
        Assert.False(result.Success);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void Parse_span_requires_exactly_one_span()
    {
        Assert.False(SpineNotation.ParseSpan("T8–5", Standard).Success); // abbreviated bound cranial to the first
        Assert.Equal(VertebralSpan.Create(VertebralLevel.Thoracic(5), VertebralLevel.Thoracic(8)), SpineNotation.ParseSpan("T8-T5", Standard).Value);
        var two = SpineNotation.ParseSpan("T5, T8", Standard);
        Assert.Equal("expected one span such as T5-T8, found 2 spans", two.Error);
        Assert.False(SpineNotation.ParseSpan("", Standard).Success);
    }

    [Fact]
    public void Many_spans_beyond_the_stack_buffer_are_kept_in_order()
    {
        var text = string.Join(", ", Enumerable.Range(1, 12).Select(n => FormattableString.Invariant($"T{n}")));
        var spans = SpineNotation.ParseSpans(text, Standard).Value;
        Assert.Equal(12, spans.Length);
        Assert.Equal(text, SpineNotation.Format(spans));
    }

    [Fact]
    public void Every_level_and_span_round_trips_under_every_anatomy()
    {
        foreach (var a in SpineAnatomy.All)
        {
            for (var i = 0; i < a.LevelCount; i++)
            {
                var level = a.LevelAt(i);
                Assert.Equal(level, SpineNotation.ParseLevel(level.ToString(), a).Value);
                for (var j = i; j < a.LevelCount; j++)
                {
                    var span = VertebralSpan.Create(level, a.LevelAt(j));
                    Assert.Equal([span], SpineNotation.ParseSpans(span.ToString(), a).Value.ToArray());
                }
            }
        }
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Any_list_of_spans_round_trips_under_any_anatomy(Sample<(SpineAnatomy, VertebralSpan[])> sample)
    {
        var (a, spans) = sample.Value;
        Assert.Equal(spans, SpineNotation.ParseSpans(SpineNotation.Format(spans), a).Value.ToArray());
    }

    [Property(MaxTest = 2000)]
    public void Random_strings_never_crash_the_parser(string? text) => Probe(text);

    [Property(MaxTest = 3000, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Random_strings_of_grammar_tokens_never_crash_the_parser(Sample<string> text) => Probe(text.Value);

    private static void Probe(string? text)
    {
        foreach (var a in new[] { SpineAnatomy.Standard, SpineAnatomy.Create(13, 6), SpineAnatomy.Create(11, 4) })
        {
            var spans = SpineNotation.ParseSpans(text, a);
            if (spans.Success)
            {
                Assert.NotEmpty(spans.Value);
                Assert.All(spans.Value, s => Assert.True(s.IsValidIn(a) && s.Cranial <= s.Caudal));
                Assert.Equal(spans.Value.ToArray(), SpineNotation.ParseSpans(SpineNotation.Format(spans.Value), a).Value.ToArray());
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(spans.Error));
                Assert.InRange(spans.Position, 0, text?.Length ?? 0);
            }

            var level = SpineNotation.ParseLevel(text, a);
            Assert.True(level.Success || level.Position <= (text?.Length ?? 0));
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Text_is_identical_under_any_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("T5-T11, L5-S2", SpineNotation.Format(SpineNotation.ParseSpans("t5-t11 and l5-s2", Standard).Value));
            Assert.Equal("T5", SpineNotation.ParseLevel("ti5".Replace("i", "h", StringComparison.Ordinal), Standard).Value.ToString());
            Assert.Equal("T5", SpineNotation.ParseLevel("TH5", Standard).Value.ToString());
            Assert.Equal("Co", SpineNotation.ParseLevel("COCCYX", Standard).Value.ToString());
            Assert.Equal("Co", SpineNotation.ParseLevel("cx", Standard).Value.ToString());
            Assert.Equal("T6-T7", SpineNotation.ParseSpans("T6-7 DISC", Standard).Value[0].ToString());
            Assert.Equal("T1-T10, S1-S2", SpineNotation.Format(SpineNotation.ParseSpans("T1-10 AND S1-2", Standard).Value));
            Assert.False(SpineNotation.ParseLevel("Tİ5", Standard).Success); // dotted capital I is not 'h' nor ASCII
            Assert.Equal("12 thoracic and 5 lumbar vertebrae", Standard.ToString());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        private static readonly string[] Tokens =
        [
            "T", "t", "Th", "D", "C", "L", "S", "Co", "Cx", "coccyx", "0", "1", "5", "7", "12", "13", "6", "99", "-", "–", "—", "−", "‐",
            "to", "and", ",", ";", "+", "/", "disc", " ", "  ", "\t", "x", "#", "\u00a0", "T5", "L6", "S5", "T13",
        ];

        public static Arbitrary<Sample<(SpineAnatomy, VertebralSpan[])>> AnatomyAndSpans() =>
            (from a in SpineGenerators.Anatomy from s in SpineGenerators.SpansIn(a) select (a, s)).ToArbitrary();

        public static Arbitrary<Sample<string>> GrammarTokens() =>
            (from n in Draw.Choose(0, 12)
             from parts in Draw.ArrayOf(Draw.Elements(Tokens), n)
             select string.Concat(parts)).ToArbitrary();
    }
}
