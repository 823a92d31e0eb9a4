using System.Collections.Immutable;
using System.Text;
using EmhRt.Findings;
using EmhRt.Literature;
using EmhRt.Spine;
using static EmhRt.Reporting.ReportText;

namespace EmhRt.Reporting.Cases;

/// <summary>
/// The report of <c>emhrt cases</c>: the published EMH cases of a <see cref="CaseLibrary"/> selected by region,
/// radiotherapy and EQD2 (Gy, at the query's α/β), and, with a proposed regimen, where it sits among them with the cases
/// listed nearest EQD2 first (<see cref="CaseLibrary.Position"/>). EQD2 values are the library's (fowler1989).
/// </summary>
/// <remarks>JSON: the <c>cases</c> schema (<see cref="OutputSchemas.Cases"/>); doses in Gy rounded to 4 decimals.</remarks>
public sealed class CasesReport : IReport
{
    private readonly int _libraryCount;
    private readonly CasesQuery _query;
    private readonly LiteraturePosition? _position;
    private readonly List<(LiteratureCase Case, double? Eqd2Gy, double? DifferenceGy)> _rows = [];

    private CasesReport(CaseLibrary library, CasesQuery query)
    {
        _libraryCount = library.All.Length;
        _query = query;
        IEnumerable<LiteratureCase> selected = library.All;
        if (query.Regions is { } regions)
        {
            selected = selected.Intersect(library.InRegion(regions));
        }

        if (query.RadiotherapyOnly)
        {
            selected = selected.Intersect(library.WithRadiotherapy());
        }

        if (query.MinEqd2Gy is not null || query.MaxEqd2Gy is not null)
        {
            selected = selected.Intersect(library.WithEqd2Between(query.MinEqd2Gy ?? 0, query.MaxEqd2Gy ?? double.MaxValue, query.AlphaBetaGy));
        }

        var chosen = selected.ToHashSet();
        if (query.Proposed is { } proposed)
        {
            _position = library.Position(proposed.TotalDose.Gy, proposed.Fractions, query.AlphaBetaGy);
            foreach (var comparison in _position.Nearest)
            {
                if (chosen.Remove(comparison.Case))
                {
                    _rows.Add((comparison.Case, comparison.Eqd2Gy, comparison.DifferenceGy));
                }
            }
        }

        foreach (var c in library.All)
        {
            if (chosen.Contains(c))
            {
                _rows.Add((c, c.Eqd2Gy(query.AlphaBetaGy), null));
            }
        }
    }

    /// <summary>Selects the cases of <paramref name="library"/> that <paramref name="query"/> asks for.</summary>
    /// <param name="library">The case library, e.g. <see cref="CaseLibrary.Default"/>.</param>
    /// <param name="query">The filters and the optional proposed regimen.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CasesReport Create(CaseLibrary library, CasesQuery query)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(query);
        return new CasesReport(library, query);
    }

    /// <summary>Citation text of a case's source, from the library's bibliography (the key itself when unknown).</summary>
    internal static string Reference(string key) => Bibliography.TryGet(key, out var citation) ? citation.Reference : key;

    private string AlphaBetaLabel => _query.AlphaBetaIsDefault
        ? $"α/β {Number(_query.AlphaBetaGy)} Gy (assumption: no published α/β for EMH tissue)"
        : $"α/β {Number(_query.AlphaBetaGy)} Gy (given)";

    private ImmutableArray<string> CitationKeys => [.. _rows.Select(r => r.Case.CitationKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Outcome(OutcomeCategory category) => category switch
    {
        OutcomeCategory.CompleteResponse => "complete response",
        OutcomeCategory.NearCompleteResponse => "near-complete recovery",
        OutcomeCategory.PartialResponse => "partial response",
        OutcomeCategory.NoImprovement => "no improvement",
        _ => "not reported",
    };

    // The built-in dataset reports every case's sex (CaseDataset refuses a case without one), so "not reported" is never written by `cases`.
    private static string SexText(Sex? sex) => sex switch
    {
        Sex.Female => "female",
        Sex.Male => "male",
        _ => "not reported",
    };

    private static string Rt(LiteratureCase c) =>
        !c.Radiotherapy ? "none"
        : c.RtTotalDoseGy is { } dose && c.RtFractions is { } n ? $"{Number(dose)} Gy/{Integer(n)}"
        : c.RtTotalDoseGy is { } onlyDose ? $"{Number(onlyDose)} Gy/?"
        : "yes, dose not given";

    private static string[] Regions(SpineRegions regions)
    {
        var names = new List<string>();
        foreach (var (token, value) in (ReadOnlySpan<(string, SpineRegions)>)[("cervical", SpineRegions.Cervical), ("thoracic", SpineRegions.Thoracic), ("lumbar", SpineRegions.Lumbar), ("sacral", SpineRegions.Sacral), ("coccygeal", SpineRegions.Coccygeal)])
        {
            if ((regions & value) != 0)
            {
                names.Add(token);
            }
        }

        return [.. names];
    }

    /// <inheritdoc/>
    public string ToText()
    {
        var text = new StringBuilder();
        if (_position is { } position && _query.Proposed is { } proposed)
        {
            text.Line($"Proposed regimen: {proposed.ToString()}: EQD2 {Fixed(position.ProposedEqd2Gy, 1)} Gy at {AlphaBetaLabel}");
            text.Line(position.Summary);
            text.Line();
        }

        text.Line($"{Integer(_rows.Count)} of {Integer(_libraryCount)} published cases{(_position is null ? string.Empty : ", nearest EQD2 first")}:");
        text.Line();
        var header = _position is null
            ? new[] { "Id", "Year", "Author", "Sex/age", "Lesion", "RT", "EQD2 (Gy)", "Outcome", "Source" }
            : ["Id", "Year", "Author", "Sex/age", "Lesion", "RT", "EQD2 (Gy)", "ΔEQD2 (Gy)", "Outcome", "Source"];
        var rows = _rows.Select(r =>
        {
            var c = r.Case;
            var cells = new List<string>
            {
                c.Id, Integer(c.Year), c.FirstAuthor ?? "n/a", SexText(c.Sex) + (c.AgeYears is { } age ? " " + Integer(age) : string.Empty),
                c.Lesion, Rt(c), r.Eqd2Gy is { } e ? Fixed(e, 1) : "-",
            };
            if (_position is not null)
            {
                cells.Add(r.DifferenceGy is { } d ? (d > 0 ? "+" : string.Empty) + Fixed(d, 1) : "-");
            }

            cells.Add(Outcome(c.OutcomeCategory));
            cells.Add(c.CitationKey);
            return cells.ToArray();
        }).ToList();
        Table(text, header, rows, _position is null ? [1, 6] : [1, 6, 7]);
        text.Line();
        text.Line($"EQD2 of the first radiotherapy course at {AlphaBetaLabel}, fowler1989.");
        if (_position is not null)
        {
            text.Line("ΔEQD2 = case EQD2 minus proposed EQD2. Single published cases are weak evidence (cailleteau2023): a position describes the literature, it does not predict a response.");
        }

        text.Line("Sources:");
        foreach (string key in CitationKeys)
        {
            text.Line($"  {key}: {Reference(key)}");
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToJson() => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("schemaVersion", OutputSchemas.CasesVersion);
        WriteNumber(w, "alphaBetaGy", _query.AlphaBetaGy);
        w.WriteBoolean("alphaBetaIsAssumption", _query.AlphaBetaIsDefault);
        w.WriteStartObject("filters");
        WriteStrings(w, "regions", _query.Regions is { } regions ? Regions(regions) : []);
        w.WriteBoolean("radiotherapyOnly", _query.RadiotherapyOnly);
        WriteNumber(w, "minEqd2Gy", _query.MinEqd2Gy);
        WriteNumber(w, "maxEqd2Gy", _query.MaxEqd2Gy);
        w.WriteEndObject();
        if (_position is { } position)
        {
            w.WriteStartObject("proposed");
            WriteNumber(w, "totalDoseGy", position.ProposedTotalDoseGy);
            w.WriteNumber("fractions", position.ProposedFractions);
            WriteNumber(w, "eqd2Gy", position.ProposedEqd2Gy);
            w.WriteNumber("casesWithKnownRegimen", position.CasesWithKnownRegimen);
            w.WriteNumber("casesBelow", position.CasesBelow);
            w.WriteNumber("casesEqual", position.CasesEqual);
            w.WriteNumber("casesAbove", position.CasesAbove);
            WriteNumber(w, "minEqd2Gy", position.MinEqd2Gy);
            WriteNumber(w, "maxEqd2Gy", position.MaxEqd2Gy);
            WriteNumber(w, "completeResponseWindowGy", position.CompleteResponseWindowGy);
            WriteStrings(w, "completeResponsesWithinWindow", position.CompleteResponsesWithinWindow.Select(c => c.Case.Id));
            w.WriteNumber("radiotherapyCasesWithoutRegimen", position.RadiotherapyCasesWithoutRegimen);
            w.WriteString("summary", position.Summary);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("proposed");
        }

        w.WriteNumber("count", _rows.Count);
        w.WriteStartArray("cases");
        foreach (var (c, eqd2, difference) in _rows)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("citationKey", c.CitationKey);
            w.WriteString("sourceLocation", c.SourceLocation);
            WriteText(w, "firstAuthor", c.FirstAuthor);
            w.WriteNumber("year", c.Year);
            w.WriteString("sex", SexText(c.Sex));
            WriteNumber(w, "ageYears", c.AgeYears);
            w.WriteString("disease", c.Disease);
            w.WriteString("lesion", c.Lesion);
            WriteStrings(w, "regions", Regions(c.Regions));
            w.WriteString("treatment", c.Treatment);
            w.WriteBoolean("radiotherapy", c.Radiotherapy);
            WriteNumber(w, "rtTotalDoseGy", c.RtTotalDoseGy);
            WriteNumber(w, "rtFractions", c.RtFractions);
            WriteNumber(w, "eqd2Gy", eqd2);
            WriteNumber(w, "eqd2DifferenceGy", difference);
            w.WriteString("outcomeText", c.Outcome);
            w.WriteString("outcomeCategory", Outcome(c.OutcomeCategory));
            w.WriteBoolean("recurrenceReported", c.RecurrenceReported);
            WriteText(w, "note", c.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("references");
        foreach (string key in CitationKeys)
        {
            w.WriteStartObject();
            w.WriteString("key", key);
            w.WriteString("reference", Reference(key));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <inheritdoc/>
    public string ToCsv()
    {
        var csv = new StringBuilder(CsvLine(
            "id", "year", "first_author", "sex", "age_years", "lesion", "radiotherapy", "rt_total_dose_gy", "rt_fractions",
            "alpha_beta_gy", "eqd2_gy", "eqd2_difference_gy", "outcome_category", "outcome_text", "citation_key"));
        foreach (var (c, eqd2, difference) in _rows)
        {
            csv.Append(CsvLine(
                c.Id, Integer(c.Year), c.FirstAuthor, SexText(c.Sex), c.AgeYears is { } age ? Integer(age) : null, c.Lesion,
                c.Radiotherapy ? "true" : "false", c.RtTotalDoseGy is { } dose ? Number(dose) : null, c.RtFractions is { } n ? Integer(n) : null,
                Number(_query.AlphaBetaGy), eqd2 is { } e ? Number(e) : null, difference is { } d ? Number(d) : null,
                Outcome(c.OutcomeCategory), c.Outcome, c.CitationKey));
        }

        return csv.ToString();
    }
}
