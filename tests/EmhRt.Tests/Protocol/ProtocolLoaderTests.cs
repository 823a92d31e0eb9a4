using System.Text;
using EmhRt.Findings;
using EmhRt.Protocol;

namespace EmhRt.Tests.Protocol;

public class ProtocolLoaderTests
{
    private static string Default => EmhProtocol.DefaultJson;

    private static LoadResult<EmhProtocol> LoadReplacing(string oldText, string newText)
    {
        Assert.Contains(oldText, Default, StringComparison.Ordinal);
        return ProtocolLoader.Load(Default.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private static LoadError SingleError(LoadResult<EmhProtocol> result)
    {
        Assert.False(result.Success);
        Assert.Null(result.Value);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Default_protocol_loads_with_the_documented_values()
    {
        var p = EmhProtocol.Default;
        Assert.Equal("emh-default", p.Id);
        Assert.Equal("1.3.0", p.Version);
        Assert.Equal((16.0, 20.0, 1.8, 2.0, 3.0), (p.DoseRangeMinGy, p.DoseRangeMaxGy, p.FractionSizeMinGy, p.FractionSizeMaxGy, p.HypofractionationGy));
        Assert.Equal((45.0, 50.0, 10.0, 20.0, 400.0, 18.0, 8), (p.CordEqd2CautionGy, p.CordEqd2WarningGy, p.PtvMarginMinMm, p.PtvMarginMaxMm, p.SingleFieldLengthMm, p.PediatricAgeYears, p.LongFieldLevelCount));
        Assert.Equal((6.0, 98.0, 120.0, 135.5), (p.ReirradiationMinIntervalMonths, p.ReirradiationCourseBedLimitGy2, p.ReirradiationCumulativeBedCautionGy2, p.ReirradiationCumulativeBedWarningGy2));
        Assert.Equal((1, 1, 10.0, 2.0, 4.0), (p.CtvMarginLevelsAbove, p.CtvMarginLevelsBelow, p.EmhAlphaBetaGy, p.CordAlphaBetaGy, p.CordLumbarAlphaBetaGy));
        Assert.Equal(FindingCodes.All.ToArray(), p.Rules.Select(r => r.Code).ToArray());
        Assert.All(p.Rules, r => Assert.True(r.Enabled));
        Assert.Null(p.GetRule(FindingCodes.CordEqd2High).Severity);
        Assert.Equal(Severity.Warning, p.GetRule(FindingCodes.DoseBelowRange).Severity);
        Assert.Equal(Severity.Caution, p.GetRule(FindingCodes.DoseAboveRange).Severity);
        Assert.Empty(p.Validate());
        Assert.Same(p, EmhProtocol.Default);
    }

    [Fact]
    public void Default_json_is_the_embedded_text()
    {
        using var stream = typeof(EmhProtocol).Assembly.GetManifestResourceStream(EmhProtocol.DefaultResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.Equal(reader.ReadToEnd(), EmhProtocol.DefaultJson);
    }

    [Fact]
    public void Canonical_json_round_trips_to_an_equal_protocol()
    {
        var canonical = EmhProtocol.Default.ToCanonicalJson();
        Assert.DoesNotContain(" ", canonical.Replace(EmhProtocol.Default.Description!, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"emh-default\",\"version\":\"1.3.0\",\"description\":", canonical, StringComparison.Ordinal);
        Assert.Contains("\"doseRange\":{\"minGy\":16,\"maxGy\":20}", canonical, StringComparison.Ordinal);
        Assert.Contains("\"cumulativeBedWarningGy2\":135.5", canonical, StringComparison.Ordinal);
        var reloaded = ProtocolLoader.Load(canonical);
        Assert.True(reloaded.Success, string.Join("; ", reloaded.Errors));
        Assert.Equal(EmhProtocol.Default, reloaded.Value);
        Assert.Equal(EmhProtocol.Default.GetHashCode(), reloaded.Value.GetHashCode());
        Assert.Equal(canonical, reloaded.Value.ToCanonicalJson());
    }

    [Fact]
    public void Sha256_is_stable_and_changes_with_any_threshold()
    {
        var sha = EmhProtocol.Default.Sha256;
        Assert.Matches("^[0-9a-f]{64}$", sha);
        Assert.Equal(sha, EmhProtocol.Default.Sha256);
        Assert.Equal(sha, ProtocolLoader.Load(EmhProtocol.Default.ToCanonicalJson()).Value!.Sha256);
        Assert.Equal(sha, LoadReplacing("\"doseRange\": { \"minGy\": 16,", "\"doseRange\": { \"minGy\": 16.0,").Value!.Sha256);
        Assert.NotEqual(sha, (EmhProtocol.Default with { CordEqd2CautionGy = 44 }).Sha256);
        Assert.NotEqual(sha, LoadReplacing("\"courseBedLimitGy2\": 98", "\"courseBedLimitGy2\": 97.5").Value!.Sha256);
        Assert.NotEqual(EmhProtocol.Default, EmhProtocol.Default with { PediatricAgeYears = 16 });
    }

    [Fact]
    public void Sha256_does_not_depend_on_rule_order_or_whitespace()
    {
        var first = "    { \"code\": \"DOSE_BELOW_RANGE\", \"enabled\": true, \"severity\": \"warning\" },\n";
        var moved = Default.Replace(first, string.Empty, StringComparison.Ordinal)
            .Replace("\"rules\": [\n", "\"rules\": [\n" + first, StringComparison.Ordinal);
        var compact = System.Text.RegularExpressions.Regex.Replace(Default, "\n\\s*", string.Empty);
        Assert.Equal(EmhProtocol.Default.Sha256, ProtocolLoader.Load(moved).Value!.Sha256);
        Assert.Equal(EmhProtocol.Default.Sha256, ProtocolLoader.Load(compact).Value!.Sha256);
    }

    [Fact]
    public void Typo_in_a_property_name_is_rejected_with_a_suggestion()
    {
        var result = LoadReplacing("\"doseRange\": { \"minGy\"", "\"doseRange\": { \"minGY\"");
        Assert.Null(result.Value);
        Assert.Equal(
            [
                new LoadError("$.thresholds.doseRange.minGY", "unknown property 'minGY'; did you mean 'minGy'?"),
                new LoadError("$.thresholds.doseRange.minGy", "required property 'minGy' is missing"),
            ],
            result.Errors.ToArray());
    }

    [Fact]
    public void Typo_reports_the_unknown_name_and_the_missing_one_together()
    {
        var result = LoadReplacing("\"hypofractionationGy\": 3", "\"hypofractionGy\": 3");
        Assert.Equal(
            ["$.thresholds.hypofractionGy", "$.thresholds.hypofractionationGy"],
            result.Errors.Select(e => e.Location).ToArray());
        Assert.Contains("did you mean 'hypofractionationGy'?", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("required property 'hypofractionationGy' is missing", result.Errors[1].Message);
    }

    [Fact]
    public void Min_above_max_is_rejected_at_its_path()
    {
        var error = SingleError(LoadReplacing("\"doseRange\": { \"minGy\": 16,", "\"doseRange\": { \"minGy\": 21,"));
        Assert.Equal("$.thresholds.doseRange.minGy", error.Location);
        Assert.Equal("minGy (21) must not be greater than maxGy (20)", error.Message);
    }

    [Fact]
    public void Caution_above_warning_is_rejected()
    {
        var error = SingleError(LoadReplacing("\"cumulativeBedCautionGy2\": 120", "\"cumulativeBedCautionGy2\": 140"));
        Assert.Equal("$.thresholds.reirradiation.cumulativeBedCautionGy2", error.Location);
        Assert.Contains("must not be greater than cumulativeBedWarningGy2 (135.5)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"singleFieldLengthMm\": 400", "\"singleFieldLengthMm\": \"400\"", "$.thresholds.singleFieldLengthMm", "must be a number, found the string \"400\"")]
    [InlineData("\"cordGy\": 2", "\"cordGy\": \"NaN\"", "$.alphaBeta.cordGy", "must be a number, found the string \"NaN\"")]
    [InlineData("\"cordGy\": 2", "\"cordGy\": 0", "$.alphaBeta.cordGy", "must be greater than 0, found 0")]
    [InlineData("\"minIntervalMonths\": 6", "\"minIntervalMonths\": -6", "$.thresholds.reirradiation.minIntervalMonths", "must not be negative, found -6")]
    [InlineData("\"longFieldLevelCount\": 8", "\"longFieldLevelCount\": 8.5", "$.thresholds.longFieldLevelCount", "must be a whole number, found 8.5")]
    [InlineData("\"pediatricAgeYears\": 18", "\"pediatricAgeYears\": 1e400", "$.thresholds.pediatricAgeYears", "must be a finite number, found 1e400")]
    [InlineData("\"pediatricAgeYears\": 18", "\"pediatricAgeYears\": null", "$.thresholds.pediatricAgeYears", "must be a number, found null")]
    [InlineData("\"version\": \"1.3.0\"", "\"version\": 1", "$.version", "must be a string, found the number 1")]
    [InlineData("\"id\": \"emh-default\"", "\"id\": \" \"", "$.id", "must be a non-empty string")]
    [InlineData("\"ctvMarginLevels\": { \"above\": 1, \"below\": 1 }", "\"ctvMarginLevels\": [1, 1]", "$.ctvMarginLevels", "must be an object, found an array")]
    [InlineData("\"code\": \"FOLLOW_UP\", \"enabled\": true", "\"code\": \"FOLLOW_UP\", \"enabled\": \"yes\"", "$.rules[29].enabled", "must be true or false, found the string \"yes\"")]
    [InlineData("\"enabled\": true, \"severity\": \"caution\" },\n    { \"code\": \"FRACTION", "\"enabled\": true, \"severity\": \"high\" },\n    { \"code\": \"FRACTION", "$.rules[1].severity", "unknown severity 'high'; expected 'info', 'caution' or 'warning'")]
    public void Wrong_values_are_rejected_with_path_and_reason(string oldText, string newText, string path, string message)
    {
        var error = SingleError(LoadReplacing(oldText, newText));
        Assert.Equal(path, error.Location);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Unknown_rule_code_is_rejected_with_a_suggestion_and_reported_missing()
    {
        var result = LoadReplacing("\"code\": \"SINGLE_FRACTION\"", "\"code\": \"SINGLE_FRACTIONS\"");
        Assert.Equal(["$.rules[4].code", "$.rules"], result.Errors.Select(e => e.Location).ToArray());
        Assert.Equal("unknown rule code 'SINGLE_FRACTIONS'; did you mean 'SINGLE_FRACTION'?", result.Errors[0].Message);
        Assert.Contains("rule 'SINGLE_FRACTION' is missing", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_rule_code_is_rejected()
    {
        var result = LoadReplacing("\"code\": \"FOLLOW_UP\"", "\"code\": \"GEOMETRY_ESTIMATED\"");
        Assert.Equal(["$.rules[29].code", "$.rules"], result.Errors.Select(e => e.Location).ToArray());
        Assert.Equal("duplicate rule code 'GEOMETRY_ESTIMATED': each rule is listed once", result.Errors[0].Message);
        Assert.Contains("'FOLLOW_UP' is missing", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_on_a_two_level_rule_and_missing_severity_on_a_one_level_rule_are_rejected()
    {
        var text = Default
            .Replace("{ \"code\": \"CORD_EQD2_HIGH\", \"enabled\": true }", "{ \"code\": \"CORD_EQD2_HIGH\", \"enabled\": true, \"severity\": \"warning\" }", StringComparison.Ordinal)
            .Replace("{ \"code\": \"CTV_CLAMPED\", \"enabled\": true, \"severity\": \"info\" }", "{ \"code\": \"CTV_CLAMPED\", \"enabled\": true }", StringComparison.Ordinal);
        var result = ProtocolLoader.Load(text);
        Assert.Equal(["$.rules[5].severity", "$.rules[8]"], result.Errors.Select(e => e.Location).ToArray());
        Assert.Contains("takes its severity from its caution and warning thresholds", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("required property 'severity' is missing for 'CTV_CLAMPED'", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_json_property_is_rejected()
    {
        var error = SingleError(LoadReplacing("\"version\": \"1.3.0\",", "\"version\": \"1.3.0\", \"version\": \"2.0.0\","));
        Assert.Equal("$.version", error.Location);
        Assert.Equal("duplicate property 'version'", error.Message);
    }

    [Fact]
    public void Disabled_rule_loads()
    {
        var result = LoadReplacing("{ \"code\": \"FOLLOW_UP\", \"enabled\": true", "{ \"code\": \"FOLLOW_UP\", \"enabled\": false");
        Assert.False(result.Value!.GetRule(FindingCodes.FollowUp).Enabled);
        Assert.Empty(new FindingRuleSet(result.Value).Evaluate(Findings.FindingRulesTests.Clean()));
    }

    [Fact]
    public void Missing_description_is_allowed_and_other_missing_properties_are_listed()
    {
        var withoutDescription = System.Text.RegularExpressions.Regex.Replace(Default, "\"description\": \"[^\"]*\",", string.Empty);
        var ok = ProtocolLoader.Load(withoutDescription);
        Assert.True(ok.Success);
        Assert.Null(ok.Value.Description);
        Assert.DoesNotContain("description", ok.Value.ToCanonicalJson(), StringComparison.Ordinal);

        var result = ProtocolLoader.Load("{\"id\":\"x\"}");
        Assert.Equal(
            ["$.version", "$.thresholds", "$.ctvMarginLevels", "$.anatomy", "$.alphaBeta", "$.organs", "$.pregnancy", "$.fertility", "$.activeMarrow", "$.rules"],
            result.Errors.Select(e => e.Location).ToArray());
        Assert.All(result.Errors, e => Assert.StartsWith("required property '", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Many_problems_are_reported_together_in_document_order()
    {
        var text = Default
            .Replace("\"minGy\": 16,", "\"minGy\": 26,", StringComparison.Ordinal)
            .Replace("\"cordGy\": 2", "\"cordGy\": -2", StringComparison.Ordinal)
            .Replace("\"emhGy\"", "\"emGy\"", StringComparison.Ordinal)
            .Replace("\"code\": \"REIRRADIATION\",", "\"code\": \"REIRRADIATION\", \"enabeld\": true,", StringComparison.Ordinal);
        var result = ProtocolLoader.Load(text);
        Assert.Equal(
            ["$.thresholds.doseRange.minGy", "$.alphaBeta.emGy", "$.alphaBeta.emhGy", "$.alphaBeta.cordGy", "$.rules[15].enabeld"],
            result.Errors.Select(e => e.Location).ToArray());
        Assert.Contains("did you mean 'enabled'?", result.Errors[4].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"x\",", 1)]
    [InlineData("{\n  \"id\": \"x\"\n  \"version\": \"1\"\n}", 3)]
    [InlineData("", 1)]
    [InlineData("{\"id\": \"x\", // comment\n}", 1)]
    public void Malformed_json_reports_line_and_position(string json, int line)
    {
        var error = SingleError(ProtocolLoader.Load(json));
        Assert.Equal("$", error.Location);
        Assert.StartsWith($"invalid JSON at line {line}, byte ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_level_must_be_an_object()
    {
        var error = SingleError(ProtocolLoader.Load("[]"));
        Assert.Equal(("$", "must be an object, found an array"), (error.Location, error.Message));
    }

    [Fact]
    public void Text_over_one_mebibyte_is_refused()
    {
        var big = Default.Replace("\"description\": \"", "\"description\": \"" + new string('x', ProtocolLoader.MaxSizeBytes), StringComparison.Ordinal);
        var error = SingleError(ProtocolLoader.Load(big));
        Assert.Equal("$", error.Location);
        Assert.Contains("larger than 1048576 bytes (1 MiB)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_loaded_and_oversized_or_missing_files_refused()
    {
        var dir = Directory.CreateTempSubdirectory("emhrt-protocol-");
        try
        {
            var good = Path.Combine(dir.FullName, "good.json");
            File.WriteAllText(good, Default, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal(EmhProtocol.Default, ProtocolLoader.LoadFile(good).Value);

            var big = Path.Combine(dir.FullName, "big.json");
            using (var stream = File.Create(big))
            {
                stream.SetLength(ProtocolLoader.MaxSizeBytes + 1L);
            }

            Assert.Contains("1 MiB", SingleError(ProtocolLoader.LoadFile(big)).Message, StringComparison.Ordinal);

            var missing = SingleError(ProtocolLoader.LoadFile(Path.Combine(dir.FullName, "none.json")));
            Assert.StartsWith("cannot read protocol file", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Validate_reports_programmatic_mistakes_with_loader_paths()
    {
        var bad = EmhProtocol.Default with
        {
            PtvMarginMinMm = 25,
            EmhAlphaBetaGy = double.NaN,
            Rules = EmhProtocol.Default.Rules.RemoveAt(0),
        };
        Assert.Equal(
            ["$.thresholds.ptvMargin.minMm", "$.alphaBeta.emhGy", "$.rules"],
            bad.Validate().Select(e => e.Location).ToArray());
        Assert.Throws<InvalidOperationException>(() => bad.ToCanonicalJson());
        Assert.NotEqual(bad, bad with { });
        Assert.Equal(bad, bad);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Canonical_json_and_errors_are_culture_invariant(string culture)
    {
        var saved = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture =
                System.Globalization.CultureInfo.GetCultureInfo(culture);
            var p = ProtocolLoader.Load(Default).Value!;
            Assert.Contains("\"fractionSize\":{\"minGy\":1.8,\"maxGy\":2}", p.ToCanonicalJson(), StringComparison.Ordinal);
            Assert.Equal(EmhProtocol.Default.Sha256, p.Sha256);
            var error = SingleError(LoadReplacing("\"maxGy\": 2.0", "\"maxGy\": 1.5"));
            Assert.Equal("minGy (1.8) must not be greater than maxGy (1.5)", error.Message);
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = saved;
        }
    }
}
