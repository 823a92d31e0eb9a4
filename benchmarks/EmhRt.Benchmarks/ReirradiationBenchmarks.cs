using BenchmarkDotNet.Attributes;
using EmhRt.Planning;
using EmhRt.Planning.Input;

namespace EmhRt.Benchmarks;

/// <summary>
/// <see cref="PlanAssessor.Assess"/> with prior courses (the re-irradiation step runs), built through
/// <see cref="PlanInput"/> so the same source measures any version of the prior-course API: T5-T8 20 Gy/10 with PTV
/// 10 mm starting 2026-01-12, after 30 Gy/15 to T3-T8 (2023) and 20 Gy/10 without a region (2024).
/// </summary>
[MemoryDiagnoser]
public class ReirradiationBenchmarks
{
    private readonly PlanAssessor _assessor = PlanAssessor.Default;

    private readonly PlanRequest _withPriorCourses = new PlanInput
    {
        Lesion = "T5-T8",
        DoseGy = 20,
        Fractions = 10,
        MarginMm = 10,
        AgeYears = 30,
        Start = new DateOnly(2026, 1, 12),
        Priors = ["30Gy/15@2023-01-10:T3-T8", "20Gy/10@2024-06-03"],
    }.ToRequest().Request ?? throw new InvalidOperationException("the benchmark input is invalid");

    /// <summary>One assessment with two prior courses, one with a region, one without.</summary>
    [Benchmark]
    public PlanAssessment AssessWithPriorCourses() => _assessor.Assess(_withPriorCourses);

    /// <summary>As <see cref="AssessWithPriorCourses"/>, and the re-irradiation levels read (as the reports do).</summary>
    [Benchmark]
    public int AssessWithPriorCoursesAndLevels() => _assessor.Assess(_withPriorCourses).Reirradiation!.Levels.Length;
}
