using System.Collections.Immutable;
using EmhRt.Planning.Input;
using EmhRt.Spine;

namespace EmhRt.Tests.Planning.Input;

public class PlanInputTests
{
    private static readonly PlanInput Seed003 = new() { Lesion = "T5-T8", DoseGy = 20, Fractions = 10 };

    private static PlanInputError SingleError(PlanInput input)
    {
        var result = input.ToRequest();
        Assert.False(result.Success);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Minimal_input_makes_a_request_with_nothing_invented()
    {
        var result = Seed003.ToRequest();
        Assert.True(result.Success);
        var request = result.Request;
        Assert.Equal("T5-T8", Assert.Single(request.Lesions).ToString());
        Assert.Equal(2.0, request.Regimen.DosePerFraction.Gy);
        Assert.Null(request.PtvMargin);
        Assert.Null(request.CtvMargin);
        Assert.Null(request.StartDate);
        Assert.Null(request.Patient.AgeYears);
        Assert.Null(request.Patient.Sex);
        Assert.Null(request.EmhAlphaBeta);
        Assert.True(request.TreatedSpans.IsEmpty);
    }

    [Fact]
    public void Directional_margins_override_the_isotropic_one()
    {
        var request = (Seed003 with { MarginMm = 10, MarginSuperiorMm = 20 }).ToRequest().Request!;
        Assert.Equal(20, request.PtvMargin!.Value.SuperiorMm);
        Assert.Equal(10, request.PtvMargin!.Value.InferiorMm);
        Assert.Equal(10, request.PtvMargin!.Value.RadialMm);
    }

    [Fact]
    public void A_partial_margin_without_isotropic_value_is_an_error_not_a_default()
    {
        var error = SingleError(Seed003 with { MarginSuperiorMm = 20 });
        Assert.Equal(PlanField.Margin, error.Field);
        Assert.Contains("incomplete PTV margin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctv_levels_combine_like_margins()
    {
        var request = (Seed003 with { CtvLevels = 2, CtvLevelsBelow = 1 }).ToRequest().Request!;
        Assert.Equal(2, request.CtvMargin!.Value.LevelsAbove);
        Assert.Equal(1, request.CtvMargin!.Value.LevelsBelow);
        Assert.Equal(PlanField.CtvLevels, SingleError(Seed003 with { CtvLevelsAbove = 2 }).Field);
    }

    [Theory]
    [InlineData("T0")]
    [InlineData("T5-")]
    [InlineData("X5")]
    public void Bad_lesion_text_names_the_text_and_the_position(string lesion)
    {
        var error = SingleError(Seed003 with { Lesion = lesion });
        Assert.Equal(PlanField.Lesion, error.Field);
        Assert.StartsWith($"'{lesion}': ", error.Message, StringComparison.Ordinal);
        Assert.Contains("(at character ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void T13_needs_the_anatomy_that_has_it()
    {
        Assert.Equal(PlanField.Lesion, SingleError(Seed003 with { Lesion = "T13" }).Field);
        var request = (Seed003 with { Lesion = "T13", ThoracicVertebrae = 13 }).ToRequest().Request!;
        Assert.Equal(SpineAnatomy.Create(13, 5), request.Patient.Anatomy);
    }

    [Fact]
    public void Unsupported_anatomy_is_an_error()
    {
        var error = SingleError(Seed003 with { ThoracicVertebrae = 10 });
        Assert.Equal(PlanField.Anatomy, error.Field);
        Assert.Contains("thoracic must be 11, 12 or 13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inconsistent_regimen_names_the_three_values()
    {
        var error = SingleError(Seed003 with { DosePerFractionGy = 1.8 });
        Assert.Equal(PlanField.Regimen, error.Field);
        Assert.Contains("1.8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_regimen_is_an_error()
    {
        var error = SingleError(new PlanInput { Lesion = "T5-T8" });
        Assert.Equal(PlanField.Regimen, error.Field);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = new PlanInput { Lesion = "T0", DoseGy = 20, Fractions = 10, Treated = "Q1", TreatmentDays = "Funday", AlphaBetaEmhGy = -1 }.ToRequest();
        Assert.False(result.Success);
        Assert.Equal(
            new[] { PlanField.Lesion, PlanField.Treated, PlanField.TreatmentDays, PlanField.AlphaBetaEmh },
            result.Errors.Select(e => e.Field).ToArray());
    }

    [Fact]
    public void Prior_courses_need_a_start_date()
    {
        var error = SingleError(Seed003 with { Priors = ["30Gy/15@2023-01-10:T3-T8"] });
        Assert.Equal(PlanField.Prior, error.Field);
        Assert.Contains("start date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prior_course_without_date_is_quoted_once_with_one_example()
    {
        const string Text = "20 Gy/5 fx 2019-03-01 T4-T9";
        var error = SingleError(Seed003 with { Start = new DateOnly(2026, 12, 1), Priors = [Text] });
        Assert.Equal(PlanField.Prior, error.Field);
        Assert.Equal(
            "'20 Gy/5 fx 2019-03-01 T4-T9': has no date: expected FRACTIONATION@YYYY-MM-DD[:LEVELS][:cordmax=DOSE] "
            + "(a course is written e.g. 30Gy/15@2023-01-10:T3-T8)",
            error.Message);
    }

    [Fact]
    public void Prior_course_span_becomes_level_indices()
    {
        var request = (Seed003 with { Start = new DateOnly(2026, 12, 1), Priors = ["30Gy/15@2023-01-10:T3-T8"] }).ToRequest().Request!;
        var prior = Assert.Single(request.PriorCourses);
        var anatomy = SpineAnatomy.Standard;
        Assert.Equal(
            Enumerable.Range(anatomy.IndexOf(VertebralLevel.Thoracic(3)), 6).ToImmutableSortedSet(),
            prior.LevelIndices);
    }

    [Fact]
    public void Bad_prior_course_is_numbered_when_there_are_several()
    {
        var error = SingleError(Seed003 with { Start = new DateOnly(2026, 12, 1), Priors = ["30Gy/15@2023-01-10", "30Gy/15@2023-01-10:T0"] });
        Assert.Equal(PlanField.Prior, error.Field);
        Assert.StartsWith("course 2: '30Gy/15@2023-01-10:T0': treated span 'T0'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(151.0)]
    [InlineData(double.NaN)]
    public void Implausible_age_is_an_error(double age) => Assert.Equal(PlanField.Age, SingleError(Seed003 with { AgeYears = age }).Field);

    [Fact]
    public void Regimens_and_holiday_lists_repeated_across_inputs_give_the_same_values_as_the_first_time()
    {
        // ToRequest memoises both (batches repeat them); each value must still follow its own input exactly.
        var holidays = ImmutableArray.Create(new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25));
        for (var round = 0; round < 3; round++)
        {
            var a = (Seed003 with { DosePerFractionGy = 2, Start = new DateOnly(2026, 12, 1), Holidays = holidays }).ToRequest().Request!;
            Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)], a.Holidays.Dates.ToArray());
            Assert.Equal((20.0, 10, 2.0), (a.Regimen.TotalDose.Gy, a.Regimen.Fractions, a.Regimen.DosePerFraction.Gy));

            var b = (Seed003 with { DoseGy = 18, Holidays = [new DateOnly(2026, 12, 24)] }).ToRequest().Request!;
            Assert.Equal([new DateOnly(2026, 12, 24)], b.Holidays.Dates.ToArray());
            Assert.Equal((18.0, 10, 1.8), (b.Regimen.TotalDose.Gy, b.Regimen.Fractions, b.Regimen.DosePerFraction.Gy));

            var inconsistent = SingleError(Seed003 with { DosePerFractionGy = 3 });
            Assert.Equal(PlanField.Regimen, inconsistent.Field);
            Assert.Equal(SingleError(Seed003 with { DosePerFractionGy = 3 }).Message, inconsistent.Message);
            Assert.False((Seed003 with { DoseGy = -0.0 }).ToRequest().Success);
            Assert.False((Seed003 with { DoseGy = 0.0 }).ToRequest().Success);
        }
    }

    [Fact]
    public void Prior_courses_repeated_across_inputs_follow_their_own_text_and_anatomy()
    {
        // ToRequest memoises prior courses by text and anatomy (batches repeat them).
        const string Course = "30Gy/15@2023-01-10:L4-L6";
        for (var round = 0; round < 3; round++)
        {
            // L6 exists only with 6 lumbar vertebrae: same text, other anatomy, other result.
            var six = (Seed003 with { Start = new DateOnly(2026, 12, 1), Priors = [Course], LumbarVertebrae = 6 }).ToRequest().Request!;
            var anatomy = SpineAnatomy.Create(12, 6);
            Assert.Equal(
                Enumerable.Range(anatomy.IndexOf(VertebralLevel.Lumbar(4)), 3).ToImmutableSortedSet(),
                Assert.Single(six.PriorCourses).LevelIndices);

            var five = SingleError(Seed003 with { Start = new DateOnly(2026, 12, 1), Priors = [Course] });
            Assert.Equal(PlanField.Prior, five.Field);
            Assert.StartsWith("'30Gy/15@2023-01-10:L4-L6': treated span 'L4-L6'", five.Message, StringComparison.Ordinal);

            var two = (Seed003 with { Start = new DateOnly(2026, 12, 1), Priors = ["30Gy/15@2023-01-10:T3-T8", "8Gy/1@2024-02-01"] }).ToRequest().Request!;
            Assert.Equal(2, two.PriorCourses.Length);
            Assert.Equal((30.0, 15, new DateOnly(2023, 1, 10)), (two.PriorCourses[0].Fractionation.TotalDose.Gy, two.PriorCourses[0].Fractionation.Fractions, two.PriorCourses[0].Date));
            Assert.Null(two.PriorCourses[1].LevelIndices);
            Assert.Equal((8.0, 1), (two.PriorCourses[1].Fractionation.TotalDose.Gy, two.PriorCourses[1].Fractionation.Fractions));
        }
    }
}
