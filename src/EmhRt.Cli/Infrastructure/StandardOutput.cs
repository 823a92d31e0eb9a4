using System.Text;
using Microsoft.Win32.SafeHandles;

namespace EmhRt.Cli;

/// <summary>
/// Standard output of the real process as a buffered UTF-8 writer over file descriptor 1 that reports write errors.
/// <see cref="Console.Out"/> silently drops output on a broken pipe (<c>emhrt batch big.csv | head</c> then
/// processes the whole file for nobody); here a broken pipe, a full device (<c>&gt; /dev/full</c>) or a closed
/// stdout (<c>&gt;&amp;-</c>) is an <see cref="IOException"/> whose message says "cannot write to standard output",
/// which the CLI reports on one line with exit code 2.
/// </summary>
internal static class StandardOutput
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Bytes buffered before a write to file descriptor 1 (64 KiB). The file stream allocates this buffer on the first
    /// write without clearing it, so a short report touches only the pages it fills.
    /// </summary>
    private const int FileBufferBytes = 1 << 16;

    /// <summary>
    /// Characters the text writer holds before encoding them into the file buffer (1,024). The writer allocates its
    /// buffers cleared, at start: 2 KiB of characters and 3 KiB of bytes, where 16,384 characters cost 80 KiB, 20 pages
    /// faulted in by every run of the native tool (see benchmarks/startup/README.md).
    /// </summary>
    private const int WriterBufferChars = 1 << 10;

    /// <summary>Opens the writer (falls back to <see cref="Console.Out"/> on Windows).</summary>
    public static TextWriter Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        Stream stream;
        try
        {
            stream = new ReportingStream(new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, FileBufferBytes));
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            stream = new ReportingStream(null, e.Message);
        }

        return new StreamWriter(stream, Utf8NoBom, WriterBufferChars) { AutoFlush = false, NewLine = Environment.NewLine };
    }

    /// <summary>Runs <paramref name="run"/> with standard output and flushes it; a write failure becomes exit code 2.</summary>
    public static int Run(Func<TextWriter, int> run, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stderr);
        var stdout = Open();
        var exit = run(stdout);
        try
        {
            stdout.Flush();
        }
        catch (IOException e)
        {
            stderr.WriteLine("error: " + e.Message.ReplaceLineEndings(" "));
            return ExitCodes.InvalidInput;
        }

        // A failure already raised (and reported by the command) drops the rest: one message, exit code 2 at least.
        if (stdout is StreamWriter { BaseStream: ReportingStream { Failure: { } failure } } && exit is ExitCodes.Success or ExitCodes.FindingsAtOrAboveThreshold)
        {
            stderr.WriteLine("error: " + failure.ReplaceLineEndings(" "));
            return ExitCodes.InvalidInput;
        }

        return exit;
    }

    /// <summary>A write-only stream that turns every failure into "cannot write to standard output: ...".</summary>
    private sealed class ReportingStream(FileStream? inner, string? openError = null) : Stream
    {
        /// <summary>The message of the first failure, after which writes are dropped; null while all is well.</summary>
        public string? Failure { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
            if (Failure is not null)
            {
                return;
            }

            try
            {
                if (inner is not null)
                {
                    inner.Flush();
                    SyncSharedOffset(inner);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Fail(e);
            }
        }

        /// <summary>
        /// A file stream writes a regular file at a position it tracks itself (pwrite) and leaves the descriptor's offset,
        /// which the shell shares with the next command writing to the same redirection, where it found it: in
        /// <c>{ emhrt …; emhrt …; } &gt; out</c> the second report would overwrite the first. Reading
        /// <see cref="FileStream.SafeFileHandle"/> moves the descriptor's offset to the stream's position.
        /// </summary>
        private static void SyncSharedOffset(FileStream stream)
        {
            if (stream.CanSeek)
            {
                _ = stream.SafeFileHandle;
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Failure is not null)
            {
                return;
            }

            if (inner is null)
            {
                Failure = "cannot write to standard output: " + (openError ?? "it is closed");
                throw new IOException(Failure);
            }

            try
            {
                inner.Write(buffer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Fail(e);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner?.Dispose();
            }

            base.Dispose(disposing);
        }

        private IOException Fail(Exception e)
        {
            // A closed descriptor surfaces as UnauthorizedAccessException wrapping "Bad file descriptor".
            var message = e is UnauthorizedAccessException && e.InnerException is IOException inner ? inner.Message : e.Message;
            var path = message.IndexOf(" : '", StringComparison.Ordinal);
            if (path > 0)
            {
                message = message[..path];
            }

            Failure = "cannot write to standard output: " + message.TrimEnd('.');
            return new IOException(Failure, e);
        }
    }
}
