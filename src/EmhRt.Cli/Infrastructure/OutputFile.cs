using System.Text;

namespace EmhRt.Cli;

/// <summary>
/// An output file opened for <c>--output PATH</c>, replacing what is at the path without destroying it:
/// <list type="bullet">
/// <item>a regular file (or a new one) is written to a temporary file in the same directory, flushed to disk and
/// renamed over the target on <see cref="Commit"/>, so readers see the old or the complete new content; the
/// replaced file's permission bits (and owner, where allowed) are kept; a read-only file is refused;</item>
/// <item>a FIFO, a character or block device (<c>/dev/null</c>, <c>/dev/stdout</c>) or a socket is written in
/// place: it is never replaced by a regular file;</item>
/// <item>a symbolic link is followed: its final target is written (or replaced), the link stays.</item>
/// </list>
/// The temporary file is deleted when the output is disposed without a commit (an error, a cancellation) and
/// when the process gets SIGINT, SIGTERM or SIGHUP (see <see cref="TempFiles"/>). Its name is at most 255 bytes.
/// Problems with the path become a <see cref="CliInputException"/> naming it (exit code 2).
/// </summary>
internal sealed class OutputFile : IDisposable
{
    /// <summary>Longest file name most file systems accept, in bytes.</summary>
    private const int MaxNameBytes = 255;

    private readonly string displayPath;
    private readonly string targetPath;
    private readonly string? tempPath;
    private readonly FileFacts replaced;
    private bool committed;
    private bool disposed;

    private OutputFile(FileStream stream, string displayPath, string targetPath, string? tempPath, FileFacts replaced)
    {
        Stream = stream;
        this.displayPath = displayPath;
        this.targetPath = targetPath;
        this.tempPath = tempPath;
        this.replaced = replaced;
    }

    /// <summary>The stream to write to (the temporary file, or the special file itself).</summary>
    public FileStream Stream { get; }

    /// <summary>True when the output is written in place (a FIFO or a device), not through a temporary file.</summary>
    public bool InPlace => tempPath is null;

    /// <summary>Opens <paramref name="path"/> for writing (see the class remarks).</summary>
    /// <exception cref="CliInputException">The path cannot be written: not valid, a directory, read-only, missing directory, I/O error.</exception>
    public static OutputFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = FullPath(path);
        var facts = UnixFile.Stat(full);
        var target = full;
        try
        {
            if (facts.Kind == FileKind.Regular && IsDescriptorAlias(full))
            {
                // /dev/stdout or /proc/self/fd/N naming a regular file (`--output /dev/stdout >> log`): append to what
                // the descriptor names, never replace the file behind it.
                var appended = new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 0);
                return new OutputFile(appended, path, full, null, facts);
            }

            if (facts.Kind == FileKind.Special)
            {
                // Through any links (/dev/stdout -> /proc/self/fd/1 -> pipe): the kernel follows them, we never replace.
                var special = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 0);
                return new OutputFile(special, path, full, null, facts);
            }

            target = ResolveTarget(path);
            facts = UnixFile.Stat(target);
            switch (facts.Kind)
            {
                case FileKind.Directory:
                    throw new CliInputException($"cannot write '{path}': it is a directory; give a file name");
                case FileKind.Regular when IsReadOnly(target, facts):
                    throw new CliInputException(
                        $"cannot write '{path}': the file is read-only (mode {ModeText(facts.Mode)}); make it writable or choose another file");
            }

            var directory = Path.GetDirectoryName(target) ?? ".";
            if (!Directory.Exists(directory))
            {
                throw new CliInputException($"cannot write '{path}': directory '{directory}' does not exist");
            }

            var temp = Path.Combine(directory, TempName(Path.GetFileName(target)));
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 1 << 16,
            };
            if (facts.Kind == FileKind.Regular && !OperatingSystem.IsWindows())
            {
                // Never more permissive than the file it replaces, not even for a moment.
                options.UnixCreateMode = facts.Mode & (UnixFileMode)0x1FF;
            }

            TempFiles.Add(temp);
            try
            {
                return new OutputFile(new FileStream(temp, options), path, target, temp, facts);
            }
            catch
            {
                TempFiles.Remove(temp);
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write '{path}': {e.Message}", e);
        }
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> name the same existing file: the same full path after
    /// following symbolic links, or the same device and inode (hard links, bind mounts).
    /// </summary>
    public static bool SameFile(string a, string b)
    {
        string targetA, targetB;
        try
        {
            targetA = ResolveTarget(a);
            targetB = ResolveTarget(b);
        }
        catch (CliInputException)
        {
            return false;
        }

        if (string.Equals(targetA, targetB, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return true;
        }

        var factsA = UnixFile.Stat(targetA);
        var factsB = UnixFile.Stat(targetB);
        return factsA.Kind == FileKind.Regular && factsB.Kind == FileKind.Regular && factsA.HasIdentity
            && factsA.Device == factsB.Device && factsA.Inode == factsB.Inode;
    }

    /// <summary>Flushes the content to disk and, for a regular file, renames the temporary file over the target.</summary>
    /// <exception cref="CliInputException">The content could not be written or moved (disk full, device error).</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            if (tempPath is null)
            {
                Stream.Flush();
                committed = true;
                return;
            }

            Stream.Flush(flushToDisk: true);
            Stream.Dispose();
            if (replaced.Kind == FileKind.Regular && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(tempPath, replaced.Mode);
                if (replaced.HasIdentity)
                {
                    _ = UnixFile.TryChown(tempPath, replaced.Uid, replaced.Gid);
                }
            }

            File.Move(tempPath, targetPath, overwrite: true);
            committed = true;
            TempFiles.Remove(tempPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write '{displayPath}': {e.Message}", e);
        }
    }

    /// <summary>Closes the stream; deletes the temporary file when the output was not committed.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            Stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write already failed or is abandoned; the original failure is the one worth reporting.
        }

        if (tempPath is not null && !committed)
        {
            try
            {
                File.Delete(tempPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort.
            }

            TempFiles.Remove(tempPath);
        }
    }

    /// <summary>
    /// <c>.NAME.XXXXXXXX.tmp</c> in at most 255 UTF-8 bytes: a long NAME is cut (at a character boundary) so that the
    /// temporary name fits wherever the final name does.
    /// </summary>
    internal static string TempName(string fileName)
    {
        var suffix = "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        var room = MaxNameBytes - 1 - suffix.Length;
        var name = fileName;
        if (Encoding.UTF8.GetByteCount(name) > room)
        {
            var end = 0;
            var bytes = 0;
            foreach (var rune in name.EnumerateRunes())
            {
                if (bytes + rune.Utf8SequenceLength > room)
                {
                    break;
                }

                bytes += rune.Utf8SequenceLength;
                end += rune.Utf16SequenceLength;
            }

            name = name[..end];
        }

        return "." + name + suffix;
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliInputException($"cannot write '{path}': not a valid file path", e);
        }
    }

    private static string ResolveTarget(string path)
    {
        var full = FullPath(path);

        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is null)
            {
                return full;
            }

            var link = info.ResolveLinkTarget(returnFinalTarget: true);
            return link is null ? full : Path.GetFullPath(link.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write '{path}': {e.Message}", e);
        }
    }

    /// <summary>A path that names an open descriptor of this process: <c>/dev/stdout</c>, <c>/dev/fd/N</c>, <c>/proc/self/fd/N</c>.</summary>
    private static bool IsDescriptorAlias(string fullPath) =>
        !OperatingSystem.IsWindows()
        && (fullPath is "/dev/stdout" or "/dev/stderr"
            || fullPath.StartsWith("/dev/fd/", StringComparison.Ordinal)
            || fullPath.StartsWith("/proc/self/fd/", StringComparison.Ordinal)
            || fullPath.StartsWith("/proc/thread-self/fd/", StringComparison.Ordinal));

    private static bool IsReadOnly(string target, FileFacts facts)
    {
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        if (!OperatingSystem.IsWindows() && (facts.Mode & anyWrite) == 0)
        {
            return true;
        }

        return new FileInfo(target).IsReadOnly;
    }

    private static string ModeText(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0xFFF, 8);
}
