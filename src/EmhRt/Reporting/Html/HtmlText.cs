using System.Globalization;
using System.Text;

namespace EmhRt.Reporting.Html;

/// <summary>
/// Escaping and invariant number text for the HTML report: every piece of text that reaches the page goes through
/// <see cref="Escape(string?)"/>, every number through <see cref="Number"/> or <see cref="Integer"/>.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text escaped for element content and quoted attribute values (&amp; &lt; &gt; &quot; &#39;).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>Invariant number rounded half away from zero with at most <paramref name="decimals"/> decimals ("17.1", "20").</summary>
    public static string Number(double value, int decimals = 1)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        return rounded.ToString(decimals switch { 0 => "0", 1 => "0.#", 2 => "0.##", _ => "0.###" }, CultureInfo.InvariantCulture);
    }

    /// <summary>Invariant number with exactly <paramref name="decimals"/> decimals ("17.10"), halves away from zero.</summary>
    public static string Fixed(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        return rounded.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>Invariant whole number.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An SVG coordinate: at most two decimals, invariant.</summary>
    public static string Coordinate(double value) => Number(value, 2);

    /// <summary>"s" unless <paramref name="count"/> is 1.</summary>
    public static string Plural(int count) => count == 1 ? string.Empty : "s";
}
