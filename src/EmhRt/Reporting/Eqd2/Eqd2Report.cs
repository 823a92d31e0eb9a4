using System.Collections.Immutable;
using System.Text;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using static EmhRt.Reporting.ReportText;

namespace EmhRt.Reporting.Eqd2;

/// <summary>
/// The report of <c>emhrt eqd2</c> for a regimen: BED and EQD2 (and optionally EQDx) in Gy for each α/β ratio given,
/// or for the documented default ratios with their sources (<see cref="AlphaBetaDefaults"/>). All arithmetic is
/// <see cref="LinearQuadratic"/> (fowler1989).
/// </summary>
/// <remarks>JSON: the <c>eqd2</c> schema, <c>mode</c> <c>regimen</c> (<see cref="OutputSchemas.Eqd2"/>); doses in Gy rounded to 4 decimals.</remarks>
public sealed class Eqd2Report : IReport
{
    private readonly Fractionation _regimen;
    private readonly Dose? _eqdx;
    private readonly bool _defaults;
    private readonly ImmutableArray<Row> _rows;

    private readonly string? _alphaBetaOptionName;

    private Eqd2Report(Fractionation regimen, Dose? eqdx, bool defaults, ImmutableArray<Row> rows, string? alphaBetaOptionName)
    {
        _alphaBetaOptionName = alphaBetaOptionName;
        _regimen = regimen;
        _eqdx = eqdx;
        _defaults = defaults;
        _rows = rows;
    }

    /// <summary>One α/β row: the tissue in words, the value, where it comes from, and the doses of the regimen.</summary>
    private sealed record Row(string Tissue, AlphaBeta Value, string Source, bool IsAssumption, Dose Bed, Dose Eqd2, Dose? Eqdx);

    /// <summary>Builds the report.</summary>
    /// <param name="regimen">The regimen.</param>
    /// <param name="alphaBetas">The α/β ratios (Gy), one row each, labelled "given"; empty for the documented defaults
    /// (EMH tissue 10 Gy, an assumption; spinal cord 2 Gy and lumbar cord 4 Gy, nieder2006; cord 0.87 Gy, schultheiss2008).</param>
    /// <param name="eqdxReference">A reference dose per fraction (Gy) for EQDx, or null.</param>
    /// <param name="givenSource">The source written for a given ratio (e.g. the option or column it came from).</param>
    /// <param name="alphaBetaOptionName">How the caller's user gives a ratio (e.g. the CLI's <c>--alpha-beta</c>), named in the
    /// text when none was given; null says "α/β".</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regimen"/> or <paramref name="givenSource"/> is null.</exception>
    public static Eqd2Report Create(Fractionation regimen, IReadOnlyList<AlphaBeta> alphaBetas, Dose? eqdxReference, string givenSource = "given", string? alphaBetaOptionName = null)
    {
        ArgumentNullException.ThrowIfNull(regimen);
        ArgumentNullException.ThrowIfNull(alphaBetas);
        ArgumentNullException.ThrowIfNull(givenSource);
        var tissues = alphaBetas.Count > 0
            ? alphaBetas.Select(ab => (Tissue: "given", Value: ab, Source: givenSource, IsAssumption: false))
            : new[] { AlphaBetaDefaults.EmhTissue, AlphaBetaDefaults.SpinalCordCervicalThoracic, AlphaBetaDefaults.SpinalCordLumbar, AlphaBetaDefaults.SpinalCordSchultheiss }
                .Select(t => (t.Tissue, t.Value, Source: t.IsAssumption ? "assumption" : t.Citation ?? "assumption", t.IsAssumption));
        ImmutableArray<Row> rows =
        [
            .. tissues.Select(t => new Row(
                t.Tissue, t.Value, t.Source, t.IsAssumption,
                LinearQuadratic.Bed(regimen, t.Value),
                LinearQuadratic.Eqd2(regimen, t.Value),
                eqdxReference is { } reference ? LinearQuadratic.Eqdx(regimen, t.Value, reference) : null)),
        ];
        return new Eqd2Report(regimen, eqdxReference, alphaBetas.Count == 0, rows, alphaBetaOptionName);
    }

    /// <inheritdoc/>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Line("Regimen: " + _regimen);
        text.Line();
        var eqdxHeader = _eqdx is { } refDose ? "EQD" + Number(refDose.Gy) + " (Gy)" : string.Empty;
        string[] header = _eqdx is null
            ? ["Tissue", "α/β (Gy)", "BED (Gy)", "EQD2 (Gy)", "Source"]
            : ["Tissue", "α/β (Gy)", "BED (Gy)", "EQD2 (Gy)", eqdxHeader, "Source"];
        var tableRows = _rows.Select(r => _eqdx is null
            ? new[] { r.Tissue, Number(r.Value.Gy), Fixed(r.Bed.Gy, 2), Fixed(r.Eqd2.Gy, 2), r.Source }
            : [r.Tissue, Number(r.Value.Gy), Fixed(r.Bed.Gy, 2), Fixed(r.Eqd2.Gy, 2), Fixed(r.Eqdx!.Value.Gy, 2), r.Source]).ToList();
        Table(text, header, tableRows, _eqdx is null ? [1, 2, 3] : [1, 2, 3, 4]);
        text.Line();
        text.Line("Linear-quadratic model (fowler1989): BED = D(1 + d/(α/β)), EQD2 = BED/(1 + 2/(α/β)).");
        if (_defaults)
        {
            text.Line("No " + (_alphaBetaOptionName ?? "α/β") + " given: the documented default ratios are listed; the EMH value " + Number(AlphaBetaDefaults.EmhTissue.Value.Gy) + " Gy is an assumption (no published value).");
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToJson() => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("schemaVersion", OutputSchemas.Eqd2Version);
        w.WriteString("mode", "regimen");
        w.WriteStartObject("regimen");
        WriteNumber(w, "totalDoseGy", _regimen.TotalDose.Gy);
        w.WriteNumber("fractions", _regimen.Fractions);
        WriteNumber(w, "dosePerFractionGy", _regimen.DosePerFraction.Gy);
        w.WriteEndObject();
        WriteNumber(w, "eqdxReferenceGy", _eqdx?.Gy);
        w.WriteString("model", "linear-quadratic, fowler1989");
        w.WriteStartArray("rows");
        foreach (var r in _rows)
        {
            w.WriteStartObject();
            w.WriteString("tissue", r.Tissue);
            WriteNumber(w, "alphaBetaGy", r.Value.Gy);
            w.WriteString("source", r.Source);
            w.WriteBoolean("isAssumption", r.IsAssumption);
            WriteNumber(w, "bedGy", r.Bed.Gy);
            WriteNumber(w, "eqd2Gy", r.Eqd2.Gy);
            WriteNumber(w, "eqdxGy", r.Eqdx?.Gy);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <inheritdoc/>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.Append(_eqdx is null
            ? CsvLine("tissue", "alpha_beta_gy", "source", "total_dose_gy", "fractions", "dose_per_fraction_gy", "bed_gy", "eqd2_gy")
            : CsvLine("tissue", "alpha_beta_gy", "source", "total_dose_gy", "fractions", "dose_per_fraction_gy", "bed_gy", "eqd2_gy", "eqdx_reference_gy", "eqdx_gy"));
        foreach (var r in _rows)
        {
            string[] fields =
            [
                r.Tissue, Number(r.Value.Gy), r.Source, Number(_regimen.TotalDose.Gy), Integer(_regimen.Fractions),
                Number(_regimen.DosePerFraction.Gy), Number(r.Bed.Gy), Number(r.Eqd2.Gy),
            ];
            csv.Append(_eqdx is { } reference ? CsvLine([.. fields, Number(reference.Gy), Number(r.Eqdx!.Value.Gy)]) : CsvLine(fields));
        }

        return csv.ToString();
    }
}
