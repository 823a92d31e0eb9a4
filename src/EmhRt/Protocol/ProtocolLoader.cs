using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using EmhRt.Findings;
using EmhRt.Text;

namespace EmhRt.Protocol;

/// <summary>
/// Loads and validates protocol JSON. Every property is required except <c>description</c>; unknown properties,
/// wrong types, missing properties, duplicate names, out-of-range numbers, min above max and unknown, duplicate or
/// missing rules are all reported together, each with its JSON path. Never throws for bad input.
/// </summary>
public static class ProtocolLoader
{
    /// <summary>Largest protocol accepted: 1 MiB (1 048 576 bytes of UTF-8).</summary>
    public const int MaxSizeBytes = InputLimits.MaxFileBytes;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
    };

    /// <summary>Loads a protocol from JSON text.</summary>
    /// <param name="json">The protocol JSON.</param>
    /// <returns>The protocol, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static LoadResult<EmhProtocol> Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxSizeBytes || Encoding.UTF8.GetByteCount(json) > MaxSizeBytes)
        {
            return Fail("$", TooLarge());
        }

        if (InputText.FirstUnpairedSurrogate(json) is { } unpaired)
        {
            // Encoding it would silently put U+FFFD in its place (a protocol id "emh\ud800" would load as "emh\ufffd").
            return Fail("$", ProtocolSchema.Invariant($"not valid text at line {InputText.LineOf(json, unpaired)}: {InputText.UnpairedSurrogate(json, unpaired)}"));
        }

        return LoadBytes(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// Loads a protocol file. A file over <see cref="MaxSizeBytes"/> is refused before it is read; a missing or
    /// unreadable file is reported as an error at path <c>$</c>.
    /// </summary>
    /// <param name="path">Path of the JSON file.</param>
    /// <returns>The protocol, or every problem found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static LoadResult<EmhProtocol> LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            if (!InputText.TryReadBytes(path, MaxSizeBytes, out var read, out _))
            {
                return Fail("$", TooLarge());
            }

            var bytes = read.AsSpan();
            if (bytes.StartsWith(Encoding.UTF8.Preamble))
            {
                bytes = bytes[Encoding.UTF8.Preamble.Length..];
            }

            return LoadBytes(bytes.ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return Fail("$", $"cannot read protocol file '{path}': {ex.Message}");
        }
    }

    private static string TooLarge() =>
        ProtocolSchema.Invariant($"protocol is larger than {MaxSizeBytes} bytes (1 MiB); refusing to read it");

    private static LoadResult<EmhProtocol> Fail(string path, string message) => LoadResult<EmhProtocol>.ForErrors([new LoadError(path, message)]);

    private static LoadResult<EmhProtocol> LoadBytes(byte[] utf8)
    {
        if (InputText.FirstInvalidUtf8(utf8) is { } invalid)
        {
            return Fail("$", InputText.InvalidUtf8(utf8, invalid));
        }

        if (InputText.FindBrokenJsonEscape(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = DocumentOptions.MaxDepth }) is { } broken)
        {
            return Fail("$", broken);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            return Fail(
                "$",
                ProtocolSchema.Invariant($"invalid JSON at line {line}, byte {position} of the line: {FirstSentence(ex.Message)}"));
        }

        using (document)
        {
            var reader = new Reader();
            reader.ReadObject(document.RootElement, ProtocolSchema.Root);
            var protocol = reader.Build();
            return reader.Errors.Count == 0 && protocol is not null ? LoadResult<EmhProtocol>.ForValue(protocol) : LoadResult<EmhProtocol>.ForErrors([.. reader.Errors]);
        }
    }

    private static string FirstSentence(string message)
    {
        // JsonException messages end with "Path: $ | LineNumber: n | BytePositionInLine: m."; we give our own position.
        var cut = message.Length;
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        return message[..cut].TrimEnd(' ', '.', '|');
    }

    private sealed class Reader
    {
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> _numbers = new(StringComparer.Ordinal);
        private readonly List<RuleSetting> _rules = [];
        private bool _rulesRead;

        public List<LoadError> Errors { get; } = [];

        public void ReadObject(JsonElement element, SchemaNode node)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Errors.Add(new(node.Path, $"must be an object, found {Describe(element)}"));
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var present = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var childPath = node.Path + "." + property.Name;
                if (!seen.Add(property.Name))
                {
                    Errors.Add(new(childPath, $"duplicate property '{property.Name}'"));
                    continue;
                }

                SchemaNode? child = null;
                foreach (var c in node.Children)
                {
                    if (c.Name == property.Name)
                    {
                        child = c;
                        break;
                    }
                }

                if (child is null)
                {
                    var names = node.Children.Select(c => c.Name);
                    var near = ProtocolSchema.Nearest(property.Name, names);
                    Errors.Add(new(
                        childPath,
                        $"unknown property '{property.Name}'" + (near is null
                            ? $"; expected one of: {string.Join(", ", names)}"
                            : $"; did you mean '{near}'?")));
                    continue;
                }

                present[property.Name] = property.Value;
            }

            foreach (var child in node.Children)
            {
                if (!present.TryGetValue(child.Name, out var value))
                {
                    if (!child.Optional)
                    {
                        Errors.Add(new(child.Path, $"required property '{child.Name}' is missing"));
                    }

                    continue;
                }

                ReadValue(value, child);
            }

            // Order checks need both values; skipped when either failed (that error is already reported).
            foreach (var child in node.Children)
            {
                if (child.NotGreaterThan is { } otherName
                    && _numbers.TryGetValue(child.Path, out var low)
                    && _numbers.TryGetValue(node.Path + "." + otherName, out var high))
                {
                    ProtocolSchema.CheckOrder(child, low, otherName, high, Errors);
                }
            }
        }

        private void ReadValue(JsonElement value, SchemaNode node)
        {
            switch (node.Kind)
            {
                case SchemaKind.Object:
                    ReadObject(value, node);
                    break;
                case SchemaKind.String:
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        Errors.Add(new(node.Path, $"must be a string, found {Describe(value)}"));
                    }
                    else if (!node.Optional && string.IsNullOrWhiteSpace(value.GetString()))
                    {
                        Errors.Add(new(node.Path, "must be a non-empty string"));
                    }
                    else if (node.CheckString?.Invoke(value.GetString()!) is { } problem)
                    {
                        Errors.Add(new(node.Path, problem));
                    }
                    else
                    {
                        _strings[node.Path] = value.GetString()!;
                    }

                    break;
                case SchemaKind.Number:
                case SchemaKind.Integer:
                    ReadNumber(value, node);
                    break;
                case SchemaKind.Rules:
                    ReadRules(value, node);
                    break;
            }
        }

        private void ReadNumber(JsonElement value, SchemaNode node)
        {
            var expected = node.Kind == SchemaKind.Integer ? "a whole number" : "a number";
            if (value.ValueKind != JsonValueKind.Number)
            {
                Errors.Add(new(node.Path, $"must be {expected}, found {Describe(value)}"));
                return;
            }

            if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                Errors.Add(new(node.Path, $"must be a finite number, found {value.GetRawText()}"));
                return;
            }

            var before = Errors.Count;
            ProtocolSchema.CheckNumber(node, number, Errors);
            if (Errors.Count == before)
            {
                _numbers[node.Path] = number;
            }
        }

        private void ReadRules(JsonElement value, SchemaNode node)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Errors.Add(new(node.Path, $"must be an array of rule objects, found {Describe(value)}"));
                return;
            }

            var entries = new List<(string? Code, Severity? Severity, bool SeverityGiven)>();
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var path = ProtocolSchema.Invariant($"{node.Path}[{index}]");
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Errors.Add(new(path, $"must be a rule object, found {Describe(item)}"));
                    entries.Add((null, null, false));
                    continue;
                }

                string? code = null;
                bool? enabled = null;
                Severity? severity = null;
                var severityGiven = false;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in item.EnumerateObject())
                {
                    var propertyPath = path + "." + property.Name;
                    if (!seen.Add(property.Name))
                    {
                        Errors.Add(new(propertyPath, $"duplicate property '{property.Name}'"));
                        continue;
                    }

                    switch (property.Name)
                    {
                        case ProtocolSchema.RuleCode:
                            if (property.Value.ValueKind == JsonValueKind.String)
                            {
                                code = property.Value.GetString();
                            }
                            else
                            {
                                Errors.Add(new(propertyPath, $"must be a string, found {Describe(property.Value)}"));
                            }

                            break;
                        case ProtocolSchema.RuleEnabled:
                            if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                            {
                                enabled = property.Value.GetBoolean();
                            }
                            else
                            {
                                Errors.Add(new(propertyPath, $"must be true or false, found {Describe(property.Value)}"));
                            }

                            break;
                        case ProtocolSchema.RuleSeverity:
                            severityGiven = true;
                            if (property.Value.ValueKind != JsonValueKind.String)
                            {
                                Errors.Add(new(propertyPath, $"must be 'info', 'caution' or 'warning', found {Describe(property.Value)}"));
                            }
                            else if (SeverityText.Parse(property.Value.GetString()) is { Success: true } parsed)
                            {
                                severity = parsed.Value;
                            }
                            else
                            {
                                Errors.Add(new(propertyPath, $"unknown severity '{property.Value.GetString()}'; expected 'info', 'caution' or 'warning'"));
                            }

                            break;
                        default:
                            var near = ProtocolSchema.Nearest(property.Name, ProtocolSchema.RuleProperties);
                            Errors.Add(new(
                                propertyPath,
                                $"unknown property '{property.Name}'" + (near is null
                                    ? "; expected one of: code, enabled, severity"
                                    : $"; did you mean '{near}'?")));
                            break;
                    }
                }

                if (!seen.Contains(ProtocolSchema.RuleCode))
                {
                    Errors.Add(new(path + ".code", "required property 'code' is missing"));
                }

                if (!seen.Contains(ProtocolSchema.RuleEnabled))
                {
                    Errors.Add(new(path + ".enabled", "required property 'enabled' is missing"));
                }

                // A severity that failed to parse is reported already; count it as given for the rule checks.
                entries.Add((code, severity, severityGiven));
                if (code is not null && enabled is { } on && (severity is not null || !severityGiven))
                {
                    _rules.Add(new RuleSetting(code, on, severity));
                }
            }

            ProtocolSchema.CheckRules(entries, Errors);
            _rulesRead = true;
        }

        public EmhProtocol? Build()
        {
            if (Errors.Count > 0 || !_rulesRead)
            {
                return null;
            }

            var ordered = ImmutableArray.CreateBuilder<RuleSetting>(FindingCodes.All.Length);
            foreach (var code in FindingCodes.All)
            {
                foreach (var r in _rules)
                {
                    if (r.Code == code)
                    {
                        ordered.Add(r);
                        break;
                    }
                }
            }

            const string T = "$.thresholds.";
            var protocol = new EmhProtocol
            {
                Id = _strings["$.id"],
                Version = _strings["$.version"],
                Description = _strings.GetValueOrDefault("$.description"),
                DoseRangeMinGy = _numbers[T + "doseRange.minGy"],
                DoseRangeMaxGy = _numbers[T + "doseRange.maxGy"],
                FractionSizeMinGy = _numbers[T + "fractionSize.minGy"],
                FractionSizeMaxGy = _numbers[T + "fractionSize.maxGy"],
                HypofractionationGy = _numbers[T + "hypofractionationGy"],
                CordEqd2CautionGy = _numbers[T + "cordEqd2.cautionGy"],
                CordEqd2WarningGy = _numbers[T + "cordEqd2.warningGy"],
                CordShortCourse1FractionGy = _numbers[T + "cordShortCourse.oneFractionGy"],
                CordShortCourse2FractionsGy = _numbers[T + "cordShortCourse.twoFractionsGy"],
                CordShortCourse3FractionsGy = _numbers[T + "cordShortCourse.threeFractionsGy"],
                CordShortCourse4FractionsGy = _numbers[T + "cordShortCourse.fourFractionsGy"],
                CordShortCourse5FractionsGy = _numbers[T + "cordShortCourse.fiveFractionsGy"],
                CordShortCourseHotSpotPercent = _numbers[T + "cordShortCourse.hotSpotPercent"],
                PtvMarginMinMm = _numbers[T + "ptvMargin.minMm"],
                PtvMarginMaxMm = _numbers[T + "ptvMargin.maxMm"],
                SingleFieldLengthMm = _numbers[T + "singleFieldLengthMm"],
                FieldMarginMm = _numbers[T + "fieldMarginMm"],
                FieldJunctionDistanceMm = _numbers[T + "fieldJunctionDistanceMm"],
                StartDelayDays = _numbers[T + "startDelayDays"],
                PediatricAgeYears = _numbers[T + "pediatricAgeYears"],
                LongFieldLevelCount = (int)_numbers[T + "longFieldLevelCount"],
                ReirradiationMinIntervalMonths = _numbers[T + "reirradiation.minIntervalMonths"],
                ReirradiationCourseBedLimitGy2 = _numbers[T + "reirradiation.courseBedLimitGy2"],
                ReirradiationCumulativeBedCautionGy2 = _numbers[T + "reirradiation.cumulativeBedCautionGy2"],
                ReirradiationCumulativeBedWarningGy2 = _numbers[T + "reirradiation.cumulativeBedWarningGy2"],
                CtvMarginLevelsAbove = (int)_numbers["$.ctvMarginLevels.above"],
                CtvMarginLevelsBelow = (int)_numbers["$.ctvMarginLevels.below"],
                EmhAlphaBetaGy = _numbers["$.alphaBeta.emhGy"],
                CordAlphaBetaGy = _numbers["$.alphaBeta.cordGy"],
                CordLumbarAlphaBetaGy = _numbers["$.alphaBeta.cordLumbarGy"],
                ConusLevel = _strings["$.anatomy.conusLevel"],
                CaudaEquinaAlphaBetaGy = _numbers["$.alphaBeta.caudaEquinaGy"],
                OrganAssumedAlphaBetaGy = _numbers["$.organs.assumedAlphaBetaGy"],
                KidneysLevels = _strings["$.organs.kidneys.levels"],
                KidneysMeanGy = _numbers["$.organs.kidneys.meanGy"],
                KidneysAlphaBetaGy = _numbers["$.organs.kidneys.alphaBetaGy"],
                KidneysV12Gy = _numbers["$.organs.kidneys.v12Gy"],
                KidneysV12Percent = _numbers["$.organs.kidneys.v12Percent"],
                KidneysV20Gy = _numbers["$.organs.kidneys.v20Gy"],
                KidneysV20Percent = _numbers["$.organs.kidneys.v20Percent"],
                OvariesLevels = _strings["$.organs.ovaries.levels"],
                OvariesSterilisingDoseAtBirthGy = _numbers["$.organs.ovaries.sterilisingDoseAtBirthGy"],
                OvariesSterilisingDoseAt10YearsGy = _numbers["$.organs.ovaries.sterilisingDoseAt10YearsGy"],
                OvariesSterilisingDoseAt20YearsGy = _numbers["$.organs.ovaries.sterilisingDoseAt20YearsGy"],
                OvariesSterilisingDoseAt30YearsGy = _numbers["$.organs.ovaries.sterilisingDoseAt30YearsGy"],
                UterusLevels = _strings["$.organs.uterus.levels"],
                UterusFunctionGy = _numbers["$.organs.uterus.functionGy"],
                TestesLevels = _strings["$.organs.testes.levels"],
                TestesRecoveryGy = _numbers["$.organs.testes.recoveryGy"],
                TestesScatterPercent = _numbers["$.organs.testes.scatterPercent"],
                SmallBowelLevels = _strings["$.organs.smallBowel.levels"],
                SmallBowelDoseGy = _numbers["$.organs.smallBowel.v15Gy"],
                SmallBowelVolumeCc = _numbers["$.organs.smallBowel.v15Cc"],
                HeartLevels = _strings["$.organs.heart.levels"],
                HeartDoseGy = _numbers["$.organs.heart.v25Gy"],
                HeartV25Percent = _numbers["$.organs.heart.v25Percent"],
                LungsLevels = _strings["$.organs.lungs.levels"],
                LungsDoseGy = _numbers["$.organs.lungs.v20Gy"],
                LungsV20Percent = _numbers["$.organs.lungs.v20Percent"],
                LungsMeanGy = _numbers["$.organs.lungs.meanGy"],
                OesophagusLevels = _strings["$.organs.oesophagus.levels"],
                OesophagusMeanGy = _numbers["$.organs.oesophagus.meanGy"],
                ThyroidLevels = _strings["$.organs.thyroid.levels"],
                LarynxLevels = _strings["$.organs.larynx.levels"],
                LarynxMeanGy = _numbers["$.organs.larynx.meanGy"],
                LiverLevels = _strings["$.organs.liver.levels"],
                LiverMeanGy = _numbers["$.organs.liver.meanGy"],
                PregnancyLevels = _strings["$.pregnancy.levels"],
                PregnancyMinAgeYears = _numbers["$.pregnancy.minAgeYears"],
                PregnancyMaxAgeYears = _numbers["$.pregnancy.maxAgeYears"],
                FetalThresholdGy = _numbers["$.pregnancy.fetalThresholdGy"],
                FetalOutOfFieldPercent = _numbers["$.pregnancy.outOfFieldPercent"],
                FertilityMaxAgeYears = _numbers["$.fertility.maxAgeYears"],
                ActiveMarrowCervicalPercent = _numbers["$.activeMarrow.cervicalPercent"],
                ActiveMarrowThoracicPercent = _numbers["$.activeMarrow.thoracicPercent"],
                ActiveMarrowLumbarPercent = _numbers["$.activeMarrow.lumbarPercent"],
                ActiveMarrowSacralPercent = _numbers["$.activeMarrow.sacralPercent"],
                Rules = ordered.ToImmutable(),
            };

            // Defensive: anything the structural pass let through but the model rejects.
            Errors.AddRange(protocol.Validate());
            return Errors.Count > 0 ? null : protocol;
        }

        private static string Describe(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => $"the string \"{Truncate(element.GetString() ?? string.Empty)}\"",
            JsonValueKind.Number => "the number " + element.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => "nothing",
        };

        private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
