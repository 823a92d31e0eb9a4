using BenchmarkDotNet.Attributes;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Benchmarks;

/// <summary>Hot paths of batch processing: parsing lesion text, building CTV and PTV.</summary>
[MemoryDiagnoser]
public class SpineBenchmarks
{
    private readonly SpineGeometry _geometry = SpineGeometry.Population(Sex.Male, SpineAnatomy.Standard);
    private readonly VertebralSpan[] _lesions = SpineNotation.ParseSpans("T5-T10 and L3-S1", SpineAnatomy.Standard).Value.ToArray();

    /// <summary>Parse two spans as a clinician writes them.</summary>
    [Benchmark]
    public int ParseSpans() => SpineNotation.ParseSpans("T5-T11 and L5-S2", SpineAnatomy.Standard).Value.Length;

    /// <summary>Parse one level.</summary>
    [Benchmark]
    public VertebralLevel ParseLevel() => SpineNotation.ParseLevel("Th12", SpineAnatomy.Standard).Value;

    /// <summary>CTV from two lesions, then PTV with 20 mm margins.</summary>
    [Benchmark]
    public double CtvAndPtv()
    {
        var ctv = ClinicalTargetVolume.Create(_lesions.AsSpan(), CtvLevelMargin.Recommended, SpineAnatomy.Standard);
        return PlanningTargetVolume.Create(ctv, PtvMargin.Isotropic(20), _geometry).PtvLengthMm;
    }
}
