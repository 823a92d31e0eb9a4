using BenchmarkDotNet.Attributes;
using EmhRt.Doses;
using EmhRt.Planning;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Benchmarks;

/// <summary>
/// The entry point end to end: <see cref="PlanAssessor.Assess"/> with the default protocol, for a typical plan
/// (seed 003: T5-T8, 20 Gy/10, PTV 10 mm, treated T3-T9, age 19, no start date) and one with dose findings (9 Gy/3).
/// Target (issue 4): well under 10 µs and under 4 KB allocated per assessment.
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private readonly PlanAssessor _assessor = PlanAssessor.Default;

    private readonly PlanRequest _typical = new()
    {
        Lesions = [VertebralSpan.Create(VertebralLevel.Thoracic(5), VertebralLevel.Thoracic(8))],
        Regimen = Fractionation.FromTotalDose(Dose.FromGy(20), 10),
        PtvMargin = PtvMargin.Isotropic(10),
        TreatedSpans = [VertebralSpan.Create(VertebralLevel.Thoracic(3), VertebralLevel.Thoracic(9))],
        Patient = new PatientDetails { AgeYears = 19, Sex = Sex.Male },
    };

    private readonly PlanRequest _withFindings = new()
    {
        Lesions = [VertebralSpan.Create(VertebralLevel.Thoracic(4), VertebralLevel.Thoracic(8))],
        Regimen = Fractionation.FromTotalDose(Dose.FromGy(9), 3),
        PtvMargin = PtvMargin.Isotropic(10),
        TreatedSpans = [VertebralSpan.Create(VertebralLevel.Thoracic(3), VertebralLevel.Thoracic(9))],
    };

    /// <summary>Typical plan: only FOLLOW_UP and GEOMETRY_ESTIMATED.</summary>
    [Benchmark(Baseline = true)]
    public PlanAssessment AssessTypical() => _assessor.Assess(_typical);

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
