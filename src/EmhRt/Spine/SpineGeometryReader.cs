using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EmhRt.Text;

namespace EmhRt.Spine;

/// <summary>
/// Reads a patient-specific <see cref="SpineGeometry"/> that the user measured on their own CT, from CSV or JSON.
/// </summary>
/// <remarks>
/// <para>CSV (comma-separated, header required, <c>#</c> starts a comment, blank lines ignored, numbers with
/// <c>.</c> as decimal separator), one of:
/// <c>level,top_mm,bottom_mm</c> (positions along the spine, caudal positive, in any origin) or
/// <c>level,height_mm</c> (heights of consecutive levels; the first level's top is placed at 0 mm).</para>
/// <para>JSON: an array of objects <c>{"level":"T5","topMm":..,"bottomMm":..}</c> or
/// <c>{"level":"T5","heightMm":..}</c>, all in the same form.</para>
/// <para>Validated strictly and every problem reported with its CSV line or JSON index: levels must exist for
/// the anatomy, appear once, and form a contiguous run (no missing level inside the range); numbers must be
/// finite, heights positive, bottom &gt; top, and positions must run caudally without overlap. Levels outside
/// the given run are not extrapolated (see <see cref="SpineGeometry"/>). Bad content never throws.</para>
/// </remarks>
public static class SpineGeometryReader
{
    private readonly record struct Row(VertebralLevel Level, int Index, double Top, double Bottom, double Height, int? Line, int? Item, bool NumbersValid);

    /// <summary>Reads a CSV geometry.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <param name="sourceName">Name for <see cref="SpineGeometry.Source"/>, e.g. the file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static LoadResult<SpineGeometry> ReadCsv(string text, SpineAnatomy anatomy, string sourceName = "CSV")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StringReader(text);
        return ReadCsv(reader, anatomy, sourceName);
    }

    /// <summary>Reads a CSV geometry.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <param name="sourceName">Name for <see cref="SpineGeometry.Source"/>, e.g. the file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static LoadResult<SpineGeometry> ReadCsv(TextReader reader, SpineAnatomy anatomy, string sourceName = "CSV")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var errors = new List<SpineGeometryProblem>();
        var rows = new List<Row>();
        bool? heightForm = null;
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim().TrimStart('\uFEFF');
            if (content.Length == 0)
            {
                continue;
            }

            var fields = content.Split(',');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            if (heightForm is null)
            {
                if (IsHeader(fields, "level", "top_mm", "bottom_mm"))
                {
                    heightForm = false;
                }
                else if (IsHeader(fields, "level", "height_mm"))
                {
                    heightForm = true;
                }
                else
                {
                    errors.Add(new(lineNumber, null, $"expected the header 'level,top_mm,bottom_mm' or 'level,height_mm', found '{content}'"));
                    return Fail(errors);
                }

                continue;
            }

            var expected = heightForm.Value ? 2 : 3;
            if (fields.Length != expected)
            {
                errors.Add(new(lineNumber, null, FormattableString.Invariant(
                    $"expected {expected} comma-separated fields ({(heightForm.Value ? "level,height_mm" : "level,top_mm,bottom_mm")}), found {fields.Length}; write decimals with '.'")));
                continue;
            }

            var level = SpineNotation.ParseLevel(fields[0], anatomy);
            if (!level.Success)
            {
                errors.Add(new(lineNumber, null, $"level '{fields[0]}': {level.Error}"));
                continue;
            }

            var numbersValid = true;
            double top = 0, bottom = 0, height = 0;
            if (heightForm.Value)
            {
                numbersValid &= TryNumber(fields[1], "height_mm", lineNumber, null, errors, out height);
            }
            else
            {
                numbersValid &= TryNumber(fields[1], "top_mm", lineNumber, null, errors, out top);
                numbersValid &= TryNumber(fields[2], "bottom_mm", lineNumber, null, errors, out bottom);
            }

            rows.Add(new Row(level.Value, anatomy.IndexOf(level.Value), top, bottom, height, lineNumber, null, numbersValid));
        }

        if (heightForm is null)
        {
            errors.Add(new(null, null, "the file is empty: expected a header 'level,top_mm,bottom_mm' or 'level,height_mm' and one row per level"));
            return Fail(errors);
        }

        return Validate(rows, heightForm.Value, anatomy, sourceName, errors);
    }

    /// <summary>Reads a JSON geometry.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <param name="sourceName">Name for <see cref="SpineGeometry.Source"/>, e.g. the file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static LoadResult<SpineGeometry> ReadJson(string json, SpineAnatomy anatomy, string sourceName = "JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var errors = new List<SpineGeometryProblem>();
        if (InputText.FirstUnpairedSurrogate(json) is { } unpaired)
        {
            // A string (not a file's bytes) can hold half a surrogate pair, which has no UTF-8 form.
            errors.Add(new(InputText.LineOf(json, unpaired), null, "not valid text: " + InputText.UnpairedSurrogate(json, unpaired)));
            return Fail(errors);
        }

        if (InputText.FindBrokenJsonEscape(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }) is { } broken)
        {
            errors.Add(new(null, null, broken));
            return Fail(errors);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            errors.Add(new((int?)(ex.LineNumber + 1), null, "not valid JSON: " + ex.Message));
            return Fail(errors);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new(null, null, "expected a JSON array of objects such as {\"level\":\"T5\",\"topMm\":100.0,\"bottomMm\":123.3}"));
                return Fail(errors);
            }

            var rows = new List<Row>();
            bool? heightForm = null;
            var index = -1;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new(null, index, $"expected an object, found {item.ValueKind}"));
                    continue;
                }

                JsonElement? levelEl = null, topEl = null, bottomEl = null, heightEl = null;
                var itemValid = true;
                foreach (var property in item.EnumerateObject())
                {
                    switch (property.Name.ToUpperInvariant())
                    {
                        case "LEVEL": levelEl = property.Value; break;
                        case "TOPMM": topEl = property.Value; break;
                        case "BOTTOMMM": bottomEl = property.Value; break;
                        case "HEIGHTMM": heightEl = property.Value; break;
                        default:
                            errors.Add(new(null, index, $"unknown property '{property.Name}': expected level with topMm and bottomMm, or level with heightMm"));
                            itemValid = false;
                            break;
                    }
                }

                if (levelEl is not { ValueKind: JsonValueKind.String } lv)
                {
                    errors.Add(new(null, index, "expected a \"level\" string such as \"T5\""));
                    continue;
                }

                var level = SpineNotation.ParseLevel(lv.GetString(), anatomy);
                if (!level.Success)
                {
                    errors.Add(new(null, index, $"level '{lv.GetString()}': {level.Error}"));
                    continue;
                }

                var isHeight = heightEl is not null;
                if (isHeight == (topEl is not null || bottomEl is not null))
                {
                    errors.Add(new(null, index, "expected either topMm and bottomMm, or heightMm"));
                    continue;
                }

                heightForm ??= isHeight;
                if (heightForm != isHeight)
                {
                    errors.Add(new(null, index, heightForm.Value
                        ? "all items must use the same form: this item has topMm/bottomMm but earlier items have heightMm"
                        : "all items must use the same form: this item has heightMm but earlier items have topMm/bottomMm"));
                    continue;
                }

                double top = 0, bottom = 0, height = 0;
                if (isHeight)
                {
                    itemValid &= TryJsonNumber(heightEl!.Value, "heightMm", index, errors, out height);
                }
                else
                {
                    itemValid &= TryJsonNumber(topEl, "topMm", index, errors, out top);
                    itemValid &= TryJsonNumber(bottomEl, "bottomMm", index, errors, out bottom);
                }

                rows.Add(new Row(level.Value, anatomy.IndexOf(level.Value), top, bottom, height, null, index, itemValid));
            }

            if (index < 0)
            {
                errors.Add(new(null, null, "the array is empty: expected one object per level"));
                return Fail(errors);
            }

            return Validate(rows, heightForm ?? false, anatomy, sourceName, errors);
        }
    }

    /// <summary>Reads a JSON geometry.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <param name="sourceName">Name for <see cref="SpineGeometry.Source"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static LoadResult<SpineGeometry> ReadJson(TextReader reader, SpineAnatomy anatomy, string sourceName = "JSON")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ReadJson(reader.ReadToEnd(), anatomy, sourceName);
    }

    /// <summary>
    /// Loads a geometry file: JSON when the extension is <c>.json</c>, CSV otherwise. A file that cannot be read
    /// becomes an error, not an exception.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="anatomy">The patient's anatomy.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static LoadResult<SpineGeometry> LoadFile(string path, SpineAnatomy anatomy)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            if (!InputText.TryReadBytes(path, InputLimits.MaxFileBytes, out var bytes, out var tooLarge)
                || !InputText.TryDecodeUtf8(bytes, out text, out tooLarge))
            {
                return Fail([new SpineGeometryProblem(null, null, tooLarge!)]);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return Fail([new SpineGeometryProblem(null, null, $"cannot read '{path}': {ex.Message}")]);
        }

        var name = Path.GetFileName(path);
        return string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase)
            ? ReadJson(text, anatomy, name)
            : ReadCsv(text, anatomy, name);
    }

    private static bool IsHeader(string[] fields, params string[] names)
    {
        if (fields.Length != names.Length)
        {
            return false;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (!string.Equals(fields[i], names[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryNumber(string field, string name, int? line, int? item, List<SpineGeometryProblem> errors, out double value)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            errors.Add(new(line, item, $"{name} must be a finite number in mm such as 23.3, found '{field}'"));
            return false;
        }

        return true;
    }

    private static bool TryJsonNumber(JsonElement? element, string name, int item, List<SpineGeometryProblem> errors, out double value)
    {
        value = 0;
        if (element is not { ValueKind: JsonValueKind.Number } e || !e.TryGetDouble(out value) || !double.IsFinite(value))
        {
            errors.Add(new(null, item, $"{name} must be a finite number in mm such as 23.3, found {(element is null ? "nothing" : element.Value.GetRawText())}"));
            return false;
        }

        return true;
    }

    private static LoadResult<SpineGeometry> Validate(List<Row> rows, bool heightForm, SpineAnatomy anatomy, string sourceName, List<SpineGeometryProblem> errors)
    {
        // Per-row value checks.
        foreach (var row in rows)
        {
            if (!row.NumbersValid)
            {
                continue;
            }

            if (heightForm && row.Height <= 0)
            {
                errors.Add(new(row.Line, row.Item, FormattableString.Invariant($"{row.Level}: height must be greater than 0 mm, found {row.Height}")));
            }
            else if (!heightForm && row.Bottom <= row.Top)
            {
                errors.Add(new(row.Line, row.Item, FormattableString.Invariant(
                    $"{row.Level}: bottom ({row.Bottom} mm) must be greater than top ({row.Top} mm); positions run caudally (caudal positive)")));
            }
        }

        // Duplicates, in file order.
        var firstRowOf = new Row?[anatomy.LevelCount];
        foreach (var row in rows)
        {
            if (firstRowOf[row.Index] is { } first)
            {
                errors.Add(new(row.Line, row.Item, $"{row.Level} appears twice (also at {Where(first)})"));
            }
            else
            {
                firstRowOf[row.Index] = row;
            }
        }

        if (rows.Count == 0)
        {
            errors.Add(new(null, null, "no valid level rows: expected one row per level"));
        }
        else
        {
            // Missing levels inside the range, and overlap between consecutive levels.
            var lo = rows.Min(r => r.Index);
            var hi = rows.Max(r => r.Index);
            Row? previous = null;
            for (var i = lo; i <= hi; i++)
            {
                if (firstRowOf[i] is not { } row)
                {
                    var missingStart = i;
                    while (firstRowOf[i + 1] is null)
                    {
                        i++;
                    }

                    var missing = VertebralSpan.Create(anatomy.LevelAtUnchecked(missingStart), anatomy.LevelAtUnchecked(i));
                    var next = firstRowOf[i + 1]!.Value;
                    errors.Add(new(next.Line, next.Item, $"{missing} missing between {previous!.Value.Level} ({Where(previous.Value)}) and {next.Level}: give every level inside the measured range"));
                    previous = null;
                    continue;
                }

                if (!heightForm && previous is { } p && p.NumbersValid && row.NumbersValid && row.Top < p.Bottom)
                {
                    errors.Add(new(row.Line, row.Item, FormattableString.Invariant(
                        $"{row.Level} starts at {row.Top} mm, cranial to the bottom of {p.Level} ({Where(p)}) at {p.Bottom} mm: levels must run caudally without overlap")));
                }

                previous = row;
            }

            if (errors.Count == 0)
            {
                var n = hi - lo + 1;
                var tops = new double[n];
                var bottoms = new double[n];
                var position = 0.0;
                for (var i = 0; i < n; i++)
                {
                    var row = firstRowOf[lo + i]!.Value;
                    if (heightForm)
                    {
                        tops[i] = position;
                        position += row.Height;
                        bottoms[i] = position;
                    }
                    else
                    {
                        tops[i] = row.Top;
                        bottoms[i] = row.Bottom;
                    }
                }

                var source = string.Create(CultureInfo.InvariantCulture, $"patient measurement ({sourceName}, {anatomy.LevelAtUnchecked(lo)} to {anatomy.LevelAtUnchecked(hi)})");
                return LoadResult<SpineGeometry>.ForValue(SpineGeometry.Measured(anatomy, lo, tops, bottoms, source));
            }
        }

        return Fail(errors);
    }

    private static string Where(Row row) =>
        row.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}") : string.Create(CultureInfo.InvariantCulture, $"item [{row.Item}]");

    private static LoadResult<SpineGeometry> Fail(List<SpineGeometryProblem> errors)
    {
        var ordered = errors
            .Select((e, i) => (e, i))
            .OrderBy(x => x.e.Line ?? x.e.Index ?? -1)
            .ThenBy(x => x.i)
            .Select(x => new LoadError(x.e.Location, x.e.Message))
            .ToImmutableArray();
        return LoadResult<SpineGeometry>.ForErrors(ordered);
    }
}
