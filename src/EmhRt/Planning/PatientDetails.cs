using EmhRt.Spine;

namespace EmhRt.Planning;

/// <summary>
/// What the plan needs to know about the patient. Nothing here is guessed: a missing age or sex stays
/// <see langword="null"/> and the assessment says what it assumed instead.
/// </summary>
public sealed record PatientDetails
{
    /// <summary>A patient with nothing known but the standard anatomy (12 thoracic, 5 lumbar vertebrae).</summary>
    public static PatientDetails Unknown { get; } = new();

    /// <summary>The oldest age accepted, years (an input-sanity limit, not a clinical one).</summary>
    public const double MaxAgeYears = 150;

    /// <summary>
    /// Parses an age a user writes, in years: a decimal number from 0 to 150 (<c>34</c>, <c>0.5</c> for a child), with
    /// the number grammar of <see cref="Doses.Dose.Parse"/> (a point as decimal separator with a digit after it, no
    /// sign, no exponent, no unit). The one age grammar of every front end. Never throws.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The age in years, or a message with the zero-based position of the problem.</returns>
    public static Text.ParseResult<double> ParseAge(string? text)
    {
        var parsed = Text.NumberText.ParseDecimal(text, "an age", "'34' (years)", null);
        return !parsed.Success || parsed.Value <= MaxAgeYears
            ? parsed
            : Text.ParseResult<double>.ForError(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{text!.Trim()}' is out of range: an age is from 0 to {MaxAgeYears} years"), 0);
    }

    /// <summary>Age in years (finite, 0–150), or <see langword="null"/> when not given.</summary>
    public double? AgeYears { get; init; }

    /// <summary>Sex, or <see langword="null"/> when not given (population geometry then uses the male lengths, the longer ones, and says so).</summary>
    public Sex? Sex { get; init; }

    /// <summary>
    /// Pregnancy status (default <see cref="PregnancyStatus.Unknown"/>); <see cref="PregnancyStatus.Pregnant"/> is refused for
    /// a patient recorded male.
    /// </summary>
    public PregnancyStatus PregnancyStatus { get; init; }

    /// <summary>Vertebral counts (11–13 thoracic, 4–6 lumbar); default 12/5.</summary>
    public SpineAnatomy Anatomy { get; init; }

    /// <summary>Patient-specific level positions measured on the patient's own CT, or <see langword="null"/> to use the population estimate (gray1918).</summary>
    public SpineGeometry? Geometry { get; init; }
}
