namespace EmhRt.Findings;

/// <summary>
/// How strongly a finding asks for the clinician's attention. Ordered: <see cref="Info"/> &lt;
/// <see cref="Caution"/> &lt; <see cref="Warning"/>. Text forms are <c>info</c>, <c>caution</c>, <c>warning</c>
/// (see <see cref="SeverityText"/>).
/// </summary>
#pragma warning disable CA1008 // Info is the meaningful zero value: the least severe finding.
public enum Severity
#pragma warning restore CA1008
{
    /// <summary>Information: worth knowing, nothing to change.</summary>
    Info = 0,

    /// <summary>Caution: outside the usual practice or evidence; check that it is intended.</summary>
    Caution = 1,

    /// <summary>Warning: against the published evidence or a tolerance limit; review before treating.</summary>
    Warning = 2,
}
