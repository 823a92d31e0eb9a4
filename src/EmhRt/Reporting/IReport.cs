namespace EmhRt.Reporting;

/// <summary>
/// A report of the <c>ctv</c>, <c>eqd2</c>, <c>schedule</c> or <c>cases</c> kind in its three formats. Every format is
/// culture-invariant UTF-16 text with <c>\n</c> line ends; the JSON follows the schema named by its
/// <c>schemaVersion</c> (<see cref="OutputSchemas"/>).
/// </summary>
public interface IReport
{
    /// <summary>A readable terminal report (unescaped: a front end escapes control characters for its terminal).</summary>
    /// <returns>The text, ending with a newline.</returns>
    string ToText();

    /// <summary>One indented JSON object.</summary>
    /// <returns>The JSON, ending with a newline.</returns>
    string ToJson();

    /// <summary>A header row and data rows (snake_case columns).</summary>
    /// <returns>The CSV, each line ending with a newline.</returns>
    string ToCsv();
}
