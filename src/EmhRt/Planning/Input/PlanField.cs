namespace EmhRt.Planning.Input;

/// <summary>
/// One field of a plan as a user states it. Front ends name it their own way: the CLI as an option
/// (<c>--dose</c>), a batch file as a column (<c>dose</c>).
/// </summary>
public enum PlanField
{
    /// <summary>The lesion span(s).</summary>
    Lesion,

    /// <summary>The regimen as a whole (total dose, fractions and dose per fraction together).</summary>
    Regimen,

    /// <summary>The proposed treated span(s).</summary>
    Treated,

    /// <summary>The PTV margins (isotropic or per direction).</summary>
    Margin,

    /// <summary>The CTV level margins.</summary>
    CtvLevels,

    /// <summary>The start date.</summary>
    Start,

    /// <summary>The holiday dates.</summary>
    Holidays,

    /// <summary>The treatment days of the week.</summary>
    TreatmentDays,

    /// <summary>The prior courses.</summary>
    Prior,

    /// <summary>The patient's age.</summary>
    Age,

    /// <summary>The vertebral counts (thoracic, lumbar).</summary>
    Anatomy,

    /// <summary>The patient-specific spine geometry.</summary>
    SpineGeometry,

    /// <summary>The α/β of the EMH tissue.</summary>
    AlphaBetaEmh,

    /// <summary>The α/β of the spinal cord.</summary>
    AlphaBetaCord,

    /// <summary>The pregnancy status (<c>pregnant</c> given for a patient recorded male).</summary>
    PregnancyStatus,

    /// <summary>The measured cord (or cauda equina) Dmax of the course.</summary>
    CordMaxDose,

    /// <summary>The organ doses measured in the planning system (<c>--organ-dose</c>, batch column <c>organ_doses</c>).</summary>
    OrganDoses,
}
