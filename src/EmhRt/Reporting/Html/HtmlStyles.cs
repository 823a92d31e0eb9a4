namespace EmhRt.Reporting.Html;

/// <summary>
/// The page's only stylesheet (inline, no fonts or images from anywhere): screen layout, and <c>@media print</c> for
/// A4 with backgrounds printed and the header and verdict kept together on page 1.
/// </summary>
internal static class HtmlStyles
{
    /// <summary>The CSS text.</summary>
    public const string Css =
        "*{box-sizing:border-box}" +
        "body{margin:0 auto;max-width:60rem;padding:1rem 1.25rem 2rem;font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",\"DejaVu Sans\",Arial,sans-serif;color:" + HtmlPalette.Text + ";background:" + HtmlPalette.Background + "}" +
        "h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #999;padding-bottom:.15rem}h3{font-size:1rem;margin:1rem 0 .4rem}" +
        "a{color:" + HtmlPalette.Link + "}" +
        ".disclaimer{font-weight:700;border:2px solid " + HtmlPalette.Text + ";padding:.35rem .6rem;margin:.5rem 0}" +
        ".ident{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0;font-size:.9rem}.ident dt{font-weight:700}.ident dd{margin:0;overflow-wrap:anywhere}" +
        ".verdict{display:flex;gap:.8rem;align-items:center;border:2px solid;border-left-width:10px;padding:.6rem .8rem;margin:.8rem 0}" +
        ".verdict .words{font-size:1.25rem;font-weight:700}.verdict p{margin:.1rem 0}" +
        ".verdict.warning{border-color:" + HtmlPalette.WarningText + ";background:" + HtmlPalette.WarningTint + "}" +
        ".verdict.caution{border-color:" + HtmlPalette.CautionText + ";background:" + HtmlPalette.CautionTint + "}" +
        ".verdict.info{border-color:" + HtmlPalette.InfoText + ";background:" + HtmlPalette.InfoTint + "}" +
        ".verdict.pass{border-color:" + HtmlPalette.PassText + ";background:" + HtmlPalette.PassTint + "}" +
        ".findings{list-style:none;padding:0;margin:0}.findings li{border-left:6px solid;padding:.3rem .6rem;margin:.4rem 0}" +
        ".findings .sev{font-weight:700;margin-right:.4rem}.findings code{font-weight:700}" +
        ".findings li.warning{border-color:" + HtmlPalette.WarningText + "}.findings li.warning .sev{color:" + HtmlPalette.WarningText + "}" +
        ".findings li.caution{border-color:" + HtmlPalette.CautionText + "}.findings li.caution .sev{color:" + HtmlPalette.CautionText + "}" +
        ".findings li.info{border-color:" + HtmlPalette.InfoText + "}.findings li.info .sev{color:" + HtmlPalette.InfoText + "}" +
        ".cite{text-decoration:none;font-size:.85em;margin-left:.1em}" +
        "table{border-collapse:collapse;margin:.4rem 0 .9rem;font-size:.9rem}caption{text-align:left;font-weight:700;padding:.2rem 0}" +
        "th,td{border:1px solid #999;padding:.2rem .45rem;text-align:left;vertical-align:top}thead th{background:#eee}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}" +
        "figure{margin:.6rem 0}figcaption{font-size:.9rem;color:" + HtmlPalette.MutedText + "}svg{max-width:100%;height:auto}" +
        ".months{display:flex;flex-wrap:wrap;gap:0 1.2rem}.month td{text-align:center;min-width:2.3rem}.month td.treat{font-weight:700;background:#e3f1fa}.month td.holiday{background:#fbe9df}" +
        ".alt{font-size:.9rem}.note{font-size:.9rem;color:" + HtmlPalette.MutedText + "}" +
        ".review{border:2px solid " + HtmlPalette.Text + ";padding:.5rem .8rem;margin-top:1.5rem}.review dl{display:grid;grid-template-columns:max-content 1fr;gap:1.1rem .8rem;margin:.4rem 0}.review dt{font-weight:700}.review dd{margin:0;border-bottom:1px solid " + HtmlPalette.Text + ";min-height:1.4rem}" +
        ".refs li{margin:.2rem 0}.refs .key{font-family:monospace}" +
        "@media print{@page{size:A4;margin:12mm}body{max-width:none;padding:0;font-size:10.5pt}" +
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}#spine svg{height:230mm;width:auto}" +
        ".top{break-inside:avoid;break-after:auto}.verdict,.findings li,figure,table,.review{break-inside:avoid}h2,h3{break-after:avoid}a{color:inherit;text-decoration:none}}";
}
