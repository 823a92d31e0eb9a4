using System.CommandLine;

namespace EmhRt.Cli;

/// <summary>The <c>emhrt</c> root command; carries the injected <see cref="CliEnvironment"/> and help examples.</summary>
internal sealed class EmhRootCommand : RootCommand
{
    public EmhRootCommand(string description, CliEnvironment environment, CommandExamples examples)
        : base(description)
    {
        Environment = environment;
        Examples = examples;
    }

    /// <summary>Terminal and environment variables of this run.</summary>
    public CliEnvironment Environment { get; }

    /// <summary>Examples shown by <c>--help</c>, per command.</summary>
    public CommandExamples Examples { get; }
}
