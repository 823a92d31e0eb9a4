using System.Globalization;
using EmhRt.Findings;
using EmhRt.Reporting.Html;

namespace EmhRt.Cli.Batch;

/// <summary>Feeds the output rows of a batch, in order, to the library's <see cref="BatchHtmlSummary"/> (constant memory).</summary>
internal sealed class BatchSummarySink : IBatchRowSink
{
    /// <summary>The summary being collected.</summary>
    public BatchHtmlSummary Summary { get; } = new();

    public void WriteHeader()
    {
    }

    public void Write(long line, string? id, in BatchOutputRow row)
    {
        if (row.Status == BatchRowStatus.Invalid)
        {
            Summary.AddInvalid();
            return;
        }

        Severity? highest = row.HighestSeverity is { Length: > 0 } text && SeverityText.Parse(text) is { Success: true } parsed ? parsed.Value : null;
        string[] codes = row.FindingCodes is { Length: > 0 } list ? Codes(list) : [];
        Summary.Add(line, id, row.Status == BatchRowStatus.Pass, highest, codes, Number(row.Values.Eqd2EmhGy), Number(row.Values.PtvLengthMm));
    }

    public void Flush()
    {
    }

    public void Dispose()
    {
    }

    // The same few code lists repeat across a batch: split each once (at most 256 kept, so memory stays bounded).
    private readonly Dictionary<string, string[]> _split = new(StringComparer.Ordinal);

    private string[] Codes(string list)
    {
        if (!_split.TryGetValue(list, out var codes))
        {
            codes = list.Split(';');
            if (_split.Count < 256)
            {
                _split[list] = codes;
            }
        }

        return codes;
    }

    private static double? Number(string? text) =>
        text is { Length: > 0 } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
