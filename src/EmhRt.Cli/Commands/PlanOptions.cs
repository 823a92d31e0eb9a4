using EmhRt.Planning.Input;

namespace EmhRt.Cli;

/// <summary>
/// Everything given to <c>emhrt plan</c>, converted (culture-invariant) and range-checked but not interpreted:
/// the plan itself as the library's <see cref="PlanInput"/> (spans, regimens and day lists stay text for the
/// library to parse; absent options are null or empty, never a silent default number), plus the options only the
/// command uses: files to read, output format and target, and the failing severity. Only <see cref="Format"/> and
/// <see cref="FailOn"/> have defaults. Built by <see cref="PlanOptionsBinder.Bind(System.CommandLine.ParseResult)"/>.
/// </summary>
internal sealed record PlanOptions
{
    /// <summary>
    /// The plan options (<c>--lesion</c>, <c>--dose</c>, <c>--fractions</c>, margins, CTV levels, <c>--start</c>,
    /// <c>--holiday</c>, <c>--treatment-days</c>, <c>--prior</c>, <c>--age</c>, <c>--sex</c>, vertebra counts,
    /// α/β values), field for field. <see cref="PlanInput.Lesion"/> is always set (<c>--lesion</c> is required).
    /// </summary>
    public required PlanInput Input { get; init; }

    /// <summary><c>--holidays-file FILE</c>: existing file listing holidays.</summary>
    public string? HolidaysFile { get; init; }

    /// <summary><c>--spine-geometry FILE</c>: existing file with vertebral geometry.</summary>
    public string? SpineGeometryFile { get; init; }

    /// <summary><c>--protocol FILE</c>: existing protocol file.</summary>
    public string? ProtocolFile { get; init; }

    /// <summary><c>--format text|json|csv|html</c> (default text).</summary>
    public OutputFormat Format { get; init; } = CliChoices.DefaultFormat;

    /// <summary><c>--output FILE</c>: report file (written atomically); null or "-" means stdout.</summary>
    public string? OutputFile { get; init; }

    /// <summary><c>--fail-on info|caution|warning|never</c> (default warning).</summary>
    public FailOnThreshold FailOn { get; init; } = CliChoices.DefaultFailOn;

    /// <summary><c>--label TEXT</c>: case label of the HTML report.</summary>
    public string? Label { get; init; }

    /// <summary><c>--assessed-at TIME</c>: the HTML report's assessment time (UTC); null means now.</summary>
    public DateTimeOffset? AssessedAt { get; init; }

    /// <summary><c>--width N</c>: text report width; null means the terminal's, or 80.</summary>
    public int? Width { get; init; }

    /// <summary><c>--brief</c>: the short text report.</summary>
    public bool Brief { get; init; }
}
