using System.Globalization;

namespace Compose.Runtime.Native.Exec;

/// <summary>A path's stat as <c>cp</c> needs it, from <c>stat -c '%s|%f|%Y'</c> run in the container (size, raw mode in hex, mtime).</summary>
internal static class ArchiveStat
{
    public static ContainerPathStat? Parse(string name, string output, string? linkTarget)
    {
        var parts = output.Trim().Split('|');
        if (parts.Length != 3 || !uint.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var raw))
        {
            return null;
        }

        var type = raw & 0xF000;
        var mode = (raw & 0xFFF) | (type == 0x4000 ? 0x80000000u : 0) | (type == 0xA000 ? 0x08000000u : 0);
        var size = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var modified = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], CultureInfo.InvariantCulture));
        return new ContainerPathStat(name, size, mode, modified, type == 0xA000 ? linkTarget : null);
    }
}
