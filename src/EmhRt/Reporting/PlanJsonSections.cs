namespace EmhRt.Reporting;

/// <summary>
/// The sections of a plan's JSON document that <see cref="PlanJsonReport"/> writes (<c>emhrt batch --format jsonl
/// --sections</c>). <see cref="All"/> is the complete document of <c>emhrt plan --format json</c>. Names and grammar:
/// <see cref="PlanJsonSectionList"/>.
/// </summary>
[Flags]
#pragma warning disable CA1711 // "Sections" is the clinic's word for these parts, not a collection suffix.
public enum PlanJsonSections
#pragma warning restore CA1711
{
    /// <summary>No section (not a valid choice: <see cref="PlanJsonSectionList.Parse"/> refuses it).</summary>
    None = 0,

    /// <summary><c>summary</c>: <c>tool</c>, <c>protocol</c>, <c>highestSeverity</c>, <c>patient</c>.</summary>
    Summary = 1,

    /// <summary><c>volumes</c>: <c>lesion</c>, <c>ctv</c>, <c>geometry</c>, <c>ptv</c>, <c>treatedSpan</c>.</summary>
    Volumes = 2,

    /// <summary><c>dose</c>: <c>fractionation</c>, <c>radiobiology</c>, <c>cord</c>.</summary>
    Dose = 4,

    /// <summary><c>schedule</c>: <c>schedule</c>.</summary>
    Schedule = 8,

    /// <summary><c>reirradiation</c>: <c>reirradiation</c>.</summary>
    Reirradiation = 16,

    /// <summary><c>findings</c>: <c>findings</c> with code, severity, message and citations.</summary>
    Findings = 32,

    /// <summary><c>finding-codes</c>: <c>findings</c> with code, severity and citations, without the message (the longest text of a row).</summary>
    FindingCodes = 64,

    /// <summary><c>literature</c>: <c>literature</c> (computed only when written).</summary>
    Literature = 128,

    /// <summary><c>organs</c>: <c>organsAtRisk</c> (the organs next to the irradiated levels and the active-marrow share; computed only when written).</summary>
    Organs = 256,

    /// <summary><c>all</c>: every section with finding messages, the document of <c>emhrt plan --format json</c>.</summary>
    All = Summary | Volumes | Dose | Schedule | Reirradiation | Organs | Findings | Literature,
}
