using System.Runtime.InteropServices;

namespace Compose.Runtime.Native.Images.Layers;

/// <summary>
/// The few system calls .NET has no API for that layer unpacking, overlay mounts and the store lock need. Every
/// call returns -1 with errno set (read through <see cref="Marshal.GetLastPInvokeError"/>) on failure.
/// </summary>
internal static partial class Posix
{
    public const int AtFdCwd = -100;
    public const int AtSymlinkNoFollow = 0x100;
    public const uint CharacterDevice = 0x2000;
    public const uint BlockDevice = 0x6000;
    public const uint Fifo = 0x1000;
    public const int LockShared = 1;
    public const int LockExclusive = 2;
    public const int LockNonBlocking = 4;
    public const int LockUnlock = 8;
    public const int DetachUnmount = 2;
    public const int ErrNoEntry = 2;
    public const int ErrWouldBlock = 11;
    public const int ErrBusy = 16;
    public const int ErrInvalid = 22;
    public const int ErrNotSupported = 95;
    public const int OpenWriteOnly = 1;
    public const int OpenReadWrite = 2;
    public const int OpenExclusive = 0x80;
    public const int OpenNoFollow = 0x20000;
    public const int OpenCreate = 0x40;
    public const int OpenPath = 0x200000;
    public const int OpenDirectory = 0x10000;
    public const int OpenCloseOnExec = 0x80000;

    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Link(string existing, string created);

    [LibraryImport("libc", EntryPoint = "mknod", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MakeNode(string path, uint mode, ulong device);

    [LibraryImport("libc", EntryPoint = "lchown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ChangeOwnerNoFollow(string path, int owner, int group);

    [LibraryImport("libc", EntryPoint = "utimensat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetTimes(int directoryFd, string path, [In] TimeSpec[] times, int flags);

    [LibraryImport("libc", EntryPoint = "lsetxattr", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetAttribute(string path, string name, [In] byte[] value, nuint size, int flags);

    [LibraryImport("libc", EntryPoint = "lgetxattr", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetAttribute(string path, string name, [Out] byte[] value, nuint size);

    [LibraryImport("libc", EntryPoint = "mount", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Mount(string source, string target, string fileSystemType, ulong flags, string data);

    [LibraryImport("libc", EntryPoint = "umount2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Unmount(string target, int flags);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    public static partial int Flock(int fd, int operation);

    /// <summary><c>open(2)</c> with a mode: the descriptor is ours alone, without the advisory lock .NET's FileStream adds.</summary>
    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "strerror")]
    private static partial nint StrError(int error);

    public static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>The C library's text for an errno (<c>No such file or directory</c>).</summary>
    public static string Describe(int error) => Marshal.PtrToStringUTF8(StrError(error)) ?? $"errno {error}";

    /// <summary>Throws an <see cref="IOException"/> naming the call, the path and errno's text when <paramref name="result"/> is negative.</summary>
    public static void Check(long result, string call, string path)
    {
        if (result < 0)
        {
            var error = LastError;
            throw new IOException($"{call} {path}: {Describe(error)}", error);
        }
    }
}
