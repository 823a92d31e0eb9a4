namespace EmhRt.Cli;

/// <summary>
/// Decides whether output may contain ANSI colour: only when stdout is a terminal and <c>NO_COLOR</c> is not set
/// to a non-empty value (https://no-color.org: "when present and not an empty string, prevents the addition of
/// ANSI color"). Colour never goes into files, pipes or <c>--output</c>.
/// </summary>
internal static class ColorPolicy
{
    /// <summary>The environment variable that disables colour when non-empty.</summary>
    public const string NoColorVariable = "NO_COLOR";

    /// <summary>True when colour escape sequences may be written to stdout.</summary>
    public static bool UseColor(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return UseColor(environment.StdoutIsTerminal, environment.GetEnvironmentVariable(NoColorVariable));
    }

    /// <summary>True when <paramref name="stdoutIsTerminal"/> and <paramref name="noColorValue"/> is null or empty.</summary>
    public static bool UseColor(bool stdoutIsTerminal, string? noColorValue) =>
        stdoutIsTerminal && string.IsNullOrEmpty(noColorValue);
}
