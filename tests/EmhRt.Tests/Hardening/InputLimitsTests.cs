using System.Text;
using EmhRt.Doses;
using EmhRt.Planning.Input;
using EmhRt.Protocol;
using EmhRt.Radiobiology;
using EmhRt.Spine;
using EmhRt.Text;

namespace EmhRt.Tests.Hardening;

/// <summary>Issue 19: the input-sanity bounds of <see cref="InputLimits"/>, checked where values enter.</summary>
public class InputLimitsTests
{
    [Theory]
    [InlineData(101)]
    [InlineData(int.MaxValue)]
    public void Fractionation_refuses_more_fractions_than_the_limit(int fractions)
    {
        var result = Fractionation.Create(Dose.FromGy(20), fractions, null);
        Assert.False(result.Success);
        Assert.Contains("input-sanity limit 100 fractions", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fractionation_accepts_exactly_the_limit()
    {
        Assert.Equal(InputLimits.MaxFractions, Fractionation.Create(Dose.FromGy(100), InputLimits.MaxFractions, null).Value.Fractions);
    }

    [Theory]
    [InlineData(99, 0.0000001)]
    [InlineData(20, 1e-300)]
    [InlineData(20, 0.19)]
    public void A_total_and_a_tiny_dose_per_fraction_are_refused_before_counting_fractions(double total, double perFraction)
    {
        var result = Fractionation.Create(Dose.FromGy(total), null, Dose.FromGy(perFraction));
        Assert.False(result.Success);
        Assert.Contains("implausible (input-sanity limit 100 fractions)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1001")]
    public void AlphaBeta_parse_refuses_values_outside_the_bounds(string text)
    {
        var result = AlphaBeta.Parse(text);
        Assert.False(result.Success);
        Assert.Contains("must be from 0.01 to 1000 Gy (input-sanity limit)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e-320)]
    [InlineData(1.797e308)]
    public void PlanInput_refuses_extreme_alpha_beta_with_its_field(double gy)
    {
        var result = new PlanInput { Lesion = "T5-T8", DoseGy = 20, Fractions = 10, AlphaBetaCordGy = gy }.ToRequest();
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(PlanField.AlphaBetaCord, error.Field);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanInput_refuses_more_prior_courses_or_holidays_than_the_limits()
    {
        var priors = new PlanInput
        {
            Lesion = "T5-T8", DoseGy = 20, Fractions = 10, Start = new DateOnly(2026, 12, 1),
            Priors = [.. Enumerable.Repeat("20Gy/10@2020-01-01", InputLimits.MaxPriorCourses + 1)],
        }.ToRequest();
        Assert.Contains(priors.Errors, e => e.Field == PlanField.Prior && e.Message.Contains("input-sanity limit 20", StringComparison.Ordinal));

        var holidays = new PlanInput
        {
            Lesion = "T5-T8", DoseGy = 20, Fractions = 10,
            Holidays = [.. Enumerable.Range(0, InputLimits.MaxHolidays + 1).Select(i => new DateOnly(2026, 1, 1).AddDays(i))],
        }.ToRequest();
        Assert.Contains(holidays.Errors, e => e.Field == PlanField.Holidays && e.Message.Contains("input-sanity limit 1000", StringComparison.Ordinal));
    }

    [Fact]
    public void Protocol_check_uses_the_same_alpha_beta_bounds_as_plan_input()
    {
        foreach (var (value, ok) in new[] { ("0.01", true), ("1000", true), ("0.0099", false), ("1000.5", false), ("1e-320", false), ("1.797e308", false) })
        {
            var json = EmhProtocol.DefaultJson.Replace("\"emhGy\": 10", "\"emhGy\": " + value, StringComparison.Ordinal);
            var loaded = ProtocolLoader.Load(json);
            Assert.Equal(ok, loaded.Success);
            var input = new PlanInput { Lesion = "T5-T8", DoseGy = 20, Fractions = 10, AlphaBetaEmhGy = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }.ToRequest();
            Assert.Equal(ok, input.Success);
        }
    }

    [Fact]
    public void Protocol_with_an_unpaired_surrogate_escape_is_an_error_with_its_position()
    {
        var json = EmhProtocol.DefaultJson.Replace("\"emh-default\"", "\"emh\\ud800\"", StringComparison.Ordinal);
        var result = ProtocolLoader.Load(json);
        var error = Assert.Single(result.Errors);
        Assert.Equal("invalid JSON at line 3, byte 9 of the line: a string holds a \\u escape that is not valid UTF-16 (an unpaired surrogate such as \\ud800)", error.Message);
    }

    [Fact]
    public void InputText_reads_at_most_the_limit_from_an_endless_device()
    {
        Assert.False(InputText.TryReadBytes("/dev/zero", 1000, out var bytes, out var error));
        Assert.Empty(bytes);
        Assert.Equal("the file is larger than 1000 bytes (the input limit); refusing to read it", error);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xFF }, 1)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xC3 }, 3)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]
    public void InputText_finds_the_first_invalid_utf8_byte(byte[] bytes, int offset)
    {
        Assert.Equal(offset, InputText.FirstInvalidUtf8(bytes));
        Assert.Null(InputText.FirstInvalidUtf8(Encoding.UTF8.GetBytes("é😀 ok")));
    }

    [Fact]
    public void Geometry_reader_refuses_an_unpaired_surrogate_escape()
    {
        var result = SpineGeometryReader.ReadJson("[{\"level\":\"T5\\udc00\",\"topMm\":1,\"bottomMm\":2}]", SpineAnatomy.Standard);
        Assert.False(result.Success);
        Assert.Contains("a string holds a \\u escape that is not valid UTF-16", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    /// <summary>Found by <see cref="ParserHostileInputProperties"/>: a string (not a file's bytes) with half a surrogate pair made ReadJson throw.</summary>
    [Theory]
    [InlineData(0, "line 1", "U+D800 at character 14")]
    [InlineData(1, "line 2", "U+DC00 at character 40")]
    public void Geometry_json_text_with_an_unpaired_surrogate_is_an_error_with_its_line_not_an_exception(int example, string line, string where)
    {
        // Built here: an attribute argument cannot hold half a surrogate pair (it is stored as UTF-8).
        var json = example == 0
            ? "[{\"level\":\"T5\uD800\",\"topMm\":1,\"bottomMm\":2}]"
            : "[\n{\"level\":\"T5\",\"topMm\":1,\"bottomMm\":2}\uDC00]";
        var result = SpineGeometryReader.ReadJson(json, SpineAnatomy.Standard);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(line + ": not valid text: an unpaired surrogate " + where, error.ToString());
    }

    /// <summary>
    /// A protocol string with half a surrogate pair is refused with its line and character: encoding it would put U+FFFD
    /// in its place and load a protocol id ("emh\uFFFD") that is not the caller's.
    /// </summary>
    [Fact]
    public void Protocol_text_with_an_unpaired_surrogate_is_refused_never_loaded_with_a_replacement_character()
    {
        var result = ProtocolLoader.Load("{\n  \"id\": \"emh\uD800\"\n}");
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal("$: not valid text at line 2: an unpaired surrogate U+D800 at character 15", error.ToString());
    }

    /// <summary>
    /// Found by <see cref="ParserHostileInputProperties"/>: "30Gy/1" was accepted (30 Gy per fraction, over the 25 Gy
    /// limit a given dose per fraction is held to) and its own text "30 Gy in 1 fraction of 30 Gy" did not parse back.
    /// </summary>
    [Theory]
    [InlineData("30Gy/1")]
    [InlineData("60 Gy in 2 fractions")]
    [InlineData("100 Gy/3")]
    public void A_total_and_fraction_count_over_the_dose_per_fraction_limit_are_refused(string text)
    {
        var result = Fractionation.Parse(text);
        Assert.False(result.Success);
        Assert.Contains("per fraction: implausible as a dose per fraction (input-sanity limit 25 Gy)", result.Error, StringComparison.Ordinal);
        Assert.False(Fractionation.Create(Dose.FromGy(30), 1, null).Success);
    }

    [Theory]
    [InlineData("25Gy/1")]
    [InlineData("50 Gy/2")]
    public void A_total_and_fraction_count_at_the_dose_per_fraction_limit_are_accepted_and_round_trip(string text)
    {
        var result = Fractionation.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(result.Value, Fractionation.Parse(result.Value.ToString()).Value);
    }
}
