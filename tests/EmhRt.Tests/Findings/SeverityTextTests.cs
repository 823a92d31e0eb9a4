using EmhRt.Findings;

namespace EmhRt.Tests.Findings;

public class SeverityTextTests
{
    [Theory]
    [InlineData(Severity.Info, "info")]
    [InlineData(Severity.Caution, "caution")]
    [InlineData(Severity.Warning, "warning")]
    public void Text_round_trips(Severity severity, string text)
    {
        Assert.Equal(text, SeverityText.Format(severity));
        Assert.Equal(severity, SeverityText.Parse(text).Value);
    }

    [Theory]
    [InlineData("Warning")]
    [InlineData(" info")]
    [InlineData("")]
    [InlineData("INFO")]
    [InlineData(null)]
    public void Parse_rejects_other_forms_without_throwing(string? text)
    {
        var result = SeverityText.Parse(text);
        Assert.False(result.Success);
        Assert.Contains("expected 'info', 'caution' or 'warning'", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.Position);
    }

    [Fact]
    public void Severities_are_ordered() => Assert.True(Severity.Info < Severity.Caution && Severity.Caution < Severity.Warning);

    [Fact]
    public void Format_rejects_undefined_values() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SeverityText.Format((Severity)7));

    [Fact]
    public void Bibliography_has_every_key_of_the_clinical_facts_once()
    {
        Assert.Equal(54, Bibliography.All.Length); // 24 of clinical-facts.md, 30 of clinical-facts-organs.md (issue 21)
        Assert.Equal(54, Bibliography.All.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.True(Bibliography.TryGet("nieder2006", out var nieder));
        Assert.Contains("reirradiation tolerance", nieder.Reference, StringComparison.Ordinal);
        Assert.False(Bibliography.TryGet("Nieder2006", out _));
    }

    [Fact]
    public void Finding_equality_compares_citations_by_content()
    {
        var a = new Finding(FindingCodes.FollowUp, Severity.Info, "m", ["munn1998"]);
        var b = new Finding(FindingCodes.FollowUp, Severity.Info, "m", ["munn1998"]);
        var c = new Finding(FindingCodes.FollowUp, Severity.Info, "m", ["koch2003"]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal("info FOLLOW_UP: m [munn1998]", a.ToString());
        Assert.Empty(new Finding("X", Severity.Info, "m", default).Citations);
    }
}
