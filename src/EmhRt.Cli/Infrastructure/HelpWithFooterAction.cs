using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace EmhRt.Cli;

/// <summary>
/// The <c>--help</c> action: System.CommandLine's standard help for the command, followed by its examples
/// and the exit-code table (System.CommandLine 3 has no public help-builder customisation, so we wrap the
/// default <see cref="HelpAction"/>). Writes to <see cref="InvocationConfiguration.Output"/>.
/// </summary>
internal sealed class HelpWithFooterAction : SynchronousCommandLineAction
{
    private readonly HelpAction _standardHelp;
    private readonly CommandExamples _examples;

    public HelpWithFooterAction(HelpAction standardHelp, CommandExamples examples)
    {
        _standardHelp = standardHelp;
        _examples = examples;
    }

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        _standardHelp.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        var examples = _examples.For(parseResult.CommandResult.Command);
        if (examples.Count > 0)
        {
            output.WriteLine("Examples:");
            foreach (string example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        var command = parseResult.CommandResult.Command;
        var hasFailOn = command is RootCommand || command.Options.Any(o => o.Name == "--fail-on");
        output.WriteLine(hasFailOn ? ExitCodes.HelpText : ExitCodes.HelpTextWithoutFailOn);
        output.WriteLine();
        return ExitCodes.Success;
    }
}
