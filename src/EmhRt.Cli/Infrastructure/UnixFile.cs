using System.Runtime.InteropServices;
using System.Text;

namespace EmhRt.Cli;

/// <summary>What is at a path, as <c>statx(2)</c> sees it after following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing (or a dangling symbolic link).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO, a character or block device or a socket: written in place, never replaced.</summary>
    Special,
}

/// <summary>The facts of one file that writing an output needs: its kind, permission bits, owner and identity.</summary>
internal readonly record struct FileFacts(FileKind Kind, UnixFileMode Mode, uint Uid, uint Gid, ulong Device, ulong Inode)
{
    /// <summary>True when the facts identify the file (device and inode are known).</summary>
    public bool HasIdentity => Device != 0 || Inode != 0;
}

/// <summary>
/// The few POSIX calls .NET does not expose: the file type (FIFO, device) and owner through <c>statx(2)</c>, and
/// <c>chown(2)</c>. On a system without them (Windows, an old libc) <see cref="Stat"/> falls back to what .NET knows.
/// </summary>
internal static class UnixFile
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxBufferSize = 256;
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;

    private static bool statxMissing = !OperatingSystem.IsLinux();

    /// <summary>What is at <paramref name="path"/> (symbolic links followed).</summary>
    public static FileFacts Stat(string path)
    {
        if (!statxMissing)
        {
            var buffer = new byte[StatxBufferSize];
            try
            {
                if (NativeMethods.Statx(AtFdCwd, ToCString(path), 0, StatxBasicStats, buffer) == 0)
                {
                    var mode = BitConverter.ToUInt16(buffer, 28);
                    var kind = (mode & 0xF000) switch
                    {
                        0x8000 => FileKind.Regular,
                        0x4000 => FileKind.Directory,
                        _ => FileKind.Special,
                    };
                    var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
                    return new FileFacts(kind, (UnixFileMode)(mode & 0xFFF), BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24), device, BitConverter.ToUInt64(buffer, 32));
                }

                var errno = Marshal.GetLastPInvokeError();
                if (errno is ENOENT or ENOTDIR)
                {
                    return default;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                statxMissing = true;
            }
        }

        if (Directory.Exists(path))
        {
            return new FileFacts(FileKind.Directory, default, 0, 0, 0, 0);
        }

        if (!File.Exists(path))
        {
            return default;
        }

        var fileMode = OperatingSystem.IsWindows() ? UnixFileMode.UserRead | UnixFileMode.UserWrite : File.GetUnixFileMode(path);
        return new FileFacts(FileKind.Regular, fileMode, 0, 0, 0, 0);
    }

    /// <summary>Gives <paramref name="path"/> the owner <paramref name="uid"/>:<paramref name="gid"/>; false when not allowed.</summary>
    public static bool TryChown(string path, uint uid, uint gid)
    {
        if (statxMissing)
        {
            return false;
        }

        try
        {
            return NativeMethods.Chown(ToCString(path), uid, gid) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static byte[] ToCString(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

        [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Chown(byte[] path, uint uid, uint gid);
    }
}
