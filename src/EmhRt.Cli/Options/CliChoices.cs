namespace EmhRt.Cli;

/// <summary>The accepted tokens of every choice option, in the order shown in help and error messages.</summary>
internal static class CliChoices
{
    /// <summary><c>--sex</c></summary>
    public static readonly IReadOnlyList<(string Token, Sex Value)> Sexes =
        [("female", Sex.Female), ("male", Sex.Male)];

    /// <summary><c>--sex</c> and the batch column <c>sex</c> also accept the usual abbreviations <c>f</c> and <c>m</c>.</summary>
    public static readonly IReadOnlyList<(string Token, Sex Value)> SexesAndAbbreviations =
        [("female", Sex.Female), ("male", Sex.Male), ("f", Sex.Female), ("m", Sex.Male)];

    /// <summary><c>--fail-on</c></summary>
    public static readonly IReadOnlyList<(string Token, FailOnThreshold Value)> FailOn =
        [("info", FailOnThreshold.Info), ("caution", FailOnThreshold.Caution), ("warning", FailOnThreshold.Warning), ("never", FailOnThreshold.Never)];

    /// <summary><c>--format</c></summary>
    public static readonly IReadOnlyList<(string Token, OutputFormat Value)> Formats =
        [("text", OutputFormat.Text), ("json", OutputFormat.Json), ("csv", OutputFormat.Csv), ("html", OutputFormat.Html)];

    /// <summary>Report format when <c>--format</c> is absent.</summary>
    public const OutputFormat DefaultFormat = OutputFormat.Text;

    /// <summary>Threshold when <c>--fail-on</c> is absent.</summary>
    public const FailOnThreshold DefaultFailOn = FailOnThreshold.Warning;

    /// <summary>Formats declared in the contract but not implemented yet.</summary>
    public static readonly IReadOnlyCollection<string> UnavailableFormats = ["html"];

    /// <summary>The message for <c>--format html</c> until the HTML report exists.</summary>
    public const string HtmlUnavailableMessage = "--format html is not available yet: use text, json or csv";
}
