using System.Collections.Concurrent;
using System.Text.Json;
using EmhRt.Reporting;
using Json.Schema;

namespace EmhRt.Cli.Tests.Contract;

/// <summary>
/// Validates JSON text against the published schemas (<see cref="OutputSchemas"/>) with a real draft 2020-12
/// validator (JsonSchema.Net). Each schema is built once, in its own registry, from the text <c>emhrt schema</c> prints.
/// </summary>
internal static class SchemaValidation
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);

    /// <summary>The schema <paramref name="name"/>, built from its self-contained text.</summary>
    public static JsonSchema Schema(string name) => Built.GetOrAdd(name, static n =>
    {
        Assert.True(OutputSchemas.TryGet(n, out var text), "no schema " + n);
        return JsonSchema.FromText(text!, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    /// <summary>The validation errors of <paramref name="json"/> against schema <paramref name="name"/> (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema(name).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        foreach (var detail in (results.Details ?? []).Prepend(results))
        {
            if (detail.Errors is { Count: > 0 } found)
            {
                errors.AddRange(found.Select(e => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {e.Key}: {e.Value}"));
            }
        }

        // A failing $ref drops its annotations, so every member then also fails unevaluatedProperties: list the cause first.
        var ordered = errors.OrderBy(e => e.Contains("unevaluatedProperties", StringComparison.Ordinal)).ToList();
        return ordered.Count > 0 ? ordered : ["invalid (no detail)"];
    }

    /// <summary>Asserts that <paramref name="json"/> is valid against schema <paramref name="name"/>, listing the errors.</summary>
    public static void AssertValid(string name, string json, string context = "")
    {
        var errors = Errors(name, json);
        Assert.True(errors.Count == 0, $"{context} is not valid against the {name} schema:\n  " + string.Join("\n  ", errors.Take(20)) + "\n" + Shorten(json));
    }

    /// <summary>Asserts that every line of JSON Lines text is a valid batch row.</summary>
    public static void AssertValidBatchRows(string jsonLines, string context = "")
    {
        var lines = jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        for (int i = 0; i < lines.Length; i++)
        {
            AssertValid(OutputSchemas.BatchRow, lines[i], $"{context} row {i + 1}");
        }
    }

    private static string Shorten(string json) => json.Length <= 2000 ? json : json[..2000] + " …";
}
