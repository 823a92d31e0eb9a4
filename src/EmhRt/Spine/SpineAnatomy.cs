using System.Globalization;
using EmhRt.Text;

namespace EmhRt.Spine;

/// <summary>
/// The patient's vertebral counts: 11, 12 or 13 thoracic and 4, 5 or 6 lumbar vertebrae, always 7 cervical,
/// 5 sacral segments and one coccygeal level <c>Co</c>.
/// </summary>
/// <remarks>
/// <para>11 thoracic vertebrae occur in about 5.8 % and 6 lumbar in about 5.5 % of people (clinical-facts §9).
/// <c>default(SpineAnatomy)</c> is <see cref="Standard"/> (12 thoracic, 5 lumbar).</para>
/// <para>Levels are indexed cranial to caudal from 0 (C1) to <see cref="LevelCount"/> − 1 (Co); stepping and
/// distances use that index, so they cross region boundaries (C7→T1, T12→L1 or T13→L1, L5→S1, S5→Co)
/// in the patient's own anatomy, without allocation.</para>
/// </remarks>
public readonly struct SpineAnatomy : IEquatable<SpineAnatomy>
{
    private const int Cervical = 7;
    private const int Sacral = 5;

    // Offsets from the standard counts so that default means 12 thoracic and 5 lumbar.
    private readonly sbyte _thoracicOffset;
    private readonly sbyte _lumbarOffset;

    private SpineAnatomy(int thoracic, int lumbar)
    {
        _thoracicOffset = (sbyte)(thoracic - 12);
        _lumbarOffset = (sbyte)(lumbar - 5);
    }

    /// <summary>The standard anatomy: 7 cervical, 12 thoracic, 5 lumbar, 5 sacral, coccyx (30 levels).</summary>
    public static SpineAnatomy Standard => default;

    /// <summary>Creates an anatomy from its thoracic and lumbar counts.</summary>
    /// <param name="thoracic">Number of thoracic vertebrae: 11, 12 or 13.</param>
    /// <param name="lumbar">Number of lumbar vertebrae: 4, 5 or 6.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is outside its range.</exception>
    public static SpineAnatomy Create(int thoracic, int lumbar)
    {
        if (!IsSupportedThoracic(thoracic))
        {
            throw new ArgumentOutOfRangeException(nameof(thoracic), thoracic, "The number of thoracic vertebrae must be 11, 12 or 13.");
        }

        if (!IsSupportedLumbar(lumbar))
        {
            throw new ArgumentOutOfRangeException(nameof(lumbar), lumbar, "The number of lumbar vertebrae must be 4, 5 or 6.");
        }

        return new SpineAnatomy(thoracic, lumbar);
    }

    /// <summary>
    /// Creates an anatomy from counts a user gave, or says why not (naming both counts). The one place the anatomy
    /// rule (11–13 thoracic, 4–6 lumbar; clinical-facts §9) is checked for input. Never throws.
    /// </summary>
    /// <param name="thoracic">Number of thoracic vertebrae.</param>
    /// <param name="lumbar">Number of lumbar vertebrae.</param>
    public static ParseResult<SpineAnatomy> TryCreate(int thoracic, int lumbar) =>
        IsSupportedThoracic(thoracic) && IsSupportedLumbar(lumbar)
            ? ParseResult<SpineAnatomy>.ForValue(new SpineAnatomy(thoracic, lumbar))
            : ParseResult<SpineAnatomy>.ForError(
                string.Create(CultureInfo.InvariantCulture, $"{thoracic} thoracic and {lumbar} lumbar vertebrae is not a supported anatomy: thoracic must be 11, 12 or 13 and lumbar 4, 5 or 6"), 0);

    /// <summary>
    /// Parses a number of thoracic vertebrae a user writes: a whole number (ASCII digits, no sign), 11, 12 or 13. Never throws.
    /// </summary>
    /// <param name="text">The text, e.g. <c>13</c>.</param>
    public static ParseResult<int> ParseThoracicCount(string? text) => ParseCount(text, "thoracic", "'11', '12' or '13'", IsSupportedThoracic);

    /// <summary>
    /// Parses a number of lumbar vertebrae a user writes: a whole number (ASCII digits, no sign), 4, 5 or 6. Never throws.
    /// </summary>
    /// <param name="text">The text, e.g. <c>6</c>.</param>
    public static ParseResult<int> ParseLumbarCount(string? text) => ParseCount(text, "lumbar", "'4', '5' or '6'", IsSupportedLumbar);

    private static bool IsSupportedThoracic(int count) => count is >= 11 and <= 13;

    private static bool IsSupportedLumbar(int count) => count is >= 4 and <= 6;

    private static ParseResult<int> ParseCount(string? text, string region, string allowed, Func<int, bool> supported)
    {
        var parsed = NumberText.ParseWhole(text, "a number of " + region + " vertebrae", allowed);
        return !parsed.Success || supported(parsed.Value)
            ? parsed
            : ParseResult<int>.ForError(
                string.Create(CultureInfo.InvariantCulture, $"'{text!.Trim()}' is not supported: a spine has {allowed.Replace("'", string.Empty, StringComparison.Ordinal)} {region} vertebrae"), 0);
    }

    /// <summary>All nine supported anatomies (11–13 thoracic × 4–6 lumbar), standard first.</summary>
    public static IReadOnlyList<SpineAnatomy> All { get; } =
    [
        Standard,
        new(11, 4), new(11, 5), new(11, 6),
        new(12, 4), new(12, 6),
        new(13, 4), new(13, 5), new(13, 6),
    ];

    /// <summary>Number of thoracic vertebrae (11–13).</summary>
    public int ThoracicCount => 12 + _thoracicOffset;

    /// <summary>Number of lumbar vertebrae (4–6).</summary>
    public int LumbarCount => 5 + _lumbarOffset;

    /// <summary>Number of levels from C1 to Co inclusive (28–32; 30 for the standard anatomy).</summary>
    public int LevelCount => Cervical + ThoracicCount + LumbarCount + Sacral + 1;

    /// <summary>C1.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Read as a property of the anatomy: anatomy.First..anatomy.Last.")]
    public VertebralLevel First => VertebralLevel.C1;

    /// <summary>The coccyx, Co.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Read as a property of the anatomy: anatomy.First..anatomy.Last.")]
    public VertebralLevel Last => VertebralLevel.Coccyx;

    /// <summary>The number of levels this anatomy has in <paramref name="region"/>.</summary>
    /// <param name="region">The region.</param>
    public int CountOf(SpineRegion region) => region switch
    {
        SpineRegion.Cervical => Cervical,
        SpineRegion.Thoracic => ThoracicCount,
        SpineRegion.Lumbar => LumbarCount,
        SpineRegion.Sacral => Sacral,
        SpineRegion.Coccygeal => 1,
        _ => 0,
    };

    /// <summary>Whether <paramref name="level"/> exists in this anatomy (e.g. T13 only with 13 thoracic vertebrae).</summary>
    /// <param name="level">The level.</param>
    public bool Contains(VertebralLevel level) => level.Number <= CountOf(level.Region);

    /// <summary>Zero-based index of <paramref name="level"/>, cranial to caudal: 0 for C1, <see cref="LevelCount"/> − 1 for Co.</summary>
    /// <param name="level">A level of this anatomy.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> does not exist in this anatomy.</exception>
    public int IndexOf(VertebralLevel level)
    {
        var index = IndexOrMinusOne(level);
        return index >= 0 ? index : throw NotInAnatomy(level, nameof(level));
    }

    internal int IndexOrMinusOne(VertebralLevel level)
    {
        var n = level.Number;
        var t = ThoracicCount;
        var l = LumbarCount;
        return level.Region switch
        {
            SpineRegion.Cervical => n - 1,
            SpineRegion.Thoracic => n <= t ? Cervical + n - 1 : -1,
            SpineRegion.Lumbar => n <= l ? Cervical + t + n - 1 : -1,
            SpineRegion.Sacral => Cervical + t + l + n - 1,
            _ => Cervical + t + l + Sacral,
        };
    }

    /// <summary>The level at a zero-based index (0 = C1).</summary>
    /// <param name="index">0 to <see cref="LevelCount"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public VertebralLevel LevelAt(int index)
    {
        if ((uint)index >= (uint)LevelCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index), index,
                string.Create(CultureInfo.InvariantCulture, $"The index must be between 0 and {LevelCount - 1} for {this}."));
        }

        return LevelAtUnchecked(index);
    }

    internal VertebralLevel LevelAtUnchecked(int index)
    {
        if (index < Cervical)
        {
            return VertebralLevel.Unchecked(SpineRegion.Cervical, index + 1);
        }

        index -= Cervical;
        var t = ThoracicCount;
        if (index < t)
        {
            return VertebralLevel.Unchecked(SpineRegion.Thoracic, index + 1);
        }

        index -= t;
        var l = LumbarCount;
        if (index < l)
        {
            return VertebralLevel.Unchecked(SpineRegion.Lumbar, index + 1);
        }

        index -= l;
        return index < Sacral ? VertebralLevel.Unchecked(SpineRegion.Sacral, index + 1) : VertebralLevel.Coccyx;
    }

    /// <summary>Moves <paramref name="delta"/> levels caudally (negative: cranially) across region boundaries.</summary>
    /// <param name="level">A level of this anatomy.</param>
    /// <param name="delta">Levels to move; positive is caudal.</param>
    /// <param name="result">The level reached, or <paramref name="level"/> when the step leaves C1–Co.</param>
    /// <returns>Whether the step stays within C1–Co.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> does not exist in this anatomy.</exception>
    public bool TryStep(VertebralLevel level, int delta, out VertebralLevel result)
    {
        var target = (long)IndexOf(level) + delta;
        if (target < 0 || target >= LevelCount)
        {
            result = level;
            return false;
        }

        result = LevelAtUnchecked((int)target);
        return true;
    }

    /// <summary>Moves <paramref name="delta"/> levels caudally (negative: cranially) across region boundaries.</summary>
    /// <param name="level">A level of this anatomy.</param>
    /// <param name="delta">Levels to move; positive is caudal.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level does not exist or the step leaves C1–Co.</exception>
    public VertebralLevel Step(VertebralLevel level, int delta) =>
        TryStep(level, delta, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(
                nameof(delta), delta,
                string.Create(CultureInfo.InvariantCulture, $"Moving {delta} levels from {level} leaves the spine (C1 to Co)."));

    /// <summary>The next level caudally (C7→T1, T12→L1, L5→S1, S5→Co).</summary>
    /// <param name="level">A level of this anatomy other than Co.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level does not exist or is Co.</exception>
    public VertebralLevel Next(VertebralLevel level) => Step(level, 1);

    /// <summary>The next level cranially (T1→C7, L1→T12, S1→L5, Co→S5).</summary>
    /// <param name="level">A level of this anatomy other than C1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level does not exist or is C1.</exception>
    public VertebralLevel Previous(VertebralLevel level) => Step(level, -1);

    /// <summary>Signed distance in levels from <paramref name="from"/> to <paramref name="to"/>; positive when <paramref name="to"/> is caudal (T5→T8 = 3, T12→L1 = 1).</summary>
    /// <param name="from">A level of this anatomy.</param>
    /// <param name="to">A level of this anatomy.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level does not exist in this anatomy.</exception>
    public int Distance(VertebralLevel from, VertebralLevel to) => IndexOf(to) - IndexOf(from);

    internal ArgumentOutOfRangeException NotInAnatomy(VertebralLevel level, string paramName) =>
        new(paramName, level, string.Create(CultureInfo.InvariantCulture, $"{level} does not exist in a spine with {this}."));

    /// <inheritdoc/>
    public bool Equals(SpineAnatomy other) => _thoracicOffset == other._thoracicOffset && _lumbarOffset == other._lumbarOffset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SpineAnatomy other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_thoracicOffset * 8) + _lumbarOffset;

    /// <summary>Invariant text such as "12 thoracic and 5 lumbar vertebrae".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ThoracicCount} thoracic and {LumbarCount} lumbar vertebrae");

    /// <summary>Whether two anatomies have the same counts.</summary>
    public static bool operator ==(SpineAnatomy left, SpineAnatomy right) => left.Equals(right);

    /// <summary>Whether two anatomies differ.</summary>
    public static bool operator !=(SpineAnatomy left, SpineAnatomy right) => !left.Equals(right);
}
