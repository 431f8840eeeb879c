namespace Compose.Runtime.Native.Images.Layers;

/// <summary>Reads <c>/proc/self/mountinfo</c>: whether a directory is a mount point now.</summary>
internal static class MountTable
{
    public static bool IsMountPoint(string directory)
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        foreach (var line in File.ReadLines("/proc/self/mountinfo"))
        {
            var fields = line.Split(' ', 6);
            if (fields.Length > 4 && Unescape(fields[4]) == path)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kernel writes space, tab, newline and backslash in paths as three octal digits (<c>\040</c>).</summary>
    private static string Unescape(string field)
    {
        if (!field.Contains('\\'))
        {
            return field;
        }

        var text = new System.Text.StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length)
            {
                text.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}
