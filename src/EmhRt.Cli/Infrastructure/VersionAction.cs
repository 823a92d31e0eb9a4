using System.CommandLine;
using System.CommandLine.Invocation;

namespace EmhRt.Cli;

/// <summary>
/// <c>--version</c>: prints <see cref="Version"/> and the commit the build came from, e.g.
/// <c>0.1.0 (commit 0e704fa3c1d2…)</c>, or <c>(commit unknown)</c> when it was built outside a git checkout.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The package version of this build, e.g. "0.1.0" or "0.2.0-beta.1"; no build metadata.</summary>
    public static string Version { get; } = Split(BuildInfo.InformationalVersion).Version;

    /// <summary>The full commit id the build came from (the "+sha" of the informational version), or null.</summary>
    public static string? Commit { get; } = Split(BuildInfo.InformationalVersion).Commit;

    /// <summary>The line <c>--version</c> prints.</summary>
    public static string Line => Commit is { } commit ? $"{Version} (commit {commit})" : $"{Version} (commit unknown)";

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Line);
        return ExitCodes.Success;
    }

    /// <summary>Splits "0.1.0+0e704fa…" into the version and the commit (hex only, else null).</summary>
    internal static (string Version, string? Commit) Split(string informational)
    {
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        if (plus < 0)
        {
            return (informational, null);
        }

        string metadata = informational[(plus + 1)..];
        bool isCommit = metadata.Length is >= 7 and <= 64 && metadata.All(Uri.IsHexDigit);
        return (informational[..plus], isCommit ? metadata.ToLowerInvariant() : null);
    }
}
