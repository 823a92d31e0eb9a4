using EmhRt.Planning;
using EmhRt.Protocol;
using EmhRt.Scheduling;
using EmhRt.Text;

namespace EmhRt.Cli;

/// <summary>
/// Reading the files that options name (a holidays list, a protocol), the same way in every command: each problem
/// becomes one "--option: file: what" message, and nothing is thrown for bad content.
/// </summary>
internal static class CommandFiles
{
    /// <summary>Adds the dates of a holidays file (one yyyy-MM-dd per line, <c>#</c> comments) to <paramref name="dates"/>, or one error per bad line.</summary>
    public static void ReadHolidays(string file, List<DateOnly> dates, List<string> errors)
    {
        try
        {
            if (!InputText.TryReadBytes(file, InputLimits.MaxFileBytes, out var bytes, out var readError)
                || !InputText.TryDecodeUtf8(bytes, out var text, out readError))
            {
                errors.Add($"--holidays-file: {file}: {readError}");
                return;
            }

            var parsed = HolidayList.Parse(text);
            if (parsed.Success)
            {
                dates.AddRange(parsed.Value.Dates);
                return;
            }

            // The library lists every bad line as "line N: ...", joined with "; ".
            foreach (var problem in SplitLineErrors(parsed.Error!))
            {
                errors.Add($"--holidays-file: {file}: {problem}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"--holidays-file: cannot read '{file}': {e.Message}");
        }
    }

    /// <summary>The assessor for <c>--protocol FILE</c> (the default protocol's when no file is given), or one error per protocol problem.</summary>
    public static PlanAssessor LoadAssessor(string? protocolFile, List<string> errors)
    {
        if (protocolFile is null)
        {
            return PlanAssessor.Default;
        }

        var loaded = ProtocolLoader.LoadFile(protocolFile);
        if (loaded.Success)
        {
            return new PlanAssessor(loaded.Value!);
        }

        errors.AddRange(loaded.Errors.Select(e => $"--protocol: {protocolFile}: {e}"));
        return PlanAssessor.Default;
    }

    private static IEnumerable<string> SplitLineErrors(string message)
    {
        int from = 0;
        while (true)
        {
            int next = message.IndexOf("; line ", from, StringComparison.Ordinal);
            if (next < 0)
            {
                yield return message[from..];
                yield break;
            }

            yield return message[from..next];
            from = next + 2;
        }
    }
}
