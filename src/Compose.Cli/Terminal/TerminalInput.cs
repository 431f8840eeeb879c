using System.Runtime.InteropServices;

namespace Compose.Cli.Terminal;

/// <summary>
/// The terminal's keys as bytes, read from fd 0 with <c>read(2)</c>, bypassing <see cref="Console"/>'s stdin stream
/// (which on a terminal reads through .NET's line editor and resets the terminal's mode on each read). A read waits
/// in <c>poll(2)</c> a little at a time so that cancelling it (the session ended) returns promptly and no key typed
/// afterwards is swallowed.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class TerminalInput : Stream
{
    private const int PollMilliseconds = 100;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count), CancellationToken.None);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(Task.Run(() => Read(buffer.Span, cancellationToken), cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Up to <paramref name="buffer"/>'s length of bytes once some are there; 0 at end of input (hang-up).</summary>
    private static int Read(Span<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var poll = new LibC.PollFd { Fd = LibC.StdinFd, Events = LibC.PollIn };
            var ready = LibC.Poll(ref poll, 1, PollMilliseconds);
            if (ready == 0 || (ready < 0 && Marshal.GetLastPInvokeError() == LibC.ErrInterrupted))
            {
                continue;
            }

            if (ready < 0)
            {
                throw new IOException($"cannot wait for terminal input (errno {Marshal.GetLastPInvokeError()}).");
            }

            var read = LibC.Read(LibC.StdinFd, ref MemoryMarshal.GetReference(buffer), (nuint)buffer.Length);
            if (read >= 0)
            {
                return (int)read;
            }

            if (Marshal.GetLastPInvokeError() != LibC.ErrInterrupted)
            {
                throw new IOException($"cannot read terminal input (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
    }
}
