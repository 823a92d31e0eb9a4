using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace EmhRt.Reporting;

/// <summary>
/// The JSON escaping of <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (readable α/β, en dashes and other
/// defined BMP characters kept; controls, private use, unassigned code points, spaces other than U+0020, line and
/// paragraph separators, supplementary characters, <c>"</c> and <c>\</c> escaped), without its start-up cost: that encoder
/// builds a table of all 65,536 BMP code points when first used (about 1 million instructions, a fifth of a native
/// <c>emhrt plan</c>). This one decides from the character's Unicode category and asks the relaxed encoder only to
/// write an escape, which report text rarely needs.
/// </summary>
/// <remarks>
/// Equivalence is a test: every BMP code point gives the same <see cref="WillEncode"/> answer as the relaxed
/// encoder, and the JSON written for every BMP character, for surrogate pairs, lone surrogates and invalid UTF-8 is
/// byte-identical (ReportJsonEncoderTests).
/// </remarks>
internal sealed class ReportJsonEncoder : JavaScriptEncoder
{
    /// <summary>The one instance (stateless).</summary>
    public static ReportJsonEncoder Instance { get; } = new();

    private ReportJsonEncoder()
    {
    }

    /// <summary>As the relaxed encoder: one <c>\uXXXX</c> escape per UTF-16 code unit.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar)
    {
        if (unicodeScalar < 0x80)
        {
            return unicodeScalar < 0x20 || unicodeScalar == 0x7F || unicodeScalar == '"' || unicodeScalar == '\\';
        }

        if (unicodeScalar > 0xFFFF || (unicodeScalar >= 0xD800 && unicodeScalar <= 0xDFFF))
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(unicodeScalar) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator => true,
            // Some format characters are kept and some escaped, with no rule by category: ask the relaxed encoder
            // (report text holds none, so its table is built only for unusual input).
            UnicodeCategory.Format => UnsafeRelaxedJsonEscaping.WillEncode(unicodeScalar),
            _ => false,
        };
    }

    /// <inheritdoc/>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int i = 0; i < textLength; i++)
        {
            char c = text[i];
            if (char.IsSurrogate(c) || WillEncode(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        int i = 0;
        while (i < utf8Text.Length)
        {
            byte b = utf8Text[i];
            if (b < 0x80)
            {
                if (WillEncode(b))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(utf8Text[i..], out var rune, out int consumed) != System.Buffers.OperationStatus.Done || WillEncode(rune.Value))
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    /// <inheritdoc/>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        UnsafeRelaxedJsonEscaping.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
}
