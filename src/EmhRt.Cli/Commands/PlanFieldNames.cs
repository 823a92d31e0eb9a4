using EmhRt.Planning.Input;

namespace EmhRt.Cli;

/// <summary>How the CLI names a <see cref="PlanField"/>: as <c>plan</c> options, or as batch columns.</summary>
internal static class PlanFieldNames
{
    /// <summary>The <c>plan</c> option(s) behind a field, e.g. <c>--lesion</c>.</summary>
    public static string Option(PlanField field) => field switch
    {
        PlanField.Lesion => "--lesion",
        PlanField.Regimen => "--dose/--fractions/--dose-per-fraction",
        PlanField.Treated => "--treated",
        PlanField.Margin => "--margin",
        PlanField.CtvLevels => "--ctv-levels",
        PlanField.Start => "--start",
        PlanField.Holidays => "--holiday",
        PlanField.TreatmentDays => "--treatment-days",
        PlanField.Prior => "--prior",
        PlanField.Age => "--age",
        PlanField.Anatomy => "--thoracic-vertebrae/--lumbar-vertebrae",
        PlanField.SpineGeometry => "--spine-geometry",
        PlanField.AlphaBetaEmh => "--alpha-beta-emh",
        PlanField.AlphaBetaCord => "--alpha-beta-cord",
        PlanField.PregnancyStatus => "--pregnancy-status",
        PlanField.CordMaxDose => "--cord-max-dose",
        PlanField.OrganDoses => "--organ-dose",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>
    /// The field an assessment error (<see cref="Planning.PlanAssessor.TryAssess"/>, which reports no field) is about:
    /// a schedule that does not fit the calendar is the start date's, a prior course's date the prior's, a span the
    /// lesion's or treated span's; null when none applies (geometry).
    /// </summary>
    public static PlanField? ForAssessmentError(string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.StartsWith("the course does not fit", StringComparison.Ordinal) ? PlanField.Start
            : error.Contains("prior course", StringComparison.Ordinal) ? PlanField.Prior
            : error.StartsWith("lesion ", StringComparison.Ordinal) || error.StartsWith("no lesion", StringComparison.Ordinal) ? PlanField.Lesion
            : error.StartsWith("treated span ", StringComparison.Ordinal) ? PlanField.Treated
            : error.StartsWith("pregnancy status ", StringComparison.Ordinal) ? PlanField.PregnancyStatus
            : null;
    }

    /// <summary>The batch column(s) behind a field, e.g. <c>column lesion</c>.</summary>
    public static string Column(PlanField field) => field switch
    {
        PlanField.Lesion => "column lesion",
        PlanField.Regimen => "columns dose, fractions, dose_per_fraction",
        PlanField.Treated => "column treated",
        PlanField.Margin => "columns margin, margin_superior, margin_inferior, margin_radial",
        PlanField.CtvLevels => "column ctv_levels",
        PlanField.Start => "column start",
        PlanField.Holidays => "column holidays",
        PlanField.TreatmentDays => "treatment days",
        PlanField.Prior => "column prior",
        PlanField.Age => "column age",
        PlanField.Anatomy => "columns thoracic_vertebrae, lumbar_vertebrae",
        PlanField.SpineGeometry => "spine geometry",
        PlanField.AlphaBetaEmh => "column alpha_beta_emh",
        PlanField.AlphaBetaCord => "column alpha_beta_cord",
        PlanField.PregnancyStatus => "columns pregnancy_status, sex",
        PlanField.CordMaxDose => "column cord_max_dose",
        PlanField.OrganDoses => "column organ_doses",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
