using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace EmhRt.Reporting;

/// <summary>
/// The published output contract: a JSON Schema (draft 2020-12) for every JSON document <c>emhrt</c> writes, each
/// with a semantic <c>schemaVersion</c> that the document carries as its first member.
/// </summary>
/// <remarks>
/// <para>Versioning: adding an optional member or a new enum value is a minor change (1.0.0 → 1.1.0); removing or
/// renaming a member, changing its type, unit or meaning is a major change (1.x → 2.0.0). A consumer checks the major
/// version. The schema files are embedded in the library (<c>Reporting/Schemas/NAME.schema.json</c>); their
/// <c>$id</c> is <c>urn:emhrt:schema:NAME:VERSION</c>.</para>
/// </remarks>
public static class OutputSchemas
{
    /// <summary>Schema name of <c>emhrt plan --format json</c> (<see cref="PlanJsonReport"/>).</summary>
    public const string Plan = "plan";

    /// <summary>Schema name of one line of <c>emhrt batch --format jsonl</c> (valid or invalid row).</summary>
    public const string BatchRow = "batch-row";

    /// <summary>Schema name of <c>emhrt ctv --format json</c>.</summary>
    public const string Ctv = "ctv";

    /// <summary>Schema name of <c>emhrt eqd2 --format json</c>.</summary>
    public const string Eqd2 = "eqd2";

    /// <summary>Schema name of <c>emhrt schedule --format json</c>.</summary>
    public const string Schedule = "schedule";

    /// <summary>Schema name of <c>emhrt cases --format json</c>.</summary>
    public const string Cases = "cases";

    /// <summary>Schema name of a protocol file (<c>emhrt protocol show</c>, <c>--protocol FILE</c>), generated from the loader's rules.</summary>
    public const string Protocol = "protocol";

    /// <summary>Version of the <see cref="Protocol"/> file format; a protocol file may carry it as <c>schemaVersion</c>.</summary>
    public const string ProtocolVersion = "1.2.0";

    /// <summary>Version of the <see cref="Plan"/> schema.</summary>
    public const string PlanVersion = "1.3.0";

    /// <summary>Version of the <see cref="BatchRow"/> schema (a valid row embeds the plan members: a major plan change is a major batch-row change).</summary>
    public const string BatchRowVersion = "1.3.0";

    /// <summary>Version of the <see cref="Ctv"/> schema.</summary>
    public const string CtvVersion = "1.0.0";

    /// <summary>Version of the <see cref="Eqd2"/> schema.</summary>
    public const string Eqd2Version = "1.0.0";

    /// <summary>Version of the <see cref="Schedule"/> schema.</summary>
    public const string ScheduleVersion = "1.0.0";

    /// <summary>Version of the <see cref="Cases"/> schema.</summary>
    public const string CasesVersion = "2.0.0";

    /// <summary>Every schema name, in the order <c>emhrt schema --list</c> prints them.</summary>
    public static ImmutableArray<string> Names { get; } = [Plan, BatchRow, Ctv, Eqd2, Schedule, Cases, Protocol];

    /// <summary>The version of schema <paramref name="name"/>, or null when there is no such schema.</summary>
    /// <param name="name">A name from <see cref="Names"/> (ordinal, case-sensitive).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string? VersionOf(string name) => (name ?? throw new ArgumentNullException(nameof(name))) switch
    {
        Plan => PlanVersion,
        BatchRow => BatchRowVersion,
        Ctv => CtvVersion,
        Eqd2 => Eqd2Version,
        Schedule => ScheduleVersion,
        Cases => CasesVersion,
        Protocol => ProtocolVersion,
        _ => null,
    };

    /// <summary>
    /// The schema <paramref name="name"/> as JSON text, self-contained: <see cref="BatchRow"/> carries the plan schema
    /// under <c>$defs</c> so that any draft 2020-12 validator resolves its reference without a registry.
    /// </summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <param name="json">The schema text, or null when the name is unknown.</param>
    /// <returns>Whether <paramref name="name"/> is a schema name.</returns>
    public static bool TryGet(string name, out string? json)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (VersionOf(name) is null)
        {
            json = null;
            return false;
        }

        json = name == BatchRow ? Bundle(ReadFile(BatchRow), ReadFile(Plan)) : ReadFile(name);
        return true;
    }

    /// <summary>
    /// The schema as written, without bundling (a <see cref="BatchRow"/> reference stays external): the embedded file, or
    /// for <see cref="Protocol"/> the schema generated from the loader's rules.
    /// </summary>
    internal static string ReadFile(string name)
    {
        if (name == Protocol)
        {
            return EmhRt.Protocol.ProtocolSchema.ToJsonSchema();
        }

        string resource = "EmhRt.Reporting.Schemas." + name + ".schema.json";
        using var stream = typeof(OutputSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The schema resource " + resource + " is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The batch-row schema with the plan schema (an embedded resource, found by its <c>$id</c>) in <c>$defs</c>.</summary>
    private static string Bundle(string batchRow, string plan)
    {
        using var row = JsonDocument.Parse(batchRow);
        using var planDocument = JsonDocument.Parse(plan);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(batchRow.Length + plan.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer, PlanJsonReport.CreateWriterOptions(indented: true)))
        {
            writer.WriteStartObject();
            foreach (var property in row.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteStartObject("$defs"u8);
            writer.WritePropertyName("plan"u8);
            planDocument.RootElement.WriteTo(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
