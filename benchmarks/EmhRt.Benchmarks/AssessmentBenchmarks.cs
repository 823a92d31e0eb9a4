using BenchmarkDotNet.Attributes;
using EmhRt.Doses;
using EmhRt.Organs;
using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Benchmarks;

/// <summary>
/// The entry point end to end: <see cref="PlanAssessor.Assess"/> with the default protocol, for a typical plan
/// (seed 003: T5-T8, 20 Gy/10, PTV 10 mm, treated T3-T9, age 19, no start date), one with dose findings (9 Gy/3),
/// one with a prior course (and so a start date and the calendar) and one with measured organ doses.
/// Target (issue 17): one full assessment at most 1 µs and 1 KB. Where the bytes go:
/// <c>dotnet run -c Release --project benchmarks/EmhRt.Benchmarks -- --alloc-profile typical</c> (<see cref="AllocationProfile"/>).
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private readonly PlanAssessor _assessor = PlanAssessor.Default;

    /// <summary>Seed 003: T5-T8, 20 Gy/10, PTV 10 mm, treated T3-T9, age 19, male, no start date.</summary>
    internal static readonly PlanRequest Typical = new()
    {
        Lesions = [VertebralSpan.Create(VertebralLevel.Thoracic(5), VertebralLevel.Thoracic(8))],
        Regimen = Fractionation.FromTotalDose(Dose.FromGy(20), 10),
        PtvMargin = PtvMargin.Isotropic(10),
        TreatedSpans = [VertebralSpan.Create(VertebralLevel.Thoracic(3), VertebralLevel.Thoracic(9))],
        Patient = new PatientDetails { AgeYears = 19, Sex = Sex.Male },
    };

    /// <summary>9 Gy/3 to T4-T8: dose, fraction size and hypofractionation findings.</summary>
    internal static readonly PlanRequest WithFindings = new()
    {
        Lesions = [VertebralSpan.Create(VertebralLevel.Thoracic(4), VertebralLevel.Thoracic(8))],
        Regimen = Fractionation.FromTotalDose(Dose.FromGy(9), 3),
        PtvMargin = PtvMargin.Isotropic(10),
        TreatedSpans = [VertebralSpan.Create(VertebralLevel.Thoracic(3), VertebralLevel.Thoracic(9))],
    };

    /// <summary>The typical plan starting 2026-03-02 after 20 Gy/5 to T4-T8 on 2025-01-10 (re-irradiation, calendar).</summary>
    internal static readonly PlanRequest WithPriorCourse = Typical with
    {
        StartDate = new DateOnly(2026, 3, 2),
        PriorCourses = [new PriorCourse(Fractionation.FromTotalDose(Dose.FromGy(20), 5), new DateOnly(2025, 1, 10), [VertebralSpan.Create(VertebralLevel.Thoracic(4), VertebralLevel.Thoracic(8))], SpineAnatomy.Standard)],
    };

    /// <summary>The typical plan with two measured organ doses (heart V25 and oesophagus mean).</summary>
    internal static readonly PlanRequest WithOrganDoses = Typical with
    {
        OrganDoses = [OrganDoseMeasurement.Parse("heart=V25:4%").Value, OrganDoseMeasurement.Parse("oesophagus=mean:18").Value],
    };

    private readonly PlanRequest _typical = Typical;
    private readonly PlanRequest _withFindings = WithFindings;
    private readonly PlanRequest _withPrior = WithPriorCourse;
    private readonly PlanRequest _withOrgans = WithOrganDoses;

    /// <summary>Typical plan: only FOLLOW_UP and GEOMETRY_ESTIMATED.</summary>
    [Benchmark(Baseline = true)]
    public PlanAssessment AssessTypical() => _assessor.Assess(_typical);

    /// <summary>The typical plan with a prior course and a start date (calendar and re-irradiation).</summary>
    [Benchmark]
    public PlanAssessment AssessWithPriorCourse() => _assessor.Assess(_withPrior);

    /// <summary>The typical plan with two measured organ doses.</summary>
    [Benchmark]
    public PlanAssessment AssessWithOrganDoses() => _assessor.Assess(_withOrgans);

    /// <summary>9 Gy/3: dose, fraction size and hypofractionation findings with numbers in their messages.</summary>
    [Benchmark]
    public PlanAssessment AssessWithFindings() => _assessor.Assess(_withFindings);

    /// <summary>As <see cref="AssessWithFindings"/>, and every finding's message read (messages are written on first read).</summary>
    [Benchmark]
    public int AssessWithFindingsAndMessages()
    {
        var length = 0;
        foreach (var finding in _assessor.Assess(_withFindings).Findings)
        {
            length += finding.Message.Length;
        }

        return length;
    }
}
