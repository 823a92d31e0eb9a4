using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EmhRt.Reporting;

namespace EmhRt.Tests.Reporting;

/// <summary>
/// <see cref="ReportJsonEncoder"/> escapes exactly as <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>: the
/// same decision for every BMP code point and byte-identical JSON for every BMP character, surrogate pairs, lone
/// surrogates, invalid UTF-8 and random text.
/// </summary>
public class ReportJsonEncoderTests
{
    private static readonly JavaScriptEncoder Relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [Fact]
    public void Every_BMP_code_point_is_escaped_or_kept_as_the_relaxed_encoder_decides()
    {
        var differences = new List<string>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            // Surrogate code points are not scalar values: the relaxed encoder refuses them (a test below covers lone surrogates in text).
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            if (ReportJsonEncoder.Instance.WillEncode(c) != Relaxed.WillEncode(c))
            {
                differences.Add($"U+{c:X4} {System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)} relaxed={Relaxed.WillEncode(c)}");
            }
        }

        Assert.True(differences.Count == 0, "differ at " + string.Join(", ", differences.Take(400)));
        Assert.Equal(Relaxed.MaxOutputCharactersPerInputCharacter, ReportJsonEncoder.Instance.MaxOutputCharactersPerInputCharacter);
    }

    [Fact]
    public void Json_of_every_BMP_character_is_byte_identical()
    {
        var text = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                text.Append((char)c);
            }
        }

        string all = text.ToString();
        AssertSameJson(all);
        for (int start = 0; start < all.Length; start += 997)
        {
            AssertSameJson(all.Substring(start, Math.Min(997, all.Length - start)));
        }
    }

    [Theory]
    [InlineData("α/β 10 Gy – 16–20 Gy ± 5 Gy₂ ≤ 98")]
    [InlineData("😀 U+1F600 and \ud834\udd1e")]
    [InlineData("lone \ud800 high and \udc00 low")]
    [InlineData("quote \" backslash \\ tab \t newline \n nul \0 del \u007f")]
    [InlineData("soft\u00adhyphen, zwsp\u200b, bom\ufeff, line\u2028para\u2029, private\ue000, unassigned\u0378")]
    [InlineData("<script>alert('x') & +1</script>")]
    public void Json_of_report_text_and_edge_cases_is_byte_identical(string value) => AssertSameJson(value);

    [Fact]
    public void Utf8_property_names_and_invalid_utf8_are_escaped_as_the_relaxed_encoder_does()
    {
        byte[][] samples =
        [
            "plain"u8.ToArray(), "α/β"u8.ToArray(), [0x61, 0xFF, 0x62], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xC3], "a\"b\\c"u8.ToArray(),
        ];
        foreach (var bytes in samples)
        {
            Assert.Equal(Relaxed.FindFirstCharacterToEncodeUtf8(bytes), ReportJsonEncoder.Instance.FindFirstCharacterToEncodeUtf8(bytes));
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Json_of_any_string_is_byte_identical(string? value) => value is null || Write(value, ReportJsonEncoder.Instance).SequenceEqual(Write(value, Relaxed));

    private static void AssertSameJson(string value)
    {
        var ours = Write(value, ReportJsonEncoder.Instance);
        var theirs = Write(value, Relaxed);
        if (!ours.SequenceEqual(theirs))
        {
            int at = 0;
            while (at < ours.Length && at < theirs.Length && ours[at] == theirs[at])
            {
                at++;
            }

            string Around(byte[] b) => Encoding.UTF8.GetString(b, Math.Max(0, at - 20), Math.Min(60, b.Length - Math.Max(0, at - 20)));
            Assert.Fail($"JSON differs for a {value.Length}-character string at byte {at}: ours …{Around(ours)}… relaxed …{Around(theirs)}…");
        }
    }

    private static byte[] Write(string value, JavaScriptEncoder encoder)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString(value, value);
            writer.WriteString("u8"u8, value);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
