using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EmhRt.Volumes;

/// <summary>
/// The planning target volume margin around the CTV in mm: superior (cranial), inferior (caudal) and radial;
/// each finite and 0–50 mm.
/// </summary>
/// <remarks>
/// A PTV margin of 10–20 mm, as in radiotherapy of vertebral metastases, is recommended for EMH
/// (<c>cailleteau2023</c> [seed]); seed 002 used a 20 mm 3D expansion. <c>default(PtvMargin)</c> is 0 mm on every side.
/// </remarks>
public readonly struct PtvMargin : IEquatable<PtvMargin>
{
    /// <summary>The largest margin accepted, mm.</summary>
    public const double MaxMm = 50;

    private PtvMargin(double superior, double inferior, double radial)
    {
        SuperiorMm = superior;
        InferiorMm = inferior;
        RadialMm = radial;
    }

    /// <summary>Cranial expansion, mm (0–50).</summary>
    public double SuperiorMm { get; }

    /// <summary>Caudal expansion, mm (0–50).</summary>
    public double InferiorMm { get; }

    /// <summary>Radial (axial-plane) expansion, mm (0–50).</summary>
    public double RadialMm { get; }

    /// <summary>Creates a margin.</summary>
    /// <param name="superiorMm">Cranial expansion, 0–50 mm.</param>
    /// <param name="inferiorMm">Caudal expansion, 0–50 mm.</param>
    /// <param name="radialMm">Radial expansion, 0–50 mm.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite or outside 0–50 mm.</exception>
    public static PtvMargin Create(double superiorMm, double inferiorMm, double radialMm) =>
        new(Guard.InRange(superiorMm, 0, MaxMm), Guard.InRange(inferiorMm, 0, MaxMm), Guard.InRange(radialMm, 0, MaxMm));

    /// <summary>The same expansion in every direction (seed 002: 20 mm).</summary>
    /// <param name="mm">Expansion, 0–50 mm.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or outside 0–50 mm.</exception>
    public static PtvMargin Isotropic(double mm) => Create(mm, mm, mm);

    /// <summary>
    /// Parses one margin a user writes, in mm: <c>5</c>, <c>5mm</c>, <c>7.5 MM</c>; the number grammar of
    /// <see cref="Doses.Dose.Parse"/> (a point as decimal separator with a digit after it, no sign, no exponent), 0 or
    /// more. The one length grammar of every front end; the 0–50 mm range is checked when the margin is built
    /// (<see cref="TryCombine"/>). Never throws.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The length in mm (0 or more), or a message with the zero-based position of the problem.</returns>
    public static Text.ParseResult<double> ParseMillimetres(string? text) =>
        Text.NumberText.ParseDecimal(text, "a length", "'5' or '5 mm'", "mm");

    /// <summary>Creates a margin from user input, or says which value is wrong.</summary>
    /// <param name="superiorMm">Cranial expansion, 0–50 mm.</param>
    /// <param name="inferiorMm">Caudal expansion, 0–50 mm.</param>
    /// <param name="radialMm">Radial expansion, 0–50 mm.</param>
    /// <param name="margin">The margin, or zero on failure.</param>
    /// <param name="error">What is wrong, or <see langword="null"/>.</param>
    /// <returns>Whether all three values are valid.</returns>
    public static bool TryCreate(double superiorMm, double inferiorMm, double radialMm, out PtvMargin margin, [NotNullWhen(false)] out string? error)
    {
        margin = default;
        error = Check(superiorMm, "superior") ?? Check(inferiorMm, "inferior") ?? Check(radialMm, "radial");
        if (error is not null)
        {
            return false;
        }

        margin = new PtvMargin(superiorMm, inferiorMm, radialMm);
        return true;
    }

    private static string? Check(double mm, string name) =>
        double.IsFinite(mm) && mm >= 0 && mm <= MaxMm
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the {name} PTV margin must be a number from 0 to {MaxMm} mm, not {mm}");

    /// <inheritdoc/>
    public bool Equals(PtvMargin other) =>
        SuperiorMm.Equals(other.SuperiorMm) && InferiorMm.Equals(other.InferiorMm) && RadialMm.Equals(other.RadialMm);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PtvMargin other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SuperiorMm, InferiorMm, RadialMm);

    /// <summary>Invariant text such as "superior 10 mm, inferior 10 mm, radial 10 mm".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"superior {SuperiorMm} mm, inferior {InferiorMm} mm, radial {RadialMm} mm");

    /// <summary>Whether two margins are equal.</summary>
    public static bool operator ==(PtvMargin left, PtvMargin right) => left.Equals(right);

    /// <summary>Whether two margins differ.</summary>
    public static bool operator !=(PtvMargin left, PtvMargin right) => !left.Equals(right);

    /// <summary>
    /// Combines the margins a user stated: an isotropic margin, overridden per direction by any directional one.
    /// Nothing stated gives no margin (<see langword="null"/>, no PTV); a directional margin without the
    /// isotropic one must come with the other two directions, never a silent default.
    /// </summary>
    /// <param name="isotropicMm">The isotropic margin (mm), or <see langword="null"/>.</param>
    /// <param name="superiorMm">Superior margin (mm), or <see langword="null"/>.</param>
    /// <param name="inferiorMm">Inferior margin (mm), or <see langword="null"/>.</param>
    /// <param name="radialMm">Radial margin (mm), or <see langword="null"/>.</param>
    /// <param name="margin">The margin, or <see langword="null"/> when none was stated or on failure.</param>
    /// <param name="error">What was wrong, on failure.</param>
    /// <returns>Whether the statement was complete and valid.</returns>
    public static bool TryCombine(
        double? isotropicMm, double? superiorMm, double? inferiorMm, double? radialMm, out PtvMargin? margin, [NotNullWhen(false)] out string? error)
    {
        margin = null;
        error = null;
        if (isotropicMm is null && superiorMm is null && inferiorMm is null && radialMm is null)
        {
            return true;
        }

        if ((superiorMm ?? isotropicMm) is not { } superior || (inferiorMm ?? isotropicMm) is not { } inferior || (radialMm ?? isotropicMm) is not { } radial)
        {
            error = "incomplete PTV margin: give an isotropic margin, or all three of superior, inferior and radial";
            return false;
        }

        if (!TryCreate(superior, inferior, radial, out var created, out error))
        {
            return false;
        }

        margin = created;
        return true;
    }
}
