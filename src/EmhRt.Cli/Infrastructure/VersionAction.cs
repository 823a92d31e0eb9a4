using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace EmhRt.Cli;

/// <summary><c>--version</c>: prints <see cref="Version"/> (the informational version without the "+commit" suffix).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The package version of this build, e.g. "0.1.0" or "0.2.0-beta.1"; no build metadata.</summary>
    public static string Version { get; } = ReadVersion();

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }

    private static string ReadVersion()
    {
        var assembly = typeof(VersionAction).Assembly;
        string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        string version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
