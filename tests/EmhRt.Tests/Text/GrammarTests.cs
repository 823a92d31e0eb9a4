using EmhRt.Doses;
using EmhRt.Planning;
using EmhRt.Radiobiology;
using EmhRt.Spine;
using EmhRt.Text;
using EmhRt.Volumes;

namespace EmhRt.Tests.Text;

/// <summary>
/// The one grammar of numbers a user writes (issue 17): every kind of value (dose, α/β, length, age, fractions, CTV
/// levels, vertebral counts) reads numbers the same way; each parser adds only its unit and range.
/// </summary>
public class GrammarTests
{
    public static TheoryData<string, string> RefusedByEveryNumberParser => new()
    {
        { "+5", "no sign: a plus is a typo more often than a statement" },
        { "-5", "no sign: nothing a user states here is negative" },
        { "5.", "a point needs a digit after it" },
        { "2,5", "a comma is never a decimal separator" },
        { "1e1", "no exponent" },
        { "NaN", "not a number" },
        { "", "empty is missing, never a number" },
        { "1 2", "two numbers" },
    };

    [Theory]
    [MemberData(nameof(RefusedByEveryNumberParser))]
    public void Every_number_parser_refuses_the_same_texts(string text, string reason)
    {
        _ = reason;
        Assert.False(Dose.Parse(text).Success);
        Assert.False(AlphaBeta.Parse(text).Success);
        Assert.False(PtvMargin.ParseMillimetres(text).Success);
        Assert.False(PatientDetails.ParseAge(text).Success);
        Assert.False(Fractionation.ParseFractions(text).Success);
        Assert.False(CtvLevelMargin.ParseLevels(text).Success);
        Assert.False(SpineAnatomy.ParseThoracicCount(text).Success);
    }

    [Theory]
    [InlineData("5", 5.0)]
    [InlineData("5mm", 5.0)]
    [InlineData(" 7.5 MM ", 7.5)]
    [InlineData("0", 0.0)]
    [InlineData(".5", 0.5)]
    public void A_length_is_mm_with_an_optional_unit(string text, double mm) =>
        Assert.Equal(mm, PtvMargin.ParseMillimetres(text).Value);

    [Theory]
    [InlineData("1cm", "unknown unit 'cm': expected mm, e.g. '5' or '5 mm'", 1)]
    [InlineData("5 Gy", "unknown unit 'Gy': expected mm, e.g. '5' or '5 mm'", 2)]
    [InlineData("-1", "'-1' is negative: a length must not be negative", 0)]
    [InlineData("  ", "no length given: expected e.g. '5' or '5 mm'", 0)]
    public void A_length_error_says_what_and_where(string text, string message, int position)
    {
        var parsed = PtvMargin.ParseMillimetres(text);
        Assert.Equal(message, parsed.Error);
        Assert.Equal(position, parsed.Position);
    }

    [Theory]
    [InlineData("34", 34.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("0", 0.0)]
    [InlineData("150", 150.0)]
    public void An_age_is_0_to_150_years(string text, double years) => Assert.Equal(years, PatientDetails.ParseAge(text).Value);

    [Theory]
    [InlineData("150.5", "'150.5' is out of range: an age is from 0 to 150 years")]
    [InlineData("34 years", "unexpected 'years' after an age: expected a number only, e.g. '34' (years)")]
    public void An_age_error_names_the_range_or_the_extra_text(string text, string message) =>
        Assert.Equal(message, PatientDetails.ParseAge(text).Error);

    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 10 ", 10)]
    [InlineData("10000", 10000)]
    public void Fractions_are_whole_numbers_from_1(string text, int fractions) => Assert.Equal(fractions, Fractionation.ParseFractions(text).Value);

    [Theory]
    [InlineData("0", "'0' is not allowed: a course has at least 1 fraction")]
    [InlineData("2.0", "'2.0' is not a whole number: expected a number of fractions such as '1' or '10'")]
    [InlineData("99999999999", "'99999999999' is too large for a number of fractions")]
    public void A_fraction_count_error_says_why(string text, string message) => Assert.Equal(message, Fractionation.ParseFractions(text).Error);

    [Fact]
    public void Ctv_levels_start_at_0() => Assert.Equal(0, CtvLevelMargin.ParseLevels("0").Value);

    [Theory]
    [InlineData("11", true)]
    [InlineData("12", true)]
    [InlineData("13", true)]
    [InlineData("10", false)]
    [InlineData("14", false)]
    public void Thoracic_counts_follow_the_anatomy_rule(string text, bool ok) => Assert.Equal(ok, SpineAnatomy.ParseThoracicCount(text).Success);

    [Theory]
    [InlineData("4", true)]
    [InlineData("6", true)]
    [InlineData("3", false)]
    [InlineData("7", false)]
    public void Lumbar_counts_follow_the_anatomy_rule(string text, bool ok) => Assert.Equal(ok, SpineAnatomy.ParseLumbarCount(text).Success);

    [Fact]
    public void TryCreate_applies_the_anatomy_rule_that_Create_and_the_count_parsers_apply()
    {
        foreach (var thoracic in Enumerable.Range(9, 7))
        {
            foreach (var lumbar in Enumerable.Range(2, 7))
            {
                var created = SpineAnatomy.TryCreate(thoracic, lumbar);
                var byText = SpineAnatomy.ParseThoracicCount(thoracic.ToString(System.Globalization.CultureInfo.InvariantCulture)).Success
                    && SpineAnatomy.ParseLumbarCount(lumbar.ToString(System.Globalization.CultureInfo.InvariantCulture)).Success;
                Assert.Equal(byText, created.Success);
                Assert.Equal(created.Success, SpineAnatomy.All.Any(a => a.ThoracicCount == thoracic && a.LumbarCount == lumbar));
                if (!created.Success)
                {
                    Assert.Throws<ArgumentOutOfRangeException>(() => SpineAnatomy.Create(thoracic, lumbar));
                    Assert.Equal(
                        $"{thoracic} thoracic and {lumbar} lumbar vertebrae is not a supported anatomy: thoracic must be 11, 12 or 13 and lumbar 4, 5 or 6",
                        created.Error);
                }
            }
        }
    }

    [Theory]
    [InlineData("0", "'0' is not allowed: an α/β ratio must be greater than 0 Gy")]
    [InlineData("", "no α/β ratio given: expected e.g. '10' or '2 Gy'")]
    [InlineData("x", "'x' is not a number: expected an α/β ratio such as '10' or '2 Gy'")]
    public void An_alpha_beta_error_speaks_of_an_alpha_beta_not_a_dose(string text, string message) =>
        Assert.Equal(message, AlphaBeta.Parse(text).Error);
}
