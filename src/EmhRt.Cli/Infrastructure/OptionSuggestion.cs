using System.CommandLine;

namespace EmhRt.Cli;

/// <summary>"did you mean '--fractions'?" for a mistyped option: the closest option name of the command (edit distance).</summary>
internal static class OptionSuggestion
{
    private const string Unrecognized = "Unrecognized command or argument '";

    /// <summary>
    /// " Did you mean '--x'?" when <paramref name="message"/> is an unrecognised-token error for a token that is close
    /// to an option (or subcommand) of the command being parsed; else the empty string.
    /// </summary>
    public static string For(ParseResult parseResult, string message)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(message);
        var start = message.IndexOf(Unrecognized, StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += Unrecognized.Length;
        var end = message.LastIndexOf('\'');
        if (end <= start)
        {
            return string.Empty;
        }

        var token = message[start..end];
        var command = parseResult.CommandResult.Command;
        var candidates = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Concat(command.Subcommands.Select(c => c.Name))
            .Concat(parseResult.RootCommandResult.Command.Options.Where(o => o.Recursive).Select(o => o.Name));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EmhRt.Text.EditDistance.Between(token, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        var allowed = Math.Max(1, token.TrimStart('-').Length / 3);
        return best is not null && bestDistance <= allowed ? $" Did you mean '{best}'?" : string.Empty;
    }
}
