using System.Diagnostics;

namespace EmhRt.Tests.Reporting.Html;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c> package) and poppler's <c>pdftotext</c> for the HTML end-to-end tests.
/// Paths: <c>EMHRT_CHROMIUM</c> or <c>/usr/bin/chromium</c>; <c>EMHRT_PDFTOTEXT</c> or <c>/usr/bin/pdftotext</c>.
/// Artifacts (pages, screenshots, PDFs) go to <c>EMHRT_TEST_ARTIFACTS</c>, or <c>artifacts/html</c> under the test
/// output directory, and are kept.
/// </summary>
internal static class Chromium
{
    public static string? BrowserPath { get; } = Find("EMHRT_CHROMIUM", "/usr/bin/chromium");

    public static string? PdfToTextPath { get; } = Find("EMHRT_PDFTOTEXT", "/usr/bin/pdftotext");

    public const string MissingBrowser =
        "Chromium not found (EMHRT_CHROMIUM or /usr/bin/chromium): install Debian's chromium package (apt-get install -y chromium) to run the HTML end-to-end tests";

    public const string MissingPdfToText =
        "pdftotext not found (EMHRT_PDFTOTEXT or /usr/bin/pdftotext): install Debian's poppler-utils package (apt-get install -y poppler-utils) to check the printed PDF";

    public static string ArtifactDirectory
    {
        get
        {
            var directory = Environment.GetEnvironmentVariable("EMHRT_TEST_ARTIFACTS") is { Length: > 0 } fromEnvironment
                ? Path.Combine(fromEnvironment, "html")
                : Path.Combine(AppContext.BaseDirectory, "artifacts", "html");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    /// <summary>Runs headless Chromium on <paramref name="page"/> with the flags of the engineering notes and a fresh profile.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string page, params string[] arguments)
    {
        var profile = Path.Combine(Path.GetTempPath(), "emhrt-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            string[] common =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
            ];
            return Execute(BrowserPath!, [.. common, .. arguments, new Uri(page).AbsoluteUri]);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A crashed renderer may still hold a file: the temp directory is left behind.
            }
        }
    }

    /// <summary>The text of one PDF page, with word boxes (<c>pdftotext -bbox</c>) when asked.</summary>
    public static string PdfText(string pdf, int page, bool boxes = false)
    {
        string[] args = boxes ? ["-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-bbox", pdf, "-"]
            : ["-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-layout", pdf, "-"];
        var (code, stdout, stderr) = Execute(PdfToTextPath!, args);
        Assert.True(code == 0, "pdftotext failed: " + stderr);
        return stdout;
    }

    private static (int ExitCode, string Stdout, string Stderr) Execute(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " did not finish within 2 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? Find(string variable, string fallback)
    {
        var path = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(path) && File.Exists(path))
        {
            return path;
        }

        return File.Exists(fallback) ? fallback : null;
    }
}

/// <summary>A fact that runs only when headless Chromium is installed, and says how to install it otherwise.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.BrowserPath is null)
        {
            Skip = Chromium.MissingBrowser;
        }
    }
}

/// <summary>A fact that needs both Chromium and pdftotext.</summary>
public sealed class ChromiumPdfFactAttribute : FactAttribute
{
    public ChromiumPdfFactAttribute()
    {
        if (Chromium.BrowserPath is null)
        {
            Skip = Chromium.MissingBrowser;
        }
        else if (Chromium.PdfToTextPath is null)
        {
            Skip = Chromium.MissingPdfToText;
        }
    }
}
