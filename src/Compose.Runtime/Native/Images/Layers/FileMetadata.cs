using System.Formats.Tar;
using System.Text;

namespace Compose.Runtime.Native.Images.Layers;

/// <summary>Owner, mode, extended attributes and times of an unpacked entry, applied as the tar header says, without following links.</summary>
internal static class FileMetadata
{
    private const string XattrPrefix = "SCHILY.xattr.";

    /// <summary>Owner first: chown clears set-user-id and set-group-id bits, so the mode must come after it.</summary>
    public static void Apply(string path, TarEntry entry, bool isLink)
    {
        Posix.Check(Posix.ChangeOwnerNoFollow(path, entry.Uid, entry.Gid), "lchown", path);
        if (!isLink && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, entry.Mode);
        }

        ApplyAttributes(path, entry);
    }

    public static void SetModificationTime(string path, DateTimeOffset time)
    {
        var seconds = time.ToUnixTimeSeconds();
        var nanoseconds = (time.UtcTicks - DateTimeOffset.FromUnixTimeSeconds(seconds).UtcTicks) * 100;
        var spec = new Posix.TimeSpec { Seconds = seconds, Nanoseconds = nanoseconds };
        Posix.Check(Posix.SetTimes(Posix.AtFdCwd, path, [spec, spec], Posix.AtSymlinkNoFollow), "utimensat", path);
    }

    /// <summary>
    /// PAX <c>SCHILY.xattr.*</c> records (file capabilities, ACLs). <c>trusted.overlay.*</c> from a layer is ignored:
    /// only the store's own whiteout handling may say what overlayfs hides.
    /// </summary>
    private static void ApplyAttributes(string path, TarEntry entry)
    {
        if (entry is not PaxTarEntry pax)
        {
            return;
        }

        foreach (var (key, value) in pax.ExtendedAttributes)
        {
            if (!key.StartsWith(XattrPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = key[XattrPrefix.Length..];
            // System.Formats.Tar decodes records as UTF-8; a binary value it could not decode would be written corrupted.
            if (name.StartsWith("trusted.overlay.", StringComparison.Ordinal) || value.Contains('\uFFFD'))
            {
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(value);
            if (Posix.SetAttribute(path, name, bytes, (nuint)bytes.Length, 0) < 0 && Posix.LastError != Posix.ErrNotSupported)
            {
                Posix.Check(-1, $"setxattr {name}", path);
            }
        }
    }
}
