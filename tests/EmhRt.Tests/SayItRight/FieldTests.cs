using System.Collections.Immutable;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Volumes;
using FsCheck;
using FsCheck.Xunit;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.SayItRight;

/// <summary>
/// Issue 18, items 4 and 5: separate CTV segments are separate fields; PTVs closer than a junction distance or
/// overlapping are reported; a field needs a margin beyond the PTV; a missing PTV or CTV margin is a finding.
/// </summary>
public class FieldTests
{
    private static PlanAssessment Assess(string lesion, double? marginMm, int? ctvLevels = null)
    {
        var request = Bare(lesion, 20, 10) with
        {
            PtvMargin = marginMm is { } m ? PtvMargin.Isotropic(m) : null,
            CtvMargin = ctvLevels is { } n ? CtvLevelMargin.Create(n, n) : null,
        };
        var assessment = PlanAssessor.Default.Assess(request);
        return assessment;
    }

    public static TheoryData<string, double?, string[], string[]> Plans_ => new()
    {
        // Two segments 73.6 and 112.8 mm far apart: two fields that each fit (it reported a 608 mm PTV too long).
        { "C3 and L5", 10, [FindingCodes.CtvMultipleSegments], [FindingCodes.PtvExceedsSingleField, FindingCodes.PtvSegmentsClose] },
        // PTVs 3.3 mm apart: closer than the 14 mm junction distance (it was unreported).
        { "T5-T6 and T10-T11", 10, [FindingCodes.PtvSegmentsClose], [FindingCodes.PtvExceedsSingleField] },
        // PTVs that overlap are one field.
        { "T5 and T9", 20, [FindingCodes.PtvSegmentsClose], [FindingCodes.PtvExceedsSingleField] },
        // No PTV margin: the CTV (501.7 mm) is checked against the field and the missing PTV is a finding (it had neither).
        { "T2-S1", null, [FindingCodes.PtvNotAssessed, FindingCodes.PtvExceedsSingleField], [] },
    };

    [Theory]
    [MemberData(nameof(Plans_))]
    public void Each_field_is_checked_on_its_own_and_close_or_missing_targets_are_reported(
        string lesion, double? marginMm, string[] expected, string[] absent)
    {
        var codes = SortedCodes(Assess(lesion, marginMm));

        Assert.All(expected, c => Assert.Contains(c, codes));
        Assert.All(absent, c => Assert.DoesNotContain(c, codes));
    }

    [Fact]
    public void Overlapping_PTVs_are_called_one_field_and_the_levels_between_them_not_untreated()
    {
        var assessment = Assess("T5 and T9", 20);

        var close = Single(assessment, FindingCodes.PtvSegmentsClose).Message;
        Assert.Contains("overlap by", close, StringComparison.Ordinal);
        Assert.Contains("they form one field", close, StringComparison.Ordinal);
        Assert.Contains("not untreated", Single(assessment, FindingCodes.CtvMultipleSegments).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_PTVs_give_the_gap_in_mm_and_the_protocol_junction_distance()
    {
        var message = Single(Assess("T5-T6 and T10-T11", 10), FindingCodes.PtvSegmentsClose).Message;

        Assert.StartsWith("The PTVs of CTV segments T4-T7 and T9-T12 are only 3.3 mm apart, less than the protocol's junction distance of 14 mm", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(389.9, true)] // 389.9 + 2 x 7 = 403.9 mm > 400 mm: it "fitted" before
    [InlineData(386, false)]  // 386 + 14 = 400 mm: fits exactly (facts-organs §5.1)
    [InlineData(380, false)]
    public void Field_length_check_adds_the_field_margin_beyond_the_PTV_at_both_ends(double ptvMm, bool exceeds)
    {
        var facts = new PlanFacts
        {
            TotalDoseGy = 20, Fractions = 10, DosePerFractionGy = 2, CordEqd2Gy = 20, CordAlphaBetaGy = 2,
            PtvMarginSuperiorMm = 10, PtvMarginInferiorMm = 10, PtvMarginRadialMm = 10, PtvLengthMm = ptvMm,
            FieldLengthsMm = [ptvMm],
        };

        var findings = FindingRuleSet.Default.Evaluate(facts);

        Assert.Equal(exceeds, findings.Any(f => f.Code == FindingCodes.PtvExceedsSingleField));
        if (exceeds)
        {
            Assert.Contains("with a field margin of 7 mm beyond it at each end (an EmhRt assumption", Single(findings, FindingCodes.PtvExceedsSingleField).Message, StringComparison.Ordinal);
            Assert.Contains(Bibliography.Anticancerres2026, Single(findings, FindingCodes.PtvExceedsSingleField).Citations);
        }
    }

    [Fact]
    public void Ctv_levels_zero_is_a_missing_ctv_margin_as_a_treated_span_without_margin_is()
    {
        var byLevels = Assess("T5-T8", 10, ctvLevels: 0);
        var byTreated = PlanAssessor.Default.Assess(Bare("T5-T8", 20, 10) with { PtvMargin = PtvMargin.Isotropic(10), TreatedSpans = Spans("T5-T8") });

        Assert.Contains(FindingCodes.CtvMarginMissing, SortedCodes(byLevels));
        Assert.Contains(FindingCodes.CtvMarginMissing, SortedCodes(byTreated));
        Assert.DoesNotContain(FindingCodes.FollowUp, SortedCodes(byLevels));
        Assert.Contains("expert opinion, not proven", Single(byLevels, FindingCodes.CtvMarginMissing).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("just outside the field", Single(byTreated, FindingCodes.CtvMarginMissing).Message, StringComparison.Ordinal);
    }

    private static ImmutableArray<Finding> Run(PlanFacts facts) => FindingRuleSet.Default.Evaluate(facts);

    private static Finding Single(ImmutableArray<Finding> findings, string code) => findings.Single(f => f.Code == code);

    private static Finding Single(PlanAssessment assessment, string code) => EmhRt.Tests.Planning.Plans.Single(assessment, code);

    /// <summary>
    /// Property: separate segments are assessed separately: two segments far enough apart never raise the single-field
    /// finding unless one of them alone is too long, whatever the distance between them.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool Separate_segments_are_assessed_separately(PositiveInt first, PositiveInt length, PositiveInt gap, PositiveInt margin)
    {
        var anatomy = EmhRt.Spine.SpineAnatomy.Standard;
        var levels = anatomy.LevelCount;
        var a = (first.Get - 1) % (levels - 6);
        var aEnd = Math.Min(a + ((length.Get - 1) % 4), levels - 5);
        var b = Math.Min(aEnd + 3 + ((gap.Get - 1) % 10), levels - 2);
        var text = anatomy.LevelAt(a + 1) + "-" + anatomy.LevelAt(aEnd + 1) + " and " + anatomy.LevelAt(b) + "-" + anatomy.LevelAt(b);
        var m = 10 + ((margin.Get - 1) % 11);
        var request = Bare(text, 20, 10) with { PtvMargin = PtvMargin.Isotropic(m) };
        if (!PlanAssessor.Default.TryAssess(request, out var assessment, out _))
        {
            return true;
        }

        var fields = EmhRt.Reporting.ReportFacts.Fields(assessment, assessment.Ptv!)!;
        var limit = PlanAssessor.Default.Protocol.SingleFieldLengthMm - (2 * PlanAssessor.Default.Protocol.FieldMarginMm);
        var anyTooLong = fields.FieldLengthsMm.Any(l => l > limit + 1e-9);
        var exceeds = assessment.Findings.Count(f => f.Code == FindingCodes.PtvExceedsSingleField);
        var tooLong = fields.FieldLengthsMm.Count(l => l > limit + 1e-9);
        return exceeds == tooLong && (anyTooLong || exceeds == 0) && fields.FieldLengthsMm.Sum() <= fields.EnvelopeMm + 1e-9;
    }
}
