namespace EmhRt.Organs;

/// <summary>
/// The share of the body's proliferating (active) marrow in the irradiated vertebral levels: Hayman 2011's per-region
/// shares (cervical 4.3, thoracic 19.9, lumbar 16.6, sacrum 9.2 %, FLT-PET of 13 adults, median age 61; hayman2011) spread
/// evenly over the levels of each region of the patient's spine (an EmhRt [assumption]); the coccyx counts 0. Adult
/// population data: it may not hold for children (cristy1981) or for EMH patients, whose marrow is expanded or fibrotic.
/// </summary>
/// <param name="Percent">Share of the body's active marrow in the irradiated levels (percent, 0-50).</param>
/// <param name="Levels">The irradiated levels as text, e.g. <c>T10-L3</c>.</param>
public sealed record ActiveMarrow(double Percent, string Levels)
{
    /// <summary>The irradiated levels as text, e.g. <c>T10-L3</c>.</summary>
    public string Levels { get; init; } = Levels ?? throw new ArgumentNullException(nameof(Levels));
}
