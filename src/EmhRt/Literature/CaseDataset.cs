using System.Globalization;
using System.Text.Json;

namespace EmhRt.Literature;

/// <summary>Reads the case dataset (JSON, see <c>emh-cases.json</c>, whose <c>_doc</c> block describes each field).</summary>
internal static class CaseDataset
{
    public static IReadOnlyList<LiteratureCase> LoadEmbedded()
    {
        using var stream = typeof(CaseDataset).Assembly.GetManifestResourceStream(CaseLibrary.ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{CaseLibrary.ResourceName}' is missing from the EmhRt assembly.");
        return Read(stream);
    }

    /// <exception cref="InvalidOperationException">The JSON does not have the documented shape.</exception>
    public static IReadOnlyList<LiteratureCase> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!document.RootElement.TryGetProperty("cases", out var cases) || cases.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("Case dataset: the root object needs a 'cases' array.");
        }

        var list = new List<LiteratureCase>(cases.GetArrayLength());
        foreach (var e in cases.EnumerateArray())
        {
            list.Add(ReadCase(e));
        }

        return list;
    }

    private static LiteratureCase ReadCase(JsonElement e)
    {
        var id = RequiredString(e, "id", "?");
        return new LiteratureCase
        {
            Id = id,
            CitationKey = RequiredString(e, "citationKey", id),
            SourceLocation = RequiredString(e, "sourceLocation", id),
            FirstAuthor = OptionalString(e, "firstAuthor", id),
            Year = Required(e, "year", id, JsonValueKind.Number).GetInt32(),
            Sex = RequiredString(e, "sex", id) switch
            {
                "male" => Sex.Male,
                "female" => Sex.Female,
                var other => throw Bad(id, "sex", $"'{other}' (expected 'male' or 'female')"),
            },
            AgeYears = OptionalNumber(e, "age", id)?.GetInt32(),
            Disease = RequiredString(e, "disease", id),
            Symptoms = RequiredString(e, "symptoms", id),
            Lesion = RequiredString(e, "lesion", id),
            Treatment = RequiredString(e, "treatment", id),
            Surgery = OptionalBool(e, "surgery", id),
            Radiotherapy = OptionalBool(e, "radiotherapy", id) ?? throw Bad(id, "radiotherapy", "null (expected true or false)"),
            RtTotalDoseGy = OptionalNumber(e, "rtTotalDoseGy", id)?.GetDouble(),
            RtFractions = OptionalNumber(e, "rtFractions", id)?.GetInt32(),
            RtField = OptionalString(e, "rtField", id),
            Outcome = RequiredString(e, "outcome", id),
            OutcomeCategory = Enum.TryParse<OutcomeCategory>(RequiredString(e, "outcomeCategory", id), ignoreCase: false, out var category)
                && Enum.IsDefined(category)
                ? category
                : throw Bad(id, "outcomeCategory", "an unknown category"),
            RecurrenceReported = OptionalBool(e, "recurrenceReported", id) ?? false,
            Note = OptionalString(e, "note", id),
        };
    }

    private static JsonElement Required(JsonElement e, string name, string id, JsonValueKind kind)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            throw Bad(id, name, "missing");
        }

        return value.ValueKind == kind ? value : throw Bad(id, name, string.Create(CultureInfo.InvariantCulture, $"of kind {value.ValueKind} (expected {kind})"));
    }

    private static string RequiredString(JsonElement e, string name, string id) =>
        Required(e, name, id, JsonValueKind.String).GetString()!;

    private static string? OptionalString(JsonElement e, string name, string id) =>
        Optional(e, name, id, JsonValueKind.String)?.GetString();

    private static JsonElement? OptionalNumber(JsonElement e, string name, string id) => Optional(e, name, id, JsonValueKind.Number);

    private static bool? OptionalBool(JsonElement e, string name, string id)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Bad(id, name, "not a boolean"),
        };
    }

    private static JsonElement? Optional(JsonElement e, string name, string id, JsonValueKind kind)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind ? value : throw Bad(id, name, string.Create(CultureInfo.InvariantCulture, $"of kind {value.ValueKind} (expected {kind} or null)"));
    }

    private static InvalidOperationException Bad(string id, string field, string what) =>
        new($"Case dataset, case '{id}': field '{field}' is {what}.");
}
