using System.CommandLine;

namespace EmhRt.Cli;

/// <summary>
/// Everything a command action may write to, for one invocation: stdout and stderr from
/// <see cref="ParseResult.InvocationConfiguration"/> (never <see cref="Console"/>), whether colour is allowed and
/// whether <c>--verbose</c> was given. Create it with <see cref="CliApp.GetIO(ParseResult)"/>.
/// </summary>
internal sealed class CommandIO
{
    internal CommandIO(TextWriter output, TextWriter error, bool useColor, bool verbose, Func<TextReader>? openInput = null,
        Func<Stream>? openInputStream = null, int? terminalWidth = null)
    {
        OpenInputStream = openInputStream;
        TerminalWidth = terminalWidth;
        OpenInput = openInput ?? (static () => Console.In);
        Output = output;
        Error = error;
        UseColor = useColor;
        Verbose = verbose;
    }

    /// <summary>Standard output: the report.</summary>
    public TextWriter Output { get; }

    /// <summary>Opens standard input (injectable for tests through <see cref="CliEnvironment.OpenStandardInput"/>).</summary>
    public Func<TextReader> OpenInput { get; }

    /// <summary>Opens standard input as bytes, or null when only <see cref="OpenInput"/> is available (tests).</summary>
    public Func<Stream>? OpenInputStream { get; }

    /// <summary>Standard error: diagnostics only.</summary>
    public TextWriter Error { get; }

    /// <summary>True when ANSI colour may be written to <see cref="Output"/> (see <see cref="ColorPolicy"/>).</summary>
    public bool UseColor { get; }

    /// <summary>Columns of the terminal behind stdout; null when stdout is not a terminal.</summary>
    public int? TerminalWidth { get; }

    /// <summary>True when <c>--verbose</c> was given.</summary>
    public bool Verbose { get; }

    /// <summary>
    /// Reports a problem with the user's input ("error: ..." on stderr) and returns
    /// <see cref="ExitCodes.InvalidInput"/>: <c>return io.InputError("--lesion: ...");</c>.
    /// </summary>
    public int InputError(string message)
    {
        Error.WriteLine("error: " + TextEscaping.Escape(message));
        return ExitCodes.InvalidInput;
    }

    /// <summary>
    /// Writes a finished report to <paramref name="outputPath"/> atomically (see <see cref="AtomicFile"/>), or to
    /// stdout when the path is null or "-". Write failures become <see cref="CliInputException"/> (exit 2).
    /// </summary>
    public void WriteReport(string? outputPath, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (outputPath is null || outputPath == "-")
        {
            Output.Write(content);
        }
        else
        {
            AtomicFile.WriteAllText(outputPath, content);
        }
    }

    /// <summary>Streaming variant of <see cref="WriteReport(string?, string)"/> for large (batch) reports.</summary>
    public void WriteReport(string? outputPath, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (outputPath is null || outputPath == "-")
        {
            write(Output);
        }
        else
        {
            AtomicFile.Write(outputPath, write);
        }
    }

    /// <summary>Writes <paramref name="report"/> in <paramref name="format"/> (see <see cref="WriteReport(string?, string)"/>).</summary>
    public void WriteReport(string? outputPath, EmhRt.Reporting.IReport report, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(report);
        WriteReport(outputPath, format switch
        {
            OutputFormat.Json => report.ToJson(),
            OutputFormat.Csv => report.ToCsv(),
            _ => TextEscaping.EscapeReport(report.ToText(), keepColor: UseColor),
        });
    }
}
