using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using EmhRt.Planning;

namespace EmhRt.Tests.Reporting.Html;

/// <summary>
/// The page rendered by real headless Chromium: a screenshot, the DOM after parsing, and the A4 print. Skipped, with
/// the install command, when Chromium (or, for the PDF checks, pdftotext) is absent. Artifacts are kept (see <see cref="Chromium"/>).
/// </summary>
public class HtmlChromiumTests
{
    private static string WritePage(string name, PlanAssessment assessment)
    {
        var path = Path.Combine(Chromium.ArtifactDirectory, name + ".html");
        File.WriteAllText(path, HtmlCases.Html(assessment));
        return path;
    }

    [ChromiumFact]
    public void Screenshot_is_a_png_of_the_requested_size_with_real_content()
    {
        var page = WritePage("seed003", HtmlCases.Seed003Treated());
        var png = Path.Combine(Chromium.ArtifactDirectory, "seed003.png");
        File.Delete(png);
        var run = Chromium.Run(page, "--hide-scrollbars", "--window-size=1100,1600", "--screenshot=" + png);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(1100, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(1600, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        // A blank or unstyled page compresses to a few kilobytes; the rendered report is well over 50 KB.
        Assert.True(bytes.Length > 50_000, bytes.Length + " bytes");
    }

    [ChromiumFact]
    public void Rendered_dom_has_every_part_and_the_console_stays_silent()
    {
        var page = WritePage("reirradiation", HtmlCases.Reirradiation());
        var run = Chromium.Run(page, "--dump-dom");
        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var id in new[] { "header", "verdict", "findings", "volumes", "spine", "dose", "reirradiation", "calendar", "literature", "references", "review", "emhrt-data" })
        {
            Assert.Contains("id=\"" + id + "\"", run.Stdout, StringComparison.Ordinal);
        }

        // Console messages (errors, CSP violations) are logged as CONSOLE lines with --enable-logging.
        Assert.DoesNotMatch(new Regex("CONSOLE|Refused to|Content Security Policy", RegexOptions.IgnoreCase), run.Stderr);
    }

    [ChromiumPdfFact]
    public void Printed_pdf_has_the_verdict_on_page_1_and_the_spine_drawn_with_a_real_size()
    {
        var page = WritePage("reirradiation-print", HtmlCases.Reirradiation());
        var pdf = Path.Combine(Chromium.ArtifactDirectory, "reirradiation.pdf");
        File.Delete(pdf);
        var run = Chromium.Run(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var bytes = File.ReadAllBytes(pdf);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);

        var first = Chromium.PdfText(pdf, 1);
        Assert.Contains("Decision support, does not replace clinical judgement.", first, StringComparison.Ordinal);
        Assert.Contains("Verdict: Warning: review before treating", first, StringComparison.Ordinal);
        Assert.Contains("1 warning, 3 cautions, 3 info", first, StringComparison.Ordinal); // the organ findings of issue 21 added a caution and an info

        // A4 portrait: 595 x 842 points.
        var boxes = Chromium.PdfText(pdf, 1, boxes: true);
        Assert.Matches(new Regex("<page width=\"59[45]\\.[0-9]+\" height=\"84[12]\\.[0-9]+\""), boxes);

        // The spine's C1 and coccyx labels are printed far apart: the SVG has a real rendered size.
        var spinePage = Enumerable.Range(1, 8).Select(p => (Page: p, Text: Chromium.PdfText(pdf, p, boxes: true)))
            .First(p => p.Text.Contains(">C1<", StringComparison.Ordinal) && p.Text.Contains(">Co<", StringComparison.Ordinal));
        double Top(string word) => double.Parse(
            Regex.Match(spinePage.Text, "yMin=\"([0-9.]+)\"[^>]*>" + word + "<").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(Top("Co") - Top("C1"), 400, 842);
    }
}
