namespace EmhRt.Reporting.Html;

/// <summary>
/// The report's colours: the Okabe–Ito colour-blind-safe palette for fills and markers (never the only cue: every
/// fill has a pattern, every marker a shape, every severity an icon and a word), and dark text colours whose
/// contrast on white and on the light tints is at least 4.5:1 (WCAG 2.1 AA; the ratios are tested).
/// </summary>
internal static class HtmlPalette
{
    /// <summary>Body text, #1a1a1a (17.4:1 on white).</summary>
    public const string Text = "#1a1a1a";

    /// <summary>Secondary text, #4d4d4d (8.5:1 on white).</summary>
    public const string MutedText = "#4d4d4d";

    /// <summary>Links, #0b5394 (7.6:1 on white).</summary>
    public const string Link = "#0b5394";

    /// <summary>Page background.</summary>
    public const string Background = "#ffffff";

    /// <summary>Okabe–Ito vermillion: lesion.</summary>
    public const string Vermillion = "#D55E00";

    /// <summary>Okabe–Ito orange: CTV.</summary>
    public const string Orange = "#E69F00";

    /// <summary>Okabe–Ito sky blue: PTV.</summary>
    public const string SkyBlue = "#56B4E9";

    /// <summary>Okabe–Ito bluish green: treated span.</summary>
    public const string BluishGreen = "#009E73";

    /// <summary>Okabe–Ito reddish purple: prior courses.</summary>
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Okabe–Ito blue: the proposed plan's marker, complete responses.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Warning text and border, #9e3500 (6.4:1 on white, 5.3:1 on its tint).</summary>
    public const string WarningText = "#9e3500";

    /// <summary>Light tint behind a warning banner.</summary>
    public const string WarningTint = "#fbe9df";

    /// <summary>Caution text and border, #6b4e00 (7.9:1 on white).</summary>
    public const string CautionText = "#6b4e00";

    /// <summary>Light tint behind a caution banner.</summary>
    public const string CautionTint = "#fdf3d6";

    /// <summary>Info text and border, #005a8c (7.4:1 on white).</summary>
    public const string InfoText = "#005a8c";

    /// <summary>Light tint behind an info banner.</summary>
    public const string InfoTint = "#e3f1fa";

    /// <summary>Pass text and border, #00664a (7.0:1 on white).</summary>
    public const string PassText = "#00664a";

    /// <summary>Light tint behind a pass banner.</summary>
    public const string PassTint = "#dff3ec";

    /// <summary>Every (text, background) pair the page uses, for the contrast test.</summary>
    public static IReadOnlyList<(string Foreground, string Background)> TextPairs { get; } =
    [
        (Text, Background), (MutedText, Background), (Link, Background),
        (WarningText, Background), (WarningText, WarningTint), (Text, WarningTint),
        (CautionText, Background), (CautionText, CautionTint), (Text, CautionTint),
        (InfoText, Background), (InfoText, InfoTint), (Text, InfoTint),
        (PassText, Background), (PassText, PassTint), (Text, PassTint),
    ];
}
