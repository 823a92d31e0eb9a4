using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Spine;
using EmhRt.Tests.Properties;
using EmhRt.Tests.Spine;
using EmhRt.Volumes;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Planning;

/// <summary>Invariants of the entry point over generated plans.</summary>
public class PlanAssessorPropertyTests
{
    private static readonly Draw<Fractionation> AnyRegimen =
        from n in Draw.Choose(1, 40)
        from centigrayPerFraction in Draw.Choose(100, Math.Min(1500, 10_000 / n)) // total ≤ 100 Gy (input-sanity limit)
        select Fractionation.FromTotalDose(Dose.FromGy(Math.Round(n * centigrayPerFraction / 100.0, 2)), n);

    private static readonly Draw<PlanRequest> AnyRequest =
        from anatomy in SpineGenerators.Anatomy
        from lesions in SpineGenerators.SpansIn(anatomy)
        from treatedCount in Draw.Choose(0, 2)
        from treated in SpineGenerators.SpansIn(anatomy)
        from regimen in AnyRegimen
        from ptv in Draw.Choose(-1, 30)
        from age in Draw.Choose(0, 90)
        from female in Draw.Elements(false, true)
        select new PlanRequest
        {
            Lesions = [.. lesions],
            TreatedSpans = [.. treated.Take(treatedCount)],
            Regimen = regimen,
            PtvMargin = ptv < 0 ? null : PtvMargin.Isotropic(ptv),
            Patient = new PatientDetails { Anatomy = anatomy, AgeYears = age, Sex = female ? Sex.Female : Sex.Male },
        };

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Every_valid_plan_is_assessed_with_ordered_known_findings_and_follow_up_only_when_acceptable(Sample<PlanRequest> sample)
    {
        var request = sample.Value;
        Assert.True(PlanAssessor.Default.TryAssess(request, out var assessment, out var error), error);
        var findings = assessment.Findings;
        Assert.All(findings, f => Assert.True(FindingCodes.IsKnown(f.Code), f.Code));
        for (var i = 1; i < findings.Length; i++)
        {
            var bySeverity = findings[i - 1].Severity.CompareTo(findings[i].Severity);
            Assert.True(bySeverity > 0 || (bySeverity == 0 && string.CompareOrdinal(findings[i - 1].Code, findings[i].Code) <= 0));
        }

        var concern = findings.Any(f => f.Severity >= Severity.Caution);
        Assert.Equal(!concern, findings.Any(f => f.Code == FindingCodes.FollowUp));
        // Lengths come from population geometry for the PTV, or for the CTV's field check without a PTV margin.
        Assert.True(findings.Any(f => f.Code == FindingCodes.GeometryEstimated));
        Assert.Equal(request.PtvMargin is null, findings.Any(f => f.Code == FindingCodes.PtvNotAssessed));
        Assert.Equal(request.PtvMargin is not null, assessment.Ptv is not null);
        Assert.Equal(assessment.Ctv.Segments.Length > 1, findings.Any(f => f.Code == FindingCodes.CtvMultipleSegments));
        Assert.Equal(assessment.Ctv.LevelCount >= 8, findings.Any(f => f.Code == FindingCodes.LongFieldBloodCounts));
        Assert.Equal(request.Regimen.Fractions == 1, findings.Any(f => f.Code == FindingCodes.SingleFraction));
        Assert.Equal(findings.IsEmpty ? null : findings[0].Severity, assessment.HighestSeverity);
        foreach (var lesion in request.Lesions)
        {
            Assert.True(assessment.Ctv.Contains(lesion.Cranial) && assessment.Ctv.Contains(lesion.Caudal));
        }
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Classical_fractions_are_never_flagged_whatever_the_number_of_fractions(Sample<(double Total, int Fractions)> sample)
    {
        var x = sample.Value;
        var request = new PlanRequest
        {
            Lesions = [VertebralSpan.Create(VertebralLevel.Thoracic(5), VertebralLevel.Thoracic(8))],
            Regimen = Fractionation.FromTotalDose(Dose.FromGy(x.Total), x.Fractions),
        };

        var codes = PlanAssessor.Default.Assess(request).Findings.Select(f => f.Code).ToArray();

        Assert.DoesNotContain(FindingCodes.FractionSizeOutsideRange, codes);
        Assert.DoesNotContain(FindingCodes.Hypofractionation, codes);
        Assert.Equal(x.Total < 16, codes.Contains(FindingCodes.DoseBelowRange));
        Assert.Equal(x.Total > 20, codes.Contains(FindingCodes.DoseAboveRange));
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<PlanRequest>> Requests() => AnyRequest.ToArbitrary();

        public static Arbitrary<Sample<(double Total, int Fractions)>> ClassicalRegimens() =>
            (from n in Draw.Choose(1, 40)
             from d in Draw.Elements(1.8, 1.85, 1.9, 1.95, 2.0)
             select (Total: Math.Round(d * n, 4), Fractions: n)).ToArbitrary();
    }
}
