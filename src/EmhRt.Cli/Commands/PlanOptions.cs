namespace EmhRt.Cli;

/// <summary>
/// Everything given to <c>emhrt plan</c>, converted (culture-invariant) and range-checked but not interpreted:
/// spans, regimens and day lists stay text for the library to parse. Absent options are null (or empty lists),
/// never a silent default number; only <see cref="Format"/> and <see cref="FailOn"/> have defaults.
/// Built by <see cref="PlanOptionsBinder.Bind(System.CommandLine.ParseResult)"/>.
/// </summary>
internal sealed record PlanOptions
{
    /// <summary><c>--lesion SPANS</c> (required): vertebral span(s) of the EMH mass, e.g. "T5-T9" or "T5-T9,L1".</summary>
    public required string Lesion { get; init; }

    /// <summary><c>--dose GY</c>: total prescribed dose in Gy (cGy input already converted); &gt; 0.</summary>
    public double? DoseGy { get; init; }

    /// <summary><c>--fractions N</c>: number of fractions, &gt;= 1.</summary>
    public int? Fractions { get; init; }

    /// <summary><c>--dose-per-fraction GY</c>: dose per fraction in Gy; &gt; 0.</summary>
    public double? DosePerFractionGy { get; init; }

    /// <summary><c>--treated SPANS</c>: levels treated to date / explicitly, as text.</summary>
    public string? Treated { get; init; }

    /// <summary><c>--margin MM</c>: isotropic CTV-to-PTV margin in mm, &gt;= 0.</summary>
    public double? MarginMm { get; init; }

    /// <summary><c>--margin-superior MM</c> in mm, &gt;= 0.</summary>
    public double? MarginSuperiorMm { get; init; }

    /// <summary><c>--margin-inferior MM</c> in mm, &gt;= 0.</summary>
    public double? MarginInferiorMm { get; init; }

    /// <summary><c>--margin-radial MM</c> in mm, &gt;= 0.</summary>
    public double? MarginRadialMm { get; init; }

    /// <summary><c>--ctv-levels N</c>: vertebral levels added above and below the lesion, &gt;= 0.</summary>
    public int? CtvLevels { get; init; }

    /// <summary><c>--ctv-levels-above N</c>, &gt;= 0.</summary>
    public int? CtvLevelsAbove { get; init; }

    /// <summary><c>--ctv-levels-below N</c>, &gt;= 0.</summary>
    public int? CtvLevelsBelow { get; init; }

    /// <summary><c>--start DATE</c>: first treatment day.</summary>
    public DateOnly? Start { get; init; }

    /// <summary><c>--holiday DATE</c> (repeatable): days without treatment, in the order given.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    /// <summary><c>--holidays-file FILE</c>: existing file listing holidays.</summary>
    public string? HolidaysFile { get; init; }

    /// <summary><c>--treatment-days LIST</c>: weekdays on which fractions are given, as text (e.g. "Mon-Fri").</summary>
    public string? TreatmentDays { get; init; }

    /// <summary><c>--prior COURSE</c> (repeatable): earlier courses as text, e.g. "30Gy/15@2023-01-10:T3-T8".</summary>
    public IReadOnlyList<string> Priors { get; init; } = [];

    /// <summary><c>--age YEARS</c>: 0 to 150.</summary>
    public double? AgeYears { get; init; }

    /// <summary><c>--sex female|male</c>.</summary>
    public Sex? Sex { get; init; }

    /// <summary><c>--thoracic-vertebrae N</c>: count of thoracic vertebrae (anatomical variants), &gt;= 1.</summary>
    public int? ThoracicVertebrae { get; init; }

    /// <summary><c>--lumbar-vertebrae N</c>: count of lumbar vertebrae, &gt;= 1.</summary>
    public int? LumbarVertebrae { get; init; }

    /// <summary><c>--spine-geometry FILE</c>: existing file with vertebral geometry.</summary>
    public string? SpineGeometryFile { get; init; }

    /// <summary><c>--alpha-beta-emh GY</c>: alpha/beta of the EMH tissue in Gy, &gt; 0.</summary>
    public double? AlphaBetaEmhGy { get; init; }

    /// <summary><c>--alpha-beta-cord GY</c>: alpha/beta of the spinal cord in Gy, &gt; 0.</summary>
    public double? AlphaBetaCordGy { get; init; }

    /// <summary><c>--protocol FILE</c>: existing protocol file.</summary>
    public string? ProtocolFile { get; init; }

    /// <summary><c>--format text|json|csv</c> (default text; html refused for now).</summary>
    public OutputFormat Format { get; init; } = CliChoices.DefaultFormat;

    /// <summary><c>--output FILE</c>: report file (written atomically); null or "-" means stdout.</summary>
    public string? OutputFile { get; init; }

    /// <summary><c>--fail-on info|caution|warning|never</c> (default warning).</summary>
    public FailOnThreshold FailOn { get; init; } = CliChoices.DefaultFailOn;
}
