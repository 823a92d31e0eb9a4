using EmhRt.Doses;
using EmhRt.Radiobiology;

namespace EmhRt.Planning;

/// <summary>The regimen's biological dose in one tissue (linear-quadratic model, fowler1989).</summary>
/// <param name="Tissue">The tissue, e.g. <c>EMH</c> or <c>spinal cord</c>.</param>
/// <param name="AlphaBeta">The α/β used (Gy).</param>
/// <param name="Bed">Biologically effective dose (Gy at this α/β).</param>
/// <param name="Eqd2">Equivalent dose in 2 Gy fractions (Gy).</param>
/// <param name="Source">Where the α/β comes from: a citation key, <c>assumption</c> or <c>user</c>.</param>
public sealed record TissueDose(string Tissue, AlphaBeta AlphaBeta, Dose Bed, Dose Eqd2, string Source)
{
    /// <summary>The tissue, e.g. <c>EMH</c> or <c>spinal cord</c>.</summary>
    public string Tissue { get; init; } = Tissue ?? throw new ArgumentNullException(nameof(Tissue));

    /// <summary>Where the α/β comes from: a citation key, <c>assumption</c> or <c>user</c>.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>The EMH tissue's name in <see cref="Tissue"/>.</summary>
    public const string Emh = "EMH";

    /// <summary>The spinal cord's name in <see cref="Tissue"/>.</summary>
    public const string SpinalCord = "spinal cord";

    /// <summary>
    /// The tissue's name when every irradiated level lies below the conus (protocol <c>anatomy.conusLevel</c>): the
    /// canal holds the cauda equina there (saifuddin1998).
    /// </summary>
    public const string CaudaEquina = "cauda equina";
}
