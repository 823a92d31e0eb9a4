using System.CommandLine;
using System.CommandLine.Help;

namespace EmhRt.Cli;

/// <summary>
/// Builds the whole <c>emhrt</c> command tree and runs it. Exit codes: see <see cref="ExitCodes"/>.
/// Parse errors print one "error: ..." line per problem on stderr (no help dump) and exit 2; a
/// <see cref="CliInputException"/> from an action exits 2 with its message; any other exception exits 3 with a
/// one-line message, plus the stack trace under <c>--verbose</c>. Actions write only to the writers given here.
/// </summary>
internal static class CliApp
{
    /// <summary>Name of the global option that adds stack traces to internal errors.</summary>
    public const string VerboseOptionName = "--verbose";

    private const string Description =
        "Check a proposed radiotherapy plan for extramedullary hematopoiesis (EMH) compressing the spinal cord: " +
        "CTV/PTV, regimen, BED/EQD2, calendar and findings with literature citations. " +
        "Decision support only: it does not replace clinical judgement.";

    /// <summary>The command tree for the real process environment.</summary>
    public static RootCommand Build() => Build(CliEnvironment.System);

    /// <summary>The command tree for <paramref name="environment"/> (tests inject a fake terminal).</summary>
    public static RootCommand Build(CliEnvironment environment) => Build(environment, onlyCommand: null);

    /// <summary>
    /// The command tree with every command, or, when <paramref name="onlyCommand"/> names one, with that command
    /// alone: a run of <c>emhrt plan …</c> then builds (and JIT-compiles) none of the other commands' options,
    /// which shortens start-up. The parse, help and errors of that command are the same either way.
    /// </summary>
    public static RootCommand Build(CliEnvironment environment, string? onlyCommand)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var examples = new CommandExamples();
        var root = new EmhRootCommand(Description, environment, examples);

        root.Add(new Option<bool>(VerboseOptionName)
        {
            Description = "Show details (stack traces) of internal errors.",
            Recursive = true,
        });

        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help when help.Action is HelpAction standard:
                    help.Action = new HelpWithFooterAction(standard, examples);
                    break;
                case VersionOption version:
                    version.Action = new VersionAction();
                    break;
            }
        }

        foreach (var (name, create) in Commands)
        {
            if (onlyCommand is null || !IsCommandName(onlyCommand) || string.Equals(onlyCommand, name, StringComparison.Ordinal))
            {
                root.Add(create(examples));
            }
        }

        examples.Set(
            root,
            "emhrt plan --lesion T5-T9 --dose 20 --fractions 10 --start 2026-03-02",
            "emhrt eqd2 --dose 20 --fractions 10 --alpha-beta 10",
            "emhrt protocol show",
            "emhrt plan --help");
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/> on a fresh tree for <paramref name="environment"/> (default: the real one).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment? environment = null) =>
        Run(Build(environment ?? CliEnvironment.System, args is [var first, ..] ? first : null), args, stdout, stderr);

    /// <summary>The commands, in help order, each built on demand.</summary>
    private static readonly (string Name, Func<CommandExamples, Command> Create)[] Commands =
    [
        ("plan", static examples => new PlanCommand(examples)),
        ("eqd2", Eqd2Command.Create),
        ("schedule", ScheduleCommand.Create),
        ("ctv", CtvCommand.Create),
        ("cases", CasesCommand.Create),
        ("protocol", ProtocolCommand.Create),
        ("batch", BatchCommand.Create),
        ("schema", SchemaCommand.Create),
    ];

    private static bool IsCommandName(string text) => Array.Exists(Commands, c => string.Equals(c.Name, text, StringComparison.Ordinal));

    /// <summary>Parses and runs <paramref name="args"/> on <paramref name="root"/>, mapping every outcome to an exit code.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        ParseResult? parseResult = null;
        try
        {
            parseResult = root.Parse(args, ParserConfiguration);
            if (HasBlockingErrors(parseResult))
            {
                return ReportParseErrors(parseResult, stderr);
            }

            return parseResult.Invoke(CreateConfiguration(stdout, stderr));
        }
        catch (Exception e)
        {
            return ReportException(e, IsVerbose(parseResult, args), stderr);
        }
    }

    /// <summary>The output channels of the current invocation, for command actions.</summary>
    public static CommandIO GetIO(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var environment = parseResult.RootCommandResult.Command is EmhRootCommand root ? root.Environment : CliEnvironment.System;
        return new CommandIO(
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            ColorPolicy.UseColor(environment),
            IsVerbose(parseResult, []),
            environment.OpenStandardInput,
            environment.OpenStandardInputStream,
            environment.StdoutIsTerminal ? environment.TerminalWidth() : null);
    }

    /// <summary>
    /// No response files: an argument starting with <c>@</c> is an ordinary value (<c>--lesion @x</c> never reads the
    /// file <c>x</c>, and <c>batch @plans.csv</c> reads the file named <c>@plans.csv</c>).
    /// </summary>
    private static readonly ParserConfiguration ParserConfiguration = new() { ResponseFileTokenReplacer = null };

    private static InvocationConfiguration CreateConfiguration(TextWriter stdout, TextWriter stderr) =>
        new()
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        };

    private static bool HasBlockingErrors(ParseResult parseResult) =>
        parseResult.Errors.Count > 0 && parseResult.Action is not { ClearsParseErrors: true };

    private static int ReportParseErrors(ParseResult parseResult, TextWriter stderr)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // "emhrt plna": the unknown word is the error; that no command was given follows from it and is not repeated.
        bool unknownToken = parseResult.UnmatchedTokens.Count > 0;
        foreach (var error in parseResult.Errors)
        {
            if (unknownToken && parseResult.Errors.Count > 1 && error.Message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            {
                continue;
            }

            string message = TextEscaping.Escape(OneLine(error.Message)) + OptionSuggestion.For(parseResult, error.Message);
            if (seen.Add(message))
            {
                stderr.WriteLine("error: " + message);
            }
        }

        stderr.WriteLine($"Run '{CommandPath(parseResult)} --help' for usage and examples.");
        return ExitCodes.InvalidInput;
    }

    private static int ReportException(Exception exception, bool verbose, TextWriter stderr)
    {
        if (exception is CliInputException input)
        {
            stderr.WriteLine("error: " + TextEscaping.Escape(OneLine(input.Message)));
            if (verbose && input.InnerException is not null)
            {
                stderr.WriteLine(input.InnerException.ToString());
            }

            return ExitCodes.InvalidInput;
        }

        if (exception is IOException io)
        {
            // Writing a report to a full disk, a closed or broken standard output: the environment, not a bug.
            stderr.WriteLine("error: " + TextEscaping.Escape(OneLine(io.Message)));
            if (verbose)
            {
                stderr.WriteLine(io.ToString());
            }

            return ExitCodes.InvalidInput;
        }

        string summary = $"error: unexpected internal error ({exception.GetType().Name}: {OneLine(exception.Message)})";
        if (verbose)
        {
            stderr.WriteLine(summary);
            stderr.WriteLine(exception.ToString());
        }
        else
        {
            stderr.WriteLine(summary + "; run again with --verbose for details");
        }

        return ExitCodes.InternalError;
    }

    private static bool IsVerbose(ParseResult? parseResult, string[] args)
    {
        if (parseResult is not null)
        {
            try
            {
                return parseResult.GetValue<bool>(VerboseOptionName);
            }
            catch (InvalidOperationException)
            {
                // Not our tree or the option was not parsed: fall back to the raw arguments.
            }
            catch (ArgumentException)
            {
            }
        }

        return Array.IndexOf(args, VerboseOptionName) >= 0;
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "emhrt" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
