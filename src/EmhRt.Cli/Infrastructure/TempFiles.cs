using System.Runtime.InteropServices;

namespace EmhRt.Cli;

/// <summary>
/// The temporary output files of this process that are still being written. On SIGINT, SIGTERM or SIGHUP they are
/// deleted before the process ends (the signal's default action then proceeds), so an interrupted run leaves no
/// hidden <c>.NAME.XXXX.tmp</c> behind. Process-wide by nature: it belongs to the CLI, not the library.
/// </summary>
internal static class TempFiles
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Live = new(StringComparer.Ordinal);
    private static List<PosixSignalRegistration>? registrations;

    /// <summary>Registers <paramref name="path"/> for deletion on a terminating signal.</summary>
    public static void Add(string path)
    {
        lock (Gate)
        {
            Live.Add(path);
            if (registrations is null && !OperatingSystem.IsWindows())
            {
                registrations = [];
                foreach (var signal in (ReadOnlySpan<PosixSignal>)[PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP])
                {
                    registrations.Add(PosixSignalRegistration.Create(signal, static _ => DeleteAll()));
                }
            }
        }
    }

    /// <summary>Forgets <paramref name="path"/> (renamed over its target or deleted).</summary>
    public static void Remove(string path)
    {
        lock (Gate)
        {
            Live.Remove(path);
        }
    }

    /// <summary>Deletes every registered file (best effort); called from the signal handler.</summary>
    internal static void DeleteAll()
    {
        lock (Gate)
        {
            foreach (var path in Live)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Best effort while the process ends.
                }
            }

            Live.Clear();
        }
    }
}
