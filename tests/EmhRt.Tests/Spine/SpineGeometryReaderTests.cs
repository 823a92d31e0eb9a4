using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Tests.Spine;

public class SpineGeometryReaderTests
{
    /// <summary>The location an error names: "line 4" (CSV line or JSON syntax error), "item [2]" (JSON item) or "file".</summary>
    private static string Where(int? line, int? index) =>
        line is { } l ? FormattableString.Invariant($"line {l}") : index is { } i ? FormattableString.Invariant($"item [{i}]") : "file";

    private static readonly SpineAnatomy Standard = SpineAnatomy.Standard;

    private const string GoodCsv = """
        # measured on CT, caudal positive
        level,top_mm,bottom_mm
        T3, 100.0, 121.5
        T4, 122.0, 144.0   # small gap counts with T4's level above
        T5, 144.0, 167.0

        T6, 167.0, 190.5
        """;

    [Fact]
    public void Good_csv_with_positions_loads()
    {
        var result = SpineGeometryReader.ReadCsv(GoodCsv, Standard, "ct.csv");
        Assert.True(result.Success, string.Join("; ", result.Errors));
        var g = result.Value;
        Assert.False(g.IsEstimate);
        Assert.Equal("T3-T6", g.MeasuredRange.ToString());
        Assert.Equal("patient measurement (ct.csv, T3 to T6)", g.Source);
        Assert.Equal(100, g.TopOf(VertebralLevel.Thoracic(3)));
        Assert.Equal(122, g.BottomOf(VertebralLevel.Thoracic(3))); // up to the next level's top
        Assert.Equal(90.5, g.LengthOf(VertebralSpan.Create(VertebralLevel.Thoracic(3), VertebralLevel.Thoracic(6))));
        Assert.Equal(VertebralLevel.Thoracic(3), g.LevelAt(121.7));
        Assert.False(g.TryGetLevelAt(99.9, out _));
        Assert.False(g.TryGetLength(VertebralSpan.Create(VertebralLevel.Thoracic(2), VertebralLevel.Thoracic(4)), out _));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => g.HeightOf(VertebralLevel.Thoracic(7)));
        Assert.Contains("T7 lies outside the measured range T3-T6", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_csv_with_heights_loads_from_zero()
    {
        var result = SpineGeometryReader.ReadCsv("level,height_mm\nL1,35\nL2,36.5\nl3 , 37\n", Standard);
        Assert.True(result.Success);
        Assert.Equal(0, result.Value.TopOf(VertebralLevel.Lumbar(1)));
        Assert.Equal(108.5, result.Value.BottomOf(VertebralLevel.Lumbar(3)));
    }

    [Fact]
    public void Good_json_loads_in_either_form()
    {
        var positions = SpineGeometryReader.ReadJson(
            """[{"level":"T5","topMm":10,"bottomMm":33.5},{"level":"T6","topMm":33.5,"bottomMm":57}]""", Standard);
        Assert.True(positions.Success, string.Join("; ", positions.Errors));
        Assert.Equal(47, positions.Value.LengthOf(VertebralSpan.Create(VertebralLevel.Thoracic(5), VertebralLevel.Thoracic(6))));

        var heights = SpineGeometryReader.ReadJson(new StringReader("""[{"level":"S1","heightMm":30},{"level":"S2","heightMm":25}]"""), Standard);
        Assert.True(heights.Success);
        Assert.Equal(55, heights.Value.BottomOf(VertebralLevel.Sacral(2)));
    }

    [Theory]
    [InlineData("level,top_mm,bottom_mm\nT5,10,33\nT5,33,50\n", 3, "T5 appears twice (also at line 2)")]
    [InlineData("level,top_mm,bottom_mm\nT5,10,33\nT7,50,70\n", 3, "T6 missing between T5 (line 2) and T7")]
    [InlineData("level,top_mm,bottom_mm\nT5,10,33\nT6,30,50\n", 3, "T6 starts at 30 mm, cranial to the bottom of T5 (line 2) at 33 mm")]
    [InlineData("level,top_mm,bottom_mm\nT5,33,10\n", 2, "T5: bottom (10 mm) must be greater than top (33 mm)")]
    [InlineData("level,height_mm\nT5,0\n", 2, "T5: height must be greater than 0 mm, found 0")]
    [InlineData("level,height_mm\nT5,NaN\n", 2, "height_mm must be a finite number in mm such as 23.3, found 'NaN'")]
    [InlineData("level,height_mm\nT5,abc\n", 2, "found 'abc'")]
    [InlineData("level,height_mm\nT5,23,5\n", 2, "expected 2 comma-separated fields (level,height_mm), found 3; write decimals with '.'")]
    [InlineData("level,height_mm\nT13,23\n", 2, "level 'T13': T13 exists only with 13 thoracic vertebrae")]
    [InlineData("level,height_mm\nX1,23\n", 2, "level 'X1': unknown vertebral level")]
    [InlineData("lvl,height\nT5,23\n", 1, "expected the header 'level,top_mm,bottom_mm' or 'level,height_mm', found 'lvl,height'")]
    public void Bad_csv_reports_the_line(string csv, int line, string message)
    {
        var result = SpineGeometryReader.ReadCsv(csv, Standard);
        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Contains(result.Errors, e => e.Location == Where(line, null) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_in_a_csv_is_reported()
    {
        var result = SpineGeometryReader.ReadCsv("level,height_mm\nT5,-1\nT6,x\nT6,20\nQ9,3\n", Standard);
        Assert.Equal(
            [
                "line 2: T5: height must be greater than 0 mm, found -1",
                "line 3: height_mm must be a finite number in mm such as 23.3, found 'x'",
                "line 4: T6 appears twice (also at line 3)",
                "line 5: level 'Q9': unknown vertebral level 'Q9': expected a vertebral level such as T5, L1, S2 or Co",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("", null, null, "the file is empty")]
    [InlineData("# only a comment\n", null, null, "the file is empty")]
    [InlineData("level,height_mm\n", null, null, "no valid level rows")]
    public void Empty_csv_is_an_error(string csv, int? line, int? index, string message)
    {
        var error = Assert.Single(SpineGeometryReader.ReadCsv(csv, Standard).Errors);
        Assert.Equal(Where(line, index), error.Location);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("file", error.Location);
    }

    [Theory]
    [InlineData("""[{"level":"T5","heightMm":20},{"level":"T5","heightMm":20}]""", 1, "T5 appears twice (also at item [0])")]
    [InlineData("""[{"level":"T5","heightMm":20},{"level":"T6","topMm":1,"bottomMm":2}]""", 1, "all items must use the same form")]
    [InlineData("""[{"level":"T5","heightMm":-2}]""", 0, "height must be greater than 0 mm")]
    [InlineData("""[{"level":"T5","heightMm":"20"}]""", 0, "heightMm must be a finite number in mm such as 23.3, found \"20\"")]
    [InlineData("""[{"level":"T5","topMm":1}]""", 0, "bottomMm must be a finite number in mm such as 23.3, found nothing")]
    [InlineData("""[{"level":"T5","heightMm":20,"colour":"red"}]""", 0, "unknown property 'colour'")]
    [InlineData("""[{"heightMm":20}]""", 0, "expected a \"level\" string such as \"T5\"")]
    [InlineData("""[{"level":"L6","heightMm":20}]""", 0, "L6 exists only with 6 lumbar vertebrae")]
    [InlineData("""[{"level":"T5","heightMm":20},{"level":"T7","heightMm":20}]""", 1, "T6 missing between T5 (item [0]) and T7")]
    [InlineData("""[{"level":"T5","topMm":0,"bottomMm":20},{"level":"T6","topMm":19,"bottomMm":40}]""", 1, "T6 starts at 19 mm, cranial to the bottom of T5 (item [0]) at 20 mm")]
    [InlineData("""[3]""", 0, "expected an object, found Number")]
    [InlineData("""[{"level":"T5","heightMm":1},{"level":"T5","heightMm":1,"topMm":3}]""", 1, "expected either topMm and bottomMm, or heightMm")]
    public void Bad_json_reports_the_index(string json, int index, string message)
    {
        var result = SpineGeometryReader.ReadJson(json, Standard);
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Location == Where(null, index) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"level\":\"T5\"}", null, "expected a JSON array")]
    [InlineData("[]", null, "the array is empty")]
    [InlineData("[{\"level\":", 1, "not valid JSON")]
    public void Malformed_json_is_an_error_not_an_exception(string json, int? line, string message)
    {
        var error = Assert.Single(SpineGeometryReader.ReadJson(json, Standard).Errors);
        Assert.Equal(Where(line, null), error.Location);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_file_picks_the_format_by_extension_and_turns_io_failures_into_errors()
    {
        var dir = Directory.CreateTempSubdirectory("emhrt-geometry-");
        try
        {
            var csv = Path.Combine(dir.FullName, "spine.csv");
            File.WriteAllText(csv, GoodCsv);
            var json = Path.Combine(dir.FullName, "spine.JSON");
            File.WriteAllText(json, """[{"level":"T5","heightMm":20}]""");
            Assert.Equal("T3-T6", SpineGeometryReader.LoadFile(csv, Standard).Value!.MeasuredRange.ToString());
            Assert.Equal("T5", SpineGeometryReader.LoadFile(json, Standard).Value!.MeasuredRange.ToString());
            var missing = SpineGeometryReader.LoadFile(Path.Combine(dir.FullName, "nope.csv"), Standard);
            Assert.StartsWith("cannot read", Assert.Single(missing.Errors).Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Ptv_needing_levels_outside_the_measured_range_fails_clearly()
    {
        var geometry = SpineGeometryReader.ReadCsv(GoodCsv, Standard).Value!;
        var inside = ClinicalTargetVolume.Create([VertebralSpan.Single(VertebralLevel.Thoracic(5))], CtvLevelMargin.Recommended, Standard);
        var ptv = PlanningTargetVolume.Create(inside, PtvMargin.Isotropic(30), geometry);
        Assert.False(ptv.IsEstimate);
        Assert.Equal(BorderLocation.CranialToMeasuredRange, ptv.SuperiorBorder.Location);
        Assert.Equal(8, ptv.SuperiorBorder.MillimetresBeyond, 1e-9);
        Assert.Equal(BorderLocation.CaudalToMeasuredRange, ptv.InferiorBorder.Location);
        Assert.Equal("30.0 mm below the measured levels (level unknown)", ptv.InferiorBorder.ToString());
        var flush = PlanningTargetVolume.Create(inside, PtvMargin.Create(10, 0, 5), geometry);
        Assert.Equal("in T6, 23.5 mm below its top", flush.InferiorBorder.ToString());
        Assert.Equal("in T3, 12.0 mm below its top", flush.SuperiorBorder.ToString());

        var outside = ClinicalTargetVolume.Create([VertebralSpan.Single(VertebralLevel.Thoracic(3))], CtvLevelMargin.Recommended, Standard);
        Assert.False(PlanningTargetVolume.TryCreate(outside, PtvMargin.Isotropic(10), geometry, out _, out var error));
        Assert.StartsWith("CTV segment T2-T4 reaches outside the measured range T3-T6", error, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PlanningTargetVolume.Create(outside, PtvMargin.Isotropic(10), geometry));

        var otherAnatomy = ClinicalTargetVolume.Create([VertebralSpan.Single(VertebralLevel.Thoracic(5))], default, SpineAnatomy.Create(13, 5));
        Assert.False(PlanningTargetVolume.TryCreate(otherAnatomy, default, geometry, out _, out var anatomyError));
        Assert.Equal("the CTV uses 13 thoracic and 5 lumbar vertebrae but the geometry 12 thoracic and 5 lumbar vertebrae", anatomyError);
    }
}
