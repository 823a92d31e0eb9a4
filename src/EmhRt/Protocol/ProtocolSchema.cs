using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EmhRt.Findings;

namespace EmhRt.Protocol;

/// <summary>The kinds of JSON value a protocol property holds.</summary>
internal enum SchemaKind
{
    Object,
    String,
    Number,
    Integer,
    Rules,
}

/// <summary>
/// One property of the protocol JSON: name, kind, constraints and how to read it from an <see cref="EmhProtocol"/>.
/// The tree in <see cref="ProtocolSchema.Root"/> drives loading, validation and canonical writing alike, so the
/// three cannot drift apart.
/// </summary>
internal sealed class SchemaNode
{
    public SchemaNode(string name, SchemaKind kind, string path)
    {
        Name = name;
        Kind = kind;
        Path = path;
    }

    public string Name { get; }

    public SchemaKind Kind { get; }

    public string Path { get; }

    public bool Optional { get; init; }

    /// <summary>Numbers and integers: must be &gt; 0 instead of ≥ 0.</summary>
    public bool Positive { get; init; }

    /// <summary>Numbers: the accepted range (inclusive), e.g. the α/β bounds of <see cref="InputLimits"/>; null for none.</summary>
    public (double Min, double Max)? Range { get; init; }

    public ImmutableArray<SchemaNode> Children { get; init; } = [];

    public Func<EmhProtocol, string?>? GetString { get; init; }

    public Func<EmhProtocol, double>? GetNumber { get; init; }

    /// <summary>For an ordered pair (min/max, caution/warning): the sibling that must not be smaller than this one.</summary>
    public string? NotGreaterThan { get; init; }

    /// <summary>Strings: a check of the value, returning the problem or null.</summary>
    public Func<string, string?>? CheckString { get; init; }

    /// <summary>What the property means, for the generated JSON Schema.</summary>
    public string? Description { get; init; }
}

/// <summary>The protocol JSON schema (property names, order, kinds) as one tree.</summary>
internal static class ProtocolSchema
{
    public const string RuleCode = "code";
    public const string RuleEnabled = "enabled";
    public const string RuleSeverity = "severity";

    public static readonly ImmutableArray<string> RuleProperties = [RuleCode, RuleEnabled, RuleSeverity];

    public static SchemaNode Root { get; } = Build();

    /// <summary>Every number/integer leaf, depth first in document order.</summary>
    public static ImmutableArray<SchemaNode> NumberLeaves { get; } = CollectNumbers(Root);

    private static SchemaNode Build()
    {
        static SchemaNode Num(string parent, string name, Func<EmhProtocol, double> get, bool positive = false, string? notGreaterThan = null) =>
            new(name, SchemaKind.Number, parent + "." + name) { GetNumber = get, Positive = positive, NotGreaterThan = notGreaterThan };

        static SchemaNode AlphaBeta(string parent, string name, Func<EmhProtocol, double> get) =>
            new(name, SchemaKind.Number, parent + "." + name) { GetNumber = get, Positive = true, Range = (InputLimits.MinAlphaBetaGy, InputLimits.MaxAlphaBetaGy) };

        static SchemaNode Percent(string parent, string name, Func<EmhProtocol, double> get) =>
            new(name, SchemaKind.Number, parent + "." + name) { GetNumber = get, Positive = true, Range = (0, 100) };

        static SchemaNode Int(string parent, string name, Func<EmhProtocol, int> get) =>
            new(name, SchemaKind.Integer, parent + "." + name) { GetNumber = p => get(p) };

        static SchemaNode Span(string parent, string name, Func<EmhProtocol, string> get) =>
            new(name, SchemaKind.String, parent + "." + name) { GetString = get, CheckString = CheckLevelBand, Description = "Vertebral levels as a span in EmhRt's notation, e.g. T11-L3 or L5-Co." };

        static SchemaNode Obj(string parent, string name, params SchemaNode[] children) =>
            new(name, SchemaKind.Object, parent + "." + name) { Children = [.. children] };

        const string T = "$.thresholds";
        return new SchemaNode("$", SchemaKind.Object, "$")
        {
            Children =
            [
                // The file format's version: checked when present, never part of the canonical JSON or the hash.
                new("schemaVersion", SchemaKind.String, "$.schemaVersion")
                {
                    GetString = static _ => null,
                    Optional = true,
                    CheckString = CheckSchemaVersion,
                    Description = "Version of the protocol file format (semantic); optional. A file of a newer major version is refused.",
                },
                new("id", SchemaKind.String, "$.id") { GetString = p => p.Id },
                new("version", SchemaKind.String, "$.version") { GetString = p => p.Version },
                new("description", SchemaKind.String, "$.description") { GetString = p => p.Description, Optional = true },
                Obj("$", "thresholds",
                    Obj(T, "doseRange",
                        Num(T + ".doseRange", "minGy", p => p.DoseRangeMinGy, notGreaterThan: "maxGy"),
                        Num(T + ".doseRange", "maxGy", p => p.DoseRangeMaxGy)),
                    Obj(T, "fractionSize",
                        Num(T + ".fractionSize", "minGy", p => p.FractionSizeMinGy, notGreaterThan: "maxGy"),
                        Num(T + ".fractionSize", "maxGy", p => p.FractionSizeMaxGy)),
                    Num(T, "hypofractionationGy", p => p.HypofractionationGy, positive: true),
                    Obj(T, "cordEqd2",
                        Num(T + ".cordEqd2", "cautionGy", p => p.CordEqd2CautionGy, notGreaterThan: "warningGy"),
                        Num(T + ".cordEqd2", "warningGy", p => p.CordEqd2WarningGy)),
                    Obj(T, "cordShortCourse",
                        Num(T + ".cordShortCourse", "oneFractionGy", p => p.CordShortCourse1FractionGy, positive: true),
                        Num(T + ".cordShortCourse", "twoFractionsGy", p => p.CordShortCourse2FractionsGy, positive: true),
                        Num(T + ".cordShortCourse", "threeFractionsGy", p => p.CordShortCourse3FractionsGy, positive: true),
                        Num(T + ".cordShortCourse", "fourFractionsGy", p => p.CordShortCourse4FractionsGy, positive: true),
                        Num(T + ".cordShortCourse", "fiveFractionsGy", p => p.CordShortCourse5FractionsGy, positive: true),
                        Num(T + ".cordShortCourse", "hotSpotPercent", p => p.CordShortCourseHotSpotPercent)),
                    Obj(T, "ptvMargin",
                        Num(T + ".ptvMargin", "minMm", p => p.PtvMarginMinMm, notGreaterThan: "maxMm"),
                        Num(T + ".ptvMargin", "maxMm", p => p.PtvMarginMaxMm)),
                    Num(T, "singleFieldLengthMm", p => p.SingleFieldLengthMm, positive: true),
                    Num(T, "fieldMarginMm", p => p.FieldMarginMm),
                    Num(T, "fieldJunctionDistanceMm", p => p.FieldJunctionDistanceMm),
                    Num(T, "startDelayDays", p => p.StartDelayDays),
                    Num(T, "pediatricAgeYears", p => p.PediatricAgeYears),
                    Int(T, "longFieldLevelCount", p => p.LongFieldLevelCount),
                    Obj(T, "reirradiation",
                        Num(T + ".reirradiation", "minIntervalMonths", p => p.ReirradiationMinIntervalMonths),
                        Num(T + ".reirradiation", "courseBedLimitGy2", p => p.ReirradiationCourseBedLimitGy2),
                        Num(T + ".reirradiation", "cumulativeBedCautionGy2", p => p.ReirradiationCumulativeBedCautionGy2, notGreaterThan: "cumulativeBedWarningGy2"),
                        Num(T + ".reirradiation", "cumulativeBedWarningGy2", p => p.ReirradiationCumulativeBedWarningGy2))),
                Obj("$", "ctvMarginLevels",
                    Int("$.ctvMarginLevels", "above", p => p.CtvMarginLevelsAbove),
                    Int("$.ctvMarginLevels", "below", p => p.CtvMarginLevelsBelow)),
                Obj("$", "anatomy",
                    new SchemaNode("conusLevel", SchemaKind.String, "$.anatomy.conusLevel") { GetString = p => p.ConusLevel }),
                Obj("$", "alphaBeta",
                    AlphaBeta("$.alphaBeta", "emhGy", p => p.EmhAlphaBetaGy),
                    AlphaBeta("$.alphaBeta", "cordGy", p => p.CordAlphaBetaGy),
                    AlphaBeta("$.alphaBeta", "cordLumbarGy", p => p.CordLumbarAlphaBetaGy),
                    AlphaBeta("$.alphaBeta", "caudaEquinaGy", p => p.CaudaEquinaAlphaBetaGy)),
                Obj("$", "organs",
                    AlphaBeta("$.organs", "assumedAlphaBetaGy", p => p.OrganAssumedAlphaBetaGy),
                    Obj("$.organs", "kidneys",
                        Span("$.organs.kidneys", "levels", p => p.KidneysLevels),
                        Num("$.organs.kidneys", "meanGy", p => p.KidneysMeanGy, positive: true),
                        AlphaBeta("$.organs.kidneys", "alphaBetaGy", p => p.KidneysAlphaBetaGy),
                        Num("$.organs.kidneys", "v12Gy", p => p.KidneysV12Gy, positive: true),
                        Percent("$.organs.kidneys", "v12Percent", p => p.KidneysV12Percent),
                        Num("$.organs.kidneys", "v20Gy", p => p.KidneysV20Gy, positive: true),
                        Percent("$.organs.kidneys", "v20Percent", p => p.KidneysV20Percent)),
                    Obj("$.organs", "ovaries",
                        Span("$.organs.ovaries", "levels", p => p.OvariesLevels),
                        Num("$.organs.ovaries", "sterilisingDoseAtBirthGy", p => p.OvariesSterilisingDoseAtBirthGy, positive: true),
                        Num("$.organs.ovaries", "sterilisingDoseAt10YearsGy", p => p.OvariesSterilisingDoseAt10YearsGy, positive: true),
                        Num("$.organs.ovaries", "sterilisingDoseAt20YearsGy", p => p.OvariesSterilisingDoseAt20YearsGy, positive: true),
                        Num("$.organs.ovaries", "sterilisingDoseAt30YearsGy", p => p.OvariesSterilisingDoseAt30YearsGy, positive: true)),
                    Obj("$.organs", "uterus",
                        Span("$.organs.uterus", "levels", p => p.UterusLevels),
                        Num("$.organs.uterus", "functionGy", p => p.UterusFunctionGy, positive: true)),
                    Obj("$.organs", "testes",
                        Span("$.organs.testes", "levels", p => p.TestesLevels),
                        Num("$.organs.testes", "recoveryGy", p => p.TestesRecoveryGy, positive: true),
                        Num("$.organs.testes", "scatterPercent", p => p.TestesScatterPercent, positive: true)),
                    Obj("$.organs", "smallBowel",
                        Span("$.organs.smallBowel", "levels", p => p.SmallBowelLevels),
                        Num("$.organs.smallBowel", "v15Gy", p => p.SmallBowelDoseGy, positive: true),
                        Num("$.organs.smallBowel", "v15Cc", p => p.SmallBowelVolumeCc, positive: true)),
                    Obj("$.organs", "heart",
                        Span("$.organs.heart", "levels", p => p.HeartLevels),
                        Num("$.organs.heart", "v25Gy", p => p.HeartDoseGy, positive: true),
                        Percent("$.organs.heart", "v25Percent", p => p.HeartV25Percent)),
                    Obj("$.organs", "lungs",
                        Span("$.organs.lungs", "levels", p => p.LungsLevels),
                        Num("$.organs.lungs", "v20Gy", p => p.LungsDoseGy, positive: true),
                        Percent("$.organs.lungs", "v20Percent", p => p.LungsV20Percent),
                        Num("$.organs.lungs", "meanGy", p => p.LungsMeanGy, positive: true)),
                    Obj("$.organs", "oesophagus",
                        Span("$.organs.oesophagus", "levels", p => p.OesophagusLevels),
                        Num("$.organs.oesophagus", "meanGy", p => p.OesophagusMeanGy, positive: true)),
                    Obj("$.organs", "thyroid",
                        Span("$.organs.thyroid", "levels", p => p.ThyroidLevels)),
                    Obj("$.organs", "larynx",
                        Span("$.organs.larynx", "levels", p => p.LarynxLevels),
                        Num("$.organs.larynx", "meanGy", p => p.LarynxMeanGy, positive: true)),
                    Obj("$.organs", "liver",
                        Span("$.organs.liver", "levels", p => p.LiverLevels),
                        Num("$.organs.liver", "meanGy", p => p.LiverMeanGy, positive: true))),
                Obj("$", "pregnancy",
                    Span("$.pregnancy", "levels", p => p.PregnancyLevels),
                    Num("$.pregnancy", "minAgeYears", p => p.PregnancyMinAgeYears),
                    Num("$.pregnancy", "maxAgeYears", p => p.PregnancyMaxAgeYears),
                    Num("$.pregnancy", "fetalThresholdGy", p => p.FetalThresholdGy, positive: true),
                    Num("$.pregnancy", "outOfFieldPercent", p => p.FetalOutOfFieldPercent, positive: true)),
                Obj("$", "fertility",
                    Num("$.fertility", "maxAgeYears", p => p.FertilityMaxAgeYears)),
                Obj("$", "activeMarrow",
                    Num("$.activeMarrow", "cervicalPercent", p => p.ActiveMarrowCervicalPercent),
                    Num("$.activeMarrow", "thoracicPercent", p => p.ActiveMarrowThoracicPercent),
                    Num("$.activeMarrow", "lumbarPercent", p => p.ActiveMarrowLumbarPercent),
                    Num("$.activeMarrow", "sacralPercent", p => p.ActiveMarrowSacralPercent)),
                new("rules", SchemaKind.Rules, "$.rules"),
            ],
        };
    }

    private static ImmutableArray<SchemaNode> CollectNumbers(SchemaNode root)
    {
        var list = ImmutableArray.CreateBuilder<SchemaNode>();
        void Walk(SchemaNode n)
        {
            if (n.Kind is SchemaKind.Number or SchemaKind.Integer)
            {
                list.Add(n);
            }

            foreach (var c in n.Children)
            {
                Walk(c);
            }
        }

        Walk(root);
        return list.ToImmutable();
    }

    /// <summary>An organ's or the pregnancy rule's level band: one span in EmhRt's notation (standard anatomy), e.g. <c>T11-L3</c>.</summary>
    internal static string? CheckLevelBand(string text)
    {
        var parsed = Spine.SpineNotation.ParseSpan(text, Spine.SpineAnatomy.Standard);
        return parsed.Success ? null : $"must be one vertebral span such as T11-L3 or L5-Co: {parsed.Error} (at {parsed.Position}) in '{text}'";
    }

    /// <summary>Every string leaf with a check, depth first in document order.</summary>
    public static ImmutableArray<SchemaNode> CheckedStrings { get; } = CollectCheckedStrings(Root);

    private static ImmutableArray<SchemaNode> CollectCheckedStrings(SchemaNode root)
    {
        var list = ImmutableArray.CreateBuilder<SchemaNode>();
        void Walk(SchemaNode n)
        {
            if (n.Kind == SchemaKind.String && n.CheckString is not null && n.GetString is not null && !n.Optional)
            {
                list.Add(n);
            }

            foreach (var c in n.Children)
            {
                Walk(c);
            }
        }

        Walk(root);
        return list.ToImmutable();
    }

    /// <summary>A protocol file's <c>schemaVersion</c>: a semantic version whose major version this build reads.</summary>
    private static string? CheckSchemaVersion(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            return $"must be a version such as {Reporting.OutputSchemas.ProtocolVersion}, found '{text}'";
        }

        string major = Reporting.OutputSchemas.ProtocolVersion.Split('.')[0];
        return parts[0] == major
            ? null
            : $"protocol format {text} is not readable by this emhrt, which reads format {major}.x ({Reporting.OutputSchemas.ProtocolVersion})";
    }

    /// <summary>
    /// The protocol file's JSON Schema (draft 2020-12), generated from <see cref="Root"/> so that it cannot drift from
    /// the loader. Order constraints (min ≤ max, caution ≤ warning) and the rule-severity rules are stated in the
    /// descriptions; <c>emhrt protocol check</c> enforces them.
    /// </summary>
    public static string ToJsonSchema()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(8192);
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, Reporting.PlanJsonReport.CreateWriterOptions(indented: true)))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("$id", "urn:emhrt:schema:protocol:" + Reporting.OutputSchemas.ProtocolVersion);
            writer.WriteString("title", "EmhRt protocol file (emhrt protocol show, --protocol FILE)");
            writer.WriteString("description", "Every threshold of the assessment. Numbers are not negative; " +
                "an ordered pair (minGy/maxGy, cautionGy/warningGy, …) must not be reversed; every finding code is listed once; " +
                "a rule whose severity follows its caution and warning thresholds has no severity. emhrt protocol check enforces all of it.");
            WriteSchemaBody(writer, Root, isRoot: true);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteSchemaBody(System.Text.Json.Utf8JsonWriter writer, SchemaNode node, bool isRoot = false)
    {
        if (node.Description is { } description)
        {
            writer.WriteString("description", description);
        }

        switch (node.Kind)
        {
            case SchemaKind.Object:
                writer.WriteString("type", "object");
                writer.WriteStartObject("properties");
                if (isRoot && node.Children.Length > 0 && node.Children[0].Name == "schemaVersion")
                {
                    writer.WriteStartObject("schemaVersion");
                    writer.WriteString("description", node.Children[0].Description);
                    writer.WriteString("type", "string");
                    writer.WriteString("pattern", "^" + Reporting.OutputSchemas.ProtocolVersion.Split('.')[0] + "\\.[0-9]+\\.[0-9]+$");
                    writer.WriteEndObject();
                }

                foreach (var child in node.Children)
                {
                    if (isRoot && child.Name == "schemaVersion")
                    {
                        continue;
                    }

                    writer.WriteStartObject(child.Name);
                    WriteSchemaBody(writer, child);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteStartArray("required");
                foreach (var child in node.Children.Where(c => !c.Optional))
                {
                    writer.WriteStringValue(child.Name);
                }

                writer.WriteEndArray();
                writer.WriteBoolean("additionalProperties", false);
                break;
            case SchemaKind.String:
                writer.WriteString("type", "string");
                if (!node.Optional)
                {
                    writer.WriteString("pattern", "\\S");
                }

                break;
            case SchemaKind.Number:
            case SchemaKind.Integer:
                writer.WriteString("type", node.Kind == SchemaKind.Integer ? "integer" : "number");
                writer.WriteNumber(node.Positive ? "exclusiveMinimum" : "minimum", 0);
                if (node.NotGreaterThan is { } other)
                {
                    writer.WriteString("$comment", $"must not be greater than {other}");
                }

                break;
            case SchemaKind.Rules:
                writer.WriteString("type", "array");
                writer.WriteStartObject("items");
                writer.WriteString("type", "object");
                writer.WriteStartObject("properties");
                writer.WriteStartObject(RuleCode);
                writer.WriteStartArray("enum");
                foreach (var code in FindingCodes.All)
                {
                    writer.WriteStringValue(code);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteStartObject(RuleEnabled);
                writer.WriteString("type", "boolean");
                writer.WriteEndObject();
                writer.WriteStartObject(RuleSeverity);
                writer.WriteStartArray("enum");
                writer.WriteStringValue("info");
                writer.WriteStringValue("caution");
                writer.WriteStringValue("warning");
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteStartArray("required");
                writer.WriteStringValue(RuleCode);
                writer.WriteStringValue(RuleEnabled);
                writer.WriteEndArray();
                writer.WriteBoolean("additionalProperties", false);
                writer.WriteEndObject();
                writer.WriteNumber("minItems", FindingCodes.All.Length);
                writer.WriteNumber("maxItems", FindingCodes.All.Length);
                break;
        }
    }

    /// <summary>The known name closest to <paramref name="name"/> (edit distance, ignoring case), or null when none is close.</summary>
    public static string? Nearest(string name, IEnumerable<string> known) => Text.EditDistance.Nearest(name, known);

    /// <summary>Semantic checks shared by the loader and <see cref="EmhProtocol.Validate"/>: ranges and order of numbers.</summary>
    public static void CheckNumber(SchemaNode node, double value, List<LoadError> errors)
    {
        if (!double.IsFinite(value))
        {
            errors.Add(new(node.Path, "must be a finite number"));
        }
        else if (node.Positive && value <= 0)
        {
            errors.Add(new(node.Path, Invariant($"must be greater than 0, found {value}")));
        }
        else if (value < 0)
        {
            errors.Add(new(node.Path, Invariant($"must not be negative, found {value}")));
        }
        else if (node.Range is { } range && (value < range.Min || value > range.Max))
        {
            errors.Add(new(node.Path, Invariant($"must be from {range.Min} to {range.Max} (input-sanity limit), found {value}")));
        }
        else if (node.Kind == SchemaKind.Integer && (value != Math.Floor(value) || value > int.MaxValue))
        {
            errors.Add(new(node.Path, Invariant($"must be a whole number, found {value}")));
        }
    }

    public static void CheckOrder(SchemaNode node, double value, string otherName, double other, List<LoadError> errors)
    {
        if (double.IsFinite(value) && double.IsFinite(other) && value > other)
        {
            errors.Add(new(node.Path, Invariant($"{node.Name} ({value}) must not be greater than {otherName} ({other})")));
        }
    }

    /// <summary>Rule list checks: known codes, no duplicates, none missing, severity present exactly for one-level rules.</summary>
    public static void CheckRules(IReadOnlyList<(string? Code, Severity? Severity, bool SeverityGiven)> rules, List<LoadError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var (code, severity, severityGiven) = rules[i];
            var path = Invariant($"$.rules[{i}]");
            if (code is null)
            {
                continue;
            }

            if (!FindingCodes.IsKnown(code))
            {
                var near = Nearest(code, FindingCodes.All);
                errors.Add(new(path + ".code", $"unknown rule code '{code}'" + (near is null ? string.Empty : $"; did you mean '{near}'?")));
                continue;
            }

            if (!seen.Add(code))
            {
                errors.Add(new(path + ".code", $"duplicate rule code '{code}': each rule is listed once"));
                continue;
            }

            if (EmhProtocol.HasThresholdSeverity(code))
            {
                if (severityGiven)
                {
                    errors.Add(new(path + ".severity", $"'{code}' takes its severity from its caution and warning thresholds; remove 'severity'"));
                }
            }
            else if (!severityGiven)
            {
                errors.Add(new(path, $"required property 'severity' is missing for '{code}' (expected 'info', 'caution' or 'warning')"));
            }
            else if (severity is { } s && !Enum.IsDefined(s))
            {
                errors.Add(new(path + ".severity", "severity must be 'info', 'caution' or 'warning'"));
            }
        }

        foreach (var code in FindingCodes.All)
        {
            if (!seen.Contains(code))
            {
                errors.Add(new("$.rules", $"rule '{code}' is missing: list every rule, with \"enabled\": false to switch one off"));
            }
        }
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
