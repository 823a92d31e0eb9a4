namespace EmhRt.Reporting;

/// <summary>The program that produced a report, written into every report so that a result can be traced.</summary>
/// <param name="Name">Tool name, e.g. <c>emhrt</c>.</param>
/// <param name="Version">Tool version, e.g. <c>1.0.0</c> (informational version, may carry a commit suffix).</param>
public sealed record ToolIdentity(string Name, string Version)
{
    /// <summary>Tool name, e.g. <c>emhrt</c>.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>Tool version, e.g. <c>1.0.0</c> (informational version, may carry a commit suffix).</summary>
    public string Version { get; init; } = Version ?? throw new ArgumentNullException(nameof(Version));
}
