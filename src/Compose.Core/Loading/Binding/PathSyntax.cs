using Compose.Loading.Files;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>
/// Paths in compose files: <c>~</c> is the home directory, relative paths start at the project directory, absolute
/// paths are cleaned, Windows paths (<c>C:\x</c>, <c>\\server\share</c>) are kept as written.
/// </summary>
public static class PathSyntax
{
    /// <summary>Whether a volume source names a path on the host (rather than a named volume).</summary>
    public static bool IsHostPath(string source) =>
        source.StartsWith('/') || source.StartsWith('.') || source.StartsWith('~') || IsWindowsPath(source);

    public static bool IsWindowsPath(string path) =>
        (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':')
        || path.StartsWith(@"\\", StringComparison.Ordinal);

    /// <summary>URLs and git references used as build contexts: kept as written.</summary>
    public static bool IsRemote(string path) =>
        path.Contains("://", StringComparison.Ordinal) || path.StartsWith("git@", StringComparison.Ordinal)
        || path.StartsWith("github.com/", StringComparison.Ordinal);

    /// <summary>The absolute path; <paramref name="at"/> and <paramref name="keyPath"/> place the error for a path that cannot be one.</summary>
    public static string Resolve(string path, BindingContext context, Node? at = null, string? keyPath = null)
    {
        PathCharacters.Check(path, at?.Location, keyPath);
        if (context.IsTemplate(path) || IsWindowsPath(path))
        {
            return path;
        }

        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = context.HomeDirectory + path[1..];
        }

        var full = Path.GetFullPath(path, context.ProjectDirectory);
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }
}
