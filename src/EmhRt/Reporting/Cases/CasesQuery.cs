using EmhRt.Doses;
using EmhRt.Literature;
using EmhRt.Spine;

namespace EmhRt.Reporting.Cases;

/// <summary>The filters and the optional proposed regimen of a <see cref="CasesReport"/> (one <c>emhrt cases</c> run), as given.</summary>
/// <param name="Regions">Regions the lesion must touch (any of them), or null for all.</param>
/// <param name="RadiotherapyOnly">Only cases with radiotherapy.</param>
/// <param name="MinEqd2Gy">Lower EQD2 bound (Gy), or null.</param>
/// <param name="MaxEqd2Gy">Upper EQD2 bound (Gy), or null.</param>
/// <param name="AlphaBetaGy">α/β for every EQD2 (Gy); <see cref="CaseLibrary.DefaultAlphaBetaGy"/> (10 Gy, an assumption) unless given.</param>
/// <param name="AlphaBetaIsDefault">True when α/β is the library default (10 Gy, an assumption).</param>
/// <param name="Proposed">The proposed regimen, or null.</param>
public sealed record CasesQuery(
    SpineRegions? Regions,
    bool RadiotherapyOnly,
    double? MinEqd2Gy,
    double? MaxEqd2Gy,
    double AlphaBetaGy,
    bool AlphaBetaIsDefault,
    Fractionation? Proposed);
