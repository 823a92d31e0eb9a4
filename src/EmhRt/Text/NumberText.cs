using System.Globalization;
using EmhRt.Doses;

namespace EmhRt.Text;

/// <summary>
/// The one grammar of the numbers a user writes, for every front end (the CLI options, batch CSV cells, JSON Lines
/// values) and every kind of value (doses, α/β, lengths, ages, counts). The public parsers of the domain types
/// (<see cref="Dose.Parse"/>, <see cref="Radiobiology.AlphaBeta.Parse"/>, <see cref="Volumes.PtvMargin.ParseMillimetres"/>,
/// <see cref="Planning.PatientDetails.ParseAge"/>, <see cref="Fractionation.ParseFractions"/>,
/// <see cref="Volumes.CtvLevelMargin.ParseLevels"/>, <see cref="Spine.SpineAnatomy.ParseThoracicCount"/>) call it and add
/// the range of their value.
/// </summary>
/// <remarks>
/// A decimal number is ASCII digits with at most one point, followed by at least one digit (<c>20</c>, <c>2.5</c>,
/// <c>.5</c>; not <c>5.</c>); no sign (<c>+5</c> and <c>-5</c> are refused: no value here is negative, and a plus is a
/// typo more often than a statement), no exponent, no thousands separator, and a comma is never a decimal separator.
/// Surrounding whitespace is ignored; a unit may follow the number, with or without a space, case-insensitive.
/// A whole number is ASCII digits only. Messages never name a front end's option or column: the caller adds it.
/// </remarks>
internal static class NumberText
{
    /// <summary>
    /// A decimal number optionally followed by <paramref name="unit"/> (e.g. <c>mm</c>; null when the value has no unit).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="what">The value with its article, e.g. "a length".</param>
    /// <param name="example">Examples in quotes, e.g. "'5' or '5 mm'".</param>
    /// <param name="unit">The one accepted unit, or null.</param>
    public static ParseResult<double> ParseDecimal(string? text, string what, string example, string? unit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<double>.ForError(Invariant($"no {Noun(what)} given: expected e.g. {example}"), 0);
        }

        var scanner = new DoseScanner(text);
        scanner.SkipWhitespace();
        if (!scanner.TryReadNumber(what, out var value, out var start, out var error, example))
        {
            return ParseResult<double>.ForError(error, start);
        }

        scanner.SkipWhitespace();
        var word = scanner.PeekWord(out var end);
        if (word.Length > 0)
        {
            if (unit is not null && word.Equals(unit, StringComparison.OrdinalIgnoreCase))
            {
                scanner.Position = end;
                scanner.SkipWhitespace();
            }
            else
            {
                return ParseResult<double>.ForError(
                    unit is null
                        ? Invariant($"unexpected '{word.ToString()}' after {what}: expected a number only, e.g. {example}")
                        : Invariant($"unknown unit '{word.ToString()}': expected {unit}, e.g. {example}"),
                    scanner.Position);
            }
        }

        return scanner.AtEnd
            ? ParseResult<double>.ForValue(value)
            : ParseResult<double>.ForError(Invariant($"unexpected '{scanner.Rest}' after {what}: expected e.g. {example}"), scanner.Position);
    }

    /// <summary>A whole number: ASCII digits only (surrounding whitespace ignored), at most <see cref="int.MaxValue"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="what">The value with its article, e.g. "a number of fractions".</param>
    /// <param name="example">Examples in quotes, e.g. "'10'".</param>
    public static ParseResult<int> ParseWhole(string? text, string what, string example)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<int>.ForError(Invariant($"no {Noun(what)} given: expected a whole number such as {example}"), 0);
        }

        var lead = 0;
        while (char.IsWhiteSpace(text[lead]))
        {
            lead++;
        }

        var trimmed = text.AsSpan().Trim();
        if ((trimmed[0] == '-' || trimmed[0] == '\u2212') && trimmed.Length > 1 && char.IsAsciiDigit(trimmed[1]))
        {
            return ParseResult<int>.ForError(Invariant($"'{trimmed.ToString()}' is negative: {what} must not be negative"), lead);
        }

        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits < trimmed.Length)
        {
            return ParseResult<int>.ForError(Invariant($"'{trimmed.ToString()}' is not a whole number: expected {what} such as {example}"), lead + digits);
        }

        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? ParseResult<int>.ForValue(value)
            : ParseResult<int>.ForError(Invariant($"'{trimmed.ToString()}' is too large for {what}"), lead);
    }

    /// <summary>"a length" → "length", "an age" → "age".</summary>
    private static string Noun(string what) =>
        what.StartsWith("a ", StringComparison.Ordinal) ? what[2..] : what.StartsWith("an ", StringComparison.Ordinal) ? what[3..] : what;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
