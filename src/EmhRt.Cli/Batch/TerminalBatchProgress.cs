using System.Globalization;

namespace EmhRt.Cli.Batch;

/// <summary>
/// A one-line progress indicator on stderr (<c>\r</c>-rewritten, at most every 250 ms). Shown only when stderr is
/// a terminal, the input is a file and <c>--quiet</c> is off (<see cref="ShouldShow"/>).
/// </summary>
internal sealed class TerminalBatchProgress(TextWriter error, TimeProvider? time = null) : IBatchProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private long lastTimestamp = long.MinValue;
    private bool shown;

    /// <summary>True when the indicator should be shown.</summary>
    public static bool ShouldShow(bool quiet, bool inputIsFile, bool stderrIsTerminal) => !quiet && inputIsFile && stderrIsTerminal;

    /// <summary>An indicator on <see cref="Console.Error"/> when <see cref="ShouldShow"/>, else null.</summary>
    public static IBatchProgress? ForConsole(bool quiet, BatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ShouldShow(quiet, input.IsFile, !Console.IsErrorRedirected) ? new TerminalBatchProgress(Console.Error) : null;
    }

    public void Report(long rowsWritten, long bytesRead, long? totalBytes)
    {
        var now = clock.GetTimestamp();
        if (lastTimestamp != long.MinValue && clock.GetElapsedTime(lastTimestamp, now) < Interval)
        {
            return;
        }

        lastTimestamp = now;
        shown = true;
        error.Write(totalBytes is > 0
            ? string.Create(CultureInfo.InvariantCulture, $"\rbatch: {rowsWritten} rows ({Math.Min(100.0, 100.0 * bytesRead / totalBytes.Value):0} %)   ")
            : string.Create(CultureInfo.InvariantCulture, $"\rbatch: {rowsWritten} rows   "));
        error.Flush();
    }

    public void Complete()
    {
        if (shown)
        {
            error.Write("\r" + new string(' ', 40) + "\r");
            error.Flush();
        }
    }
}
