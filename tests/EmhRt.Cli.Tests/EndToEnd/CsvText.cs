using System.Text;

namespace EmhRt.Cli.Tests.EndToEnd;

/// <summary>
/// A small RFC 4180 reader and writer written independently of the CLI's CSV code, so that tests do not check
/// the CLI against itself.
/// </summary>
internal static class CsvText
{
    /// <summary>Splits CSV text into records of fields (quotes, doubled quotes, separators and newlines inside quotes).</summary>
    public static List<string[]> Parse(string text, char separator = ',')
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"')
            {
                inQuotes = true;
                any = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                any = true;
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                any = false;
            }
            else
            {
                field.Append(c);
                any = true;
            }
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }

    /// <summary>Quotes a field when it holds the separator, a quote or a line break.</summary>
    public static string Quote(string field, char separator = ',') =>
        field.AsSpan().IndexOfAny([separator, '"', '\n', '\r']) >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    /// <summary>One CSV record (no line break).</summary>
    public static string Record(IEnumerable<string> fields, char separator = ',') =>
        string.Join(separator, fields.Select(f => Quote(f, separator)));
}
