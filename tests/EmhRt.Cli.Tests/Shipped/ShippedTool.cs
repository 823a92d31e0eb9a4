using System.Diagnostics;

namespace EmhRt.Cli.Tests.Shipped;

/// <summary>The result of one run of a shipped build as a process.</summary>
internal sealed record ShippedRun(int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => System.Text.Encoding.UTF8.GetString(Stdout);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// A build of <c>emhrt</c> run as a separate process, with no shell and a fixed environment: the published Native
/// AOT executable (<see cref="NativeVariable"/>, set by <c>.ci/run</c>) or the JIT build (<see cref="JitVariable"/>
/// when set, e.g. an installed <c>any</c> tool; otherwise the <c>EmhRt.Cli.dll</c> next to the tests, run with
/// <c>dotnet exec</c>).
/// </summary>
internal sealed class ShippedTool
{
    /// <summary>Environment variable with the path of the published native executable.</summary>
    public const string NativeVariable = "EMHRT_NATIVE_EXE";

    /// <summary>Environment variable with the path of a JIT-built <c>emhrt</c> executable (optional).</summary>
    public const string JitVariable = "EMHRT_JIT_EXE";

    private readonly string _file;
    private readonly string[] _prefix;

    private ShippedTool(string name, string file, params string[] prefix)
    {
        Name = name;
        _file = file;
        _prefix = prefix;
    }

    public string Name { get; }

    /// <summary>The program and the arguments that come before the command's own (for a shell that runs the build).</summary>
    public IReadOnlyList<string> CommandWords => [_file, .. _prefix];

    /// <summary>The native build, or null when <see cref="NativeVariable"/> is not set.</summary>
    public static ShippedTool? Native =>
        Environment.GetEnvironmentVariable(NativeVariable) is { Length: > 0 } path ? new ShippedTool("native", Path.GetFullPath(path)) : null;

    /// <summary>The JIT build: <see cref="JitVariable"/>, else <c>dotnet exec EmhRt.Cli.dll</c>.</summary>
    public static ShippedTool Jit =>
        Environment.GetEnvironmentVariable(JitVariable) is { Length: > 0 } path
            ? new ShippedTool("jit", Path.GetFullPath(path))
            : new ShippedTool("jit", EndToEnd.CliProcess.DotnetHost, "exec", Path.Combine(AppContext.BaseDirectory, "EmhRt.Cli.dll"));

    /// <summary>Why the native tests cannot run, or null when they can.</summary>
    public static string? NativeMissingReason
    {
        get
        {
            string? path = Environment.GetEnvironmentVariable(NativeVariable);
            if (string.IsNullOrEmpty(path))
            {
                return $"{NativeVariable} is not set: publish the native tool (dotnet publish src/EmhRt.Cli -c Release -r linux-x64 -o DIR) " +
                    $"and set {NativeVariable}=DIR/EmhRt.Cli; .ci/run does both";
            }

            return File.Exists(path) ? null : $"{NativeVariable}={path} does not exist";
        }
    }

    /// <summary>Runs the build with <paramref name="args"/> in <paramref name="workingDirectory"/>, optionally with bytes on stdin.</summary>
    public ShippedRun Run(string workingDirectory, string[] args, byte[]? stdin = null)
    {
        var start = new ProcessStartInfo(_file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (string arg in _prefix.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("LC_", StringComparison.Ordinal) || k is "NO_COLOR" or "FORCE_COLOR").ToArray())
        {
            start.Environment.Remove(key);
        }

        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["TZ"] = "UTC";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + _file);
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Name}: emhrt {string.Join(' ', args)} did not finish in 120 s");
        }

        copy.GetAwaiter().GetResult();
        return new ShippedRun(process.ExitCode, stdout.ToArray(), stderr.GetAwaiter().GetResult());
    }
}
