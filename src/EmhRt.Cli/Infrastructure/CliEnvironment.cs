namespace EmhRt.Cli;

/// <summary>
/// What the CLI may learn about the process it runs in, injectable for tests: whether stdout is a terminal and
/// the environment variables. The production instance is <see cref="System"/>.
/// </summary>
/// <param name="StdoutIsTerminal">True when standard output is an interactive terminal (not redirected to a file or pipe).</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable; null when it is not set.</param>
internal sealed record CliEnvironment(bool StdoutIsTerminal, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>The real process: <see cref="Console.IsOutputRedirected"/> and <see cref="Environment.GetEnvironmentVariable(string)"/>.</summary>
    public static CliEnvironment System { get; } =
        new(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable)
        {
            TerminalWidth = ConsoleWidth,
            OpenStandardInputStream = static () => Console.OpenStandardInput(),
        };

    private static int? ConsoleWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A redirected, empty environment: no colour, no variables. The default for tests.</summary>
    public static CliEnvironment Redirected { get; } = new(false, static _ => null);

    /// <summary>Columns of the terminal behind stdout, or null when stdout is not a terminal (tests: null).</summary>
    public Func<int?> TerminalWidth { get; init; } = static () => null;

    /// <summary>Opens standard input (for <c>emhrt batch -</c>); tests give a <see cref="StringReader"/>.</summary>
    public Func<TextReader> OpenStandardInput { get; init; } = static () => Console.In;

    /// <summary>
    /// Opens standard input as bytes (the real process): batch input then keeps its BOM and invalid UTF-8 visible to the
    /// reader. Null (tests) falls back to <see cref="OpenStandardInput"/>.
    /// </summary>
    public Func<Stream>? OpenStandardInputStream { get; init; }
}
