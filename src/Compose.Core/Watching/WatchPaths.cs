namespace Compose.Watching;

/// <summary>Host path arithmetic for watch rules (absolute paths, compared ordinally as on Linux).</summary>
public static class WatchPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="root"/> with <c>/</c> separators, empty when they are the
    /// same path, null when <paramref name="path"/> is not below <paramref name="root"/>.
    /// </summary>
    public static string? Below(string root, string path)
    {
        var trimmedRoot = Path.TrimEndingDirectorySeparator(root);
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        if (string.Equals(trimmed, trimmedRoot, StringComparison.Ordinal))
        {
            return "";
        }

        var prefix = trimmedRoot.EndsWith(Path.DirectorySeparatorChar) ? trimmedRoot : trimmedRoot + Path.DirectorySeparatorChar;
        return trimmed.StartsWith(prefix, StringComparison.Ordinal)
            ? trimmed[prefix.Length..].Replace(Path.DirectorySeparatorChar, '/')
            : null;
    }
}
