using System.Globalization;

namespace EmhRt.Tests.Doses;

/// <summary>Runs assertions under a given current culture and UI culture, restoring both afterwards.</summary>
internal static class InCulture
{
    public static readonly TheoryData<string> Cultures = new() { "de-DE", "fr-FR", "tr-TR", "ar-SA", "ja-JP" };

    public static void Run(string name, Action action)
    {
        var culture = CultureInfo.CurrentCulture;
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
