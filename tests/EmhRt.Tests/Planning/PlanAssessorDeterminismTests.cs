using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Tests.Doses;
using EmhRt.Volumes;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.Planning;

/// <summary>Same request, same answer: twice, in parallel, and under other cultures.</summary>
public class PlanAssessorDeterminismTests
{
    private static PlanRequest[] Requests() =>
    [
        Seed003(),
        Bare("C4", 15, 1),
        Bare("T5-T10, L3-S1", 16, 8) with { TreatedSpans = Spans("T6-L3"), PtvMargin = PtvMargin.Isotropic(5) },
        Bare("T2-S1", 18, 10) with { TreatedSpans = Spans("T1-S2"), PtvMargin = PtvMargin.Isotropic(20), Patient = new PatientDetails { AgeYears = 4.5, Sex = Sex.Female } },
        Seed003() with
        {
            Regimen = Regimen(30.6, 17),
            StartDate = new DateOnly(2026, 12, 18),
            PriorCourses = [new PriorCourse(Regimen(45, 25), new DateOnly(2026, 9, 30)), new PriorCourse(Regimen(30, 15), new DateOnly(2020, 1, 31))],
        },
    ];

    /// <summary>Everything an assessment reports, as text with round-trip numbers, for comparison.</summary>
    private static string Fingerprint(PlanAssessment a) => string.Join(
        "\n",
        Describe(a),
        a.Ctv.ToString(),
        a.Ptv is null ? "-" : a.Ptv.PtvLengthMm.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        a.Emh.Bed.Gy.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        a.Emh.Eqd2.Gy.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        a.SpinalCord.Bed.Gy.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        a.SpinalCord.Eqd2.Gy.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        a.Cord.ModelDerivedRisk?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        a.Reirradiation is null ? "-" : a.Reirradiation.MaximumCumulativeBed.Gy.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        a.Schedule is null ? "-" : a.Schedule.EndDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        a.Literature.Summary);

    [Fact]
    public void The_same_request_twice_gives_equal_findings_and_numbers()
    {
        foreach (var request in Requests())
        {
            var first = PlanAssessor.Default.Assess(request);
            var second = new PlanAssessor(PlanAssessor.Default.Protocol).Assess(request);

            Assert.Equal(first.Findings.ToArray(), second.Findings.ToArray());
            Assert.Equal(first.Radiobiology.ToArray(), second.Radiobiology.ToArray());
            Assert.Equal(first.Cord, second.Cord);
            Assert.Equal(Fingerprint(first), Fingerprint(second));
        }
    }

    [Fact]
    public void Parallel_assessments_equal_sequential_ones()
    {
        var requests = Requests();
        var expected = requests.Select(r => Fingerprint(PlanAssessor.Default.Assess(r))).ToArray();
        var assessor = new PlanAssessor(PlanAssessor.Default.Protocol);
        var results = new string[10_000];

        Parallel.For(0, results.Length, i => results[i] = Fingerprint(assessor.Assess(requests[i % requests.Length])));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % requests.Length], results[i]);
        }
    }

    [Theory]
    [MemberData(nameof(InCulture.Cultures), MemberType = typeof(InCulture))]
    public void Messages_and_numbers_do_not_depend_on_the_culture(string culture)
    {
        var requests = Requests();
        var invariant = requests.Select(r => Fingerprint(PlanAssessor.Default.Assess(r))).ToArray();
        var error = PlanAssessor.Default.TryAssess(requests[4] with { StartDate = new DateOnly(2026, 9, 1) }, out _, out var e) ? null : e;

        InCulture.Run(culture, () =>
        {
            for (var i = 0; i < requests.Length; i++)
            {
                Assert.Equal(invariant[i], Fingerprint(PlanAssessor.Default.Assess(requests[i])));
            }

            Assert.False(PlanAssessor.Default.TryAssess(requests[4] with { StartDate = new DateOnly(2026, 9, 1) }, out _, out var localError));
            Assert.Equal(error, localError);
        });

        // Spot checks that decimals really are points in the culture-sensitive places.
        Assert.Contains("30.6 Gy", invariant[4], StringComparison.Ordinal);
        // Female: 0.86 × (280 + 180 + 2 · 125/6) + 2 · 20 = 471.4 mm.
        Assert.Contains("The PTV is 471.4 mm long", invariant[3], StringComparison.Ordinal);
        Assert.Contains("Patient aged 4.5 years", invariant[3], StringComparison.Ordinal);
    }
}
