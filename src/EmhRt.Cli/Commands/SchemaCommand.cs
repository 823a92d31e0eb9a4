using System.CommandLine;
using EmhRt.Reporting;

namespace EmhRt.Cli;

/// <summary>
/// <c>emhrt schema NAME</c> prints the JSON Schema (draft 2020-12) of one JSON output, as embedded in the tool
/// (<see cref="OutputSchemas"/>); <c>emhrt schema --list</c> lists the names with their versions.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command(
            "schema",
            "Print the JSON Schema (draft 2020-12) of a JSON output: " + string.Join(", ", OutputSchemas.Names) +
            ". Every JSON document emhrt writes carries its schema's version as schemaVersion.");
        var name = new Argument<string?>("name")
        {
            Description = "The schema to print: " + string.Join(", ", OutputSchemas.Names) + ".",
            Arity = ArgumentArity.ZeroOrOne,
        };
        name.AcceptOnlyFromAmong([.. OutputSchemas.Names]);
        var list = new Option<bool>("--list") { Description = "List the schema names, versions and ids instead." };
        var output = OptionParsers.OutputFileOption("--output", "Write to FILE (atomically) instead of stdout.");
        command.Add(name);
        command.Add(list);
        command.Add(output);
        command.SetAction(parseResult =>
        {
            var io = CliApp.GetIO(parseResult);
            string? chosen = parseResult.GetValue(name);
            bool listing = parseResult.GetValue(list);
            if (listing && chosen is not null)
            {
                return io.InputError("schema: give a schema name or --list, not both");
            }

            if (!listing && chosen is null)
            {
                return io.InputError("schema: name the schema to print (" + string.Join(", ", OutputSchemas.Names) + "), or give --list");
            }

            if (listing)
            {
                io.WriteReport(parseResult.GetValue(output), writer =>
                {
                    foreach (string schema in OutputSchemas.Names)
                    {
                        string version = OutputSchemas.VersionOf(schema)!;
                        writer.Write($"{schema,-10} {version,-7} urn:emhrt:schema:{schema}:{version}\n");
                    }
                });
                return ExitCodes.Success;
            }

            OutputSchemas.TryGet(chosen!, out string? json);
            io.WriteReport(parseResult.GetValue(output), json!);
            return ExitCodes.Success;
        });
        examples.Set(command, "emhrt schema --list", "emhrt schema plan", "emhrt schema batch-row --output batch-row.schema.json");
        return command;
    }
}
