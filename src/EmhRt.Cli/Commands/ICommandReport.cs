namespace EmhRt.Cli;

/// <summary>A command's result in the three output formats (all invariant, <c>\n</c> line ends).</summary>
internal interface ICommandReport
{
    /// <summary>A readable terminal report.</summary>
    string ToText();

    /// <summary>One JSON object.</summary>
    string ToJson();

    /// <summary>A header row and data rows.</summary>
    string ToCsv();
}
