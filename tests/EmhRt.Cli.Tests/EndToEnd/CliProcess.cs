using System.Diagnostics;

namespace EmhRt.Cli.Tests.EndToEnd;

/// <summary>The result of running the built CLI as a separate process.</summary>
internal sealed record CliProcessRun(int ExitCode, byte[] Stdout, string Stderr);

/// <summary>
/// Runs the built <c>EmhRt.Cli.dll</c> (copied next to the test assembly by the project reference) with
/// <c>dotnet exec</c>, a controlled environment and no shell.
/// </summary>
internal static class CliProcess
{
    public static string CliDll { get; } = Path.Combine(AppContext.BaseDirectory, "EmhRt.Cli.dll");

    /// <summary>The <c>dotnet</c> host: the one <c>dotnet test</c> announces, else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// Runs <c>dotnet exec [--runtimeconfig FILE] EmhRt.Cli.dll args</c> with <paramref name="locale"/> as LANG
    /// and LC_ALL, and DOTNET_SYSTEM_GLOBALIZATION_INVARIANT removed from the environment.
    /// </summary>
    public static CliProcessRun Run(string locale, string? runtimeConfig, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("exec");
        if (runtimeConfig is not null)
        {
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(runtimeConfig);
        }

        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("LC_", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(key);
        }

        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("FORCE_COLOR");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + DotnetHost);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"emhrt {string.Join(' ', args)} did not finish");
        }

        copy.GetAwaiter().GetResult();
        return new CliProcessRun(process.ExitCode, stdout.ToArray(), stderr.GetAwaiter().GetResult());
    }
}
