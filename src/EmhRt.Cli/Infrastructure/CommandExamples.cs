using System.CommandLine;

namespace EmhRt.Cli;

/// <summary>Example command lines shown under "Examples:" in each command's <c>--help</c>.</summary>
internal sealed class CommandExamples
{
    private readonly Dictionary<Command, string[]> _examples = [];

    /// <summary>Sets the examples of <paramref name="command"/> (full command lines starting with "emhrt").</summary>
    public void Set(Command command, params string[] examples)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(examples);
        _examples[command] = examples;
    }

    /// <summary>The examples of <paramref name="command"/>; empty when none were set.</summary>
    public IReadOnlyList<string> For(Command command) =>
        _examples.TryGetValue(command, out var examples) ? examples : [];
}
