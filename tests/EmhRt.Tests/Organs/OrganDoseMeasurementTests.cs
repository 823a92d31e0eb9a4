using EmhRt.Doses;
using EmhRt.Organs;

namespace EmhRt.Tests.Organs;

/// <summary>
/// The <c>--organ-dose</c> grammar (issue 21, doses the planning system measured): <c>ORGAN=METRIC:VALUE[UNIT]</c>, parsed
/// by the library into a result with the error's position, never an exception.
/// </summary>
public class OrganDoseMeasurementTests
{
    [Theory]
    [InlineData("kidneys=mean:12.5", OrganAtRisk.Kidneys, OrganDoseMetric.Mean, 12.5, "kidneys=mean:12.5Gy")]
    [InlineData("Ovaries = mean : 120cGy", OrganAtRisk.Ovaries, OrganDoseMetric.Mean, 1.2, "ovaries=mean:1.2Gy")]
    [InlineData("testes=max:0.9 Gy", OrganAtRisk.Testes, OrganDoseMetric.Max, 0.9, "testes=max:0.9Gy")]
    [InlineData("liver=mean:0", OrganAtRisk.Liver, OrganDoseMetric.Mean, 0, "liver=mean:0Gy")]
    public void Mean_and_max_doses_read_with_the_dose_grammar(string text, OrganAtRisk organ, OrganDoseMetric metric, double gy, string canonical)
    {
        var parsed = OrganDoseMeasurement.Parse(text);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(organ, parsed.Value.Organ);
        Assert.Equal(metric, parsed.Value.Metric);
        Assert.Equal(Dose.FromGy(gy), parsed.Value.Dose);
        Assert.Null(parsed.Value.Volume);
        Assert.Equal(canonical, parsed.Value.ToString());
    }

    [Theory]
    [InlineData("small-bowel=V15:80cc", OrganAtRisk.SmallBowel, 15, 80, OrganVolumeUnit.CubicCentimetres, "small-bowel=V15:80cc")]
    [InlineData("kidneys=V20:28%", OrganAtRisk.Kidneys, 20, 28, OrganVolumeUnit.Percent, "kidneys=V20:28%")]
    [InlineData("lungs=v20:30.5 %", OrganAtRisk.Lungs, 20, 30.5, OrganVolumeUnit.Percent, "lungs=V20:30.5%")]
    [InlineData("heart=V25:4CC", OrganAtRisk.Heart, 25, 4, OrganVolumeUnit.CubicCentimetres, "heart=V25:4cc")]
    [InlineData("kidneys=V12.5:55%", OrganAtRisk.Kidneys, 12.5, 55, OrganVolumeUnit.Percent, "kidneys=V12.5:55%")]
    public void Volumes_at_a_dose_level_need_their_unit(string text, OrganAtRisk organ, double levelGy, double volume, OrganVolumeUnit unit, string canonical)
    {
        var parsed = OrganDoseMeasurement.Parse(text);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(organ, parsed.Value.Organ);
        Assert.Equal(OrganDoseMetric.VolumeAtDose, parsed.Value.Metric);
        Assert.Equal(Dose.FromGy(levelGy), parsed.Value.DoseLevel);
        Assert.Equal(volume, parsed.Value.Volume);
        Assert.Equal(unit, parsed.Value.VolumeUnit);
        Assert.Null(parsed.Value.Dose);
        Assert.Equal(canonical, parsed.Value.ToString());
    }

    [Theory]
    [InlineData("", 0, "no organ dose given")]
    [InlineData("kidneys mean 12", 15, "no '=' found")]
    [InlineData("spleen=mean:3", 0, "unknown organ 'spleen': expected one of kidneys, ovaries, uterus, testes, small-bowel, heart, lungs, oesophagus, thyroid, larynx, liver")]
    [InlineData("kidneys=mean", 12, "expected ':' and a value")]
    [InlineData("kidneys=median:12", 8, "unknown metric 'median'")]
    [InlineData("kidneys=D50:12", 8, "unknown metric 'D50'")]
    [InlineData("kidneys=Vx:12%", 9, "V must be followed by a dose level")]
    [InlineData("kidneys=V0:12%", 9, "V must be followed by a dose level")]
    [InlineData("kidneys=mean:12 Sv", 16, "unknown unit 'Sv'")]
    [InlineData("kidneys=mean:-1", 13, "")]
    [InlineData("kidneys=mean:150", 13, "not a plausible organ dose")]
    [InlineData("small-bowel=V15:80", 18, "a volume needs its unit: cc or %")]
    [InlineData("small-bowel=V15:80ml", 18, "unknown volume unit 'ml'")]
    [InlineData("kidneys=V20:2,5%", 12, "'2,5' is not a volume")]
    [InlineData("kidneys=V20:120%", 12, "120 % is more than the whole organ")]
    [InlineData("small-bowel=V15:200000cc", 16, "input-sanity limit 100000 cc")]
    public void Errors_say_what_is_wrong_and_where(string text, int position, string message)
    {
        var parsed = OrganDoseMeasurement.Parse(text);

        Assert.False(parsed.Success);
        Assert.Equal(position, parsed.Position);
        Assert.Contains(message, parsed.Error, StringComparison.Ordinal);
    }
}
