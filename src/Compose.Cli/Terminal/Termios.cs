using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Compose.Cli.Terminal;

/// <summary>
/// libc's <c>struct termios</c> as glibc and musl lay it out on Linux (60 bytes), followed by spare room so a libc
/// with a larger one (macOS: 72 bytes) cannot write past it. Blittable, so the interop needs no marshalling (AOT).
/// Only <see cref="LibC.CfMakeRaw"/> changes it; the fields are named for reading in a debugger and tests.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Termios
{
    public uint InputFlags;
    public uint OutputFlags;
    public uint ControlFlags;
    public uint LocalFlags;
    public byte LineDiscipline;
    public ControlCharacters Characters;
    public uint InputSpeed;
    public uint OutputSpeed;
    private Spare _spare;

    /// <summary><c>c_cc[NCCS]</c>, NCCS being 32 on Linux.</summary>
    [InlineArray(32)]
    public struct ControlCharacters
    {
        private byte _first;
    }

    [InlineArray(68)]
    private struct Spare
    {
        private byte _first;
    }
}
