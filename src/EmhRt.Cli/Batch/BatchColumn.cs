namespace EmhRt.Cli.Batch;

/// <summary>
/// A known input column of <c>emhrt batch</c>; each matches a <c>plan</c> option of the same name.
/// Header names match case-insensitively with <c>_</c> or <c>-</c> between words
/// (<c>dose_per_fraction</c>, <c>Dose-Per-Fraction</c>).
/// </summary>
internal enum BatchColumn
{
    /// <summary><c>id</c>: the caller's identifier of the plan, echoed in the output.</summary>
    Id,

    /// <summary><c>lesion</c>: the EMH lesion span(s), e.g. <c>T5-T8</c> or <c>T5-T10 and L3-S1</c>.</summary>
    Lesion,

    /// <summary><c>dose</c>: total prescribed dose (Gy).</summary>
    Dose,

    /// <summary><c>fractions</c>: number of fractions.</summary>
    Fractions,

    /// <summary><c>dose_per_fraction</c>: dose per fraction (Gy).</summary>
    DosePerFraction,

    /// <summary><c>treated</c>: treatment status / days already treated, as for <c>plan</c>.</summary>
    Treated,

    /// <summary><c>margin</c>: CTV-to-PTV margin in every direction (mm).</summary>
    Margin,

    /// <summary><c>margin_superior</c>: superior margin (mm).</summary>
    MarginSuperior,

    /// <summary><c>margin_inferior</c>: inferior margin (mm).</summary>
    MarginInferior,

    /// <summary><c>margin_radial</c>: radial margin (mm).</summary>
    MarginRadial,

    /// <summary><c>ctv_levels</c>: vertebral levels added to the CTV above and below the lesion.</summary>
    CtvLevels,

    /// <summary><c>start</c>: first treatment day (ISO date).</summary>
    Start,

    /// <summary><c>holidays</c>: non-treatment dates, <c>;</c>-separated ISO dates.</summary>
    Holidays,

    /// <summary><c>age</c>: patient age (years).</summary>
    Age,

    /// <summary><c>sex</c>: patient sex.</summary>
    Sex,

    /// <summary><c>prior</c>: prior radiotherapy courses, <c>|</c>-separated.</summary>
    Prior,

    /// <summary><c>thoracic_vertebrae</c>: number of thoracic vertebrae (anatomical variant).</summary>
    ThoracicVertebrae,

    /// <summary><c>lumbar_vertebrae</c>: number of lumbar vertebrae (anatomical variant).</summary>
    LumbarVertebrae,

    /// <summary><c>alpha_beta_emh</c>: α/β of the EMH tissue (Gy).</summary>
    AlphaBetaEmh,

    /// <summary><c>alpha_beta_cord</c>: α/β of the spinal cord (Gy).</summary>
    AlphaBetaCord,

    /// <summary><c>pregnancy_status</c>: unknown, negative or pregnant (<see cref="EmhRt.Planning.PregnancyStatusText"/>).</summary>
    PregnancyStatus,

    /// <summary><c>cord_max_dose</c>: measured cord (or cauda equina) Dmax of the course (Gy; a unit may be given).</summary>
    CordMaxDose,

    /// <summary><c>organ_doses</c>: organ doses measured in the planning system, <c>;</c>-separated, each <c>ORGAN=METRIC:VALUE</c> (<see cref="EmhRt.Organs.OrganDoseMeasurement"/>).</summary>
    OrganDoses,
}
