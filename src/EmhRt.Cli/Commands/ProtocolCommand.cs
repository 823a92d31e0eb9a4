using System.CommandLine;
using EmhRt.Protocol;

namespace EmhRt.Cli;

/// <summary>
/// <c>emhrt protocol show</c> prints the built-in protocol JSON exactly as shipped (<see cref="EmhProtocol.DefaultJson"/>);
/// <c>emhrt protocol check FILE</c> validates a protocol file with <see cref="ProtocolLoader.LoadFile"/>: "ok: id version
/// sha256 HASH" and exit 0, or one "error: FILE: json-path: message" line per problem and exit 2.
/// </summary>
internal static class ProtocolCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("protocol", "Show the built-in protocol or check a protocol file.");

        var show = new Command("show", "Print the built-in protocol (JSON, exactly as shipped; every number's source is in its description).");
        var output = OptionParsers.OutputFileOption("--output", "Write to FILE (atomically) instead of stdout, e.g. as a starting point for your own protocol.");
        show.Add(output);
        show.SetAction(parseResult =>
        {
            CliApp.GetIO(parseResult).WriteReport(parseResult.GetValue(output), EmhProtocol.DefaultJson);
            return ExitCodes.Success;
        });
        examples.Set(show, "emhrt protocol show", "emhrt protocol show --output my-protocol.json");

        var check = new Command("check", "Validate a protocol file: every property known and typed, every value in range, min not above max, every rule known.");
        var file = OptionParsers.ExistingFileArgument("file", "The protocol file (JSON) to check.");
        check.Add(file);
        check.SetAction(parseResult =>
        {
            var io = CliApp.GetIO(parseResult);
            string path = parseResult.GetValue(file)!;
            var result = ProtocolLoader.LoadFile(path);
            if (!result.Success)
            {
                foreach (var error in result.Errors)
                {
                    io.InputError($"{path}: {error.Location}: {error.Message}");
                }

                return ExitCodes.InvalidInput;
            }

            io.Output.Write($"ok: {result.Value.Id} {result.Value.Version} sha256 {result.Value.Sha256}\n");
            return ExitCodes.Success;
        });
        examples.Set(check, "emhrt protocol check my-protocol.json");

        command.Add(show);
        command.Add(check);
        examples.Set(command, "emhrt protocol show", "emhrt protocol show --output my-protocol.json", "emhrt protocol check my-protocol.json");
        return command;
    }
}
