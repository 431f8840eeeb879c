using Compose.Errors;

namespace Compose.Loading.Files;

/// <summary>
/// A NUL character cannot be part of a path on any system compose runs on (the .NET path APIs throw on it), so a path
/// holding one, as <c>"a\0b"</c> in a compose file writes it, is refused where it is written: at its place in a file,
/// or naming the option or variable it came from.
/// </summary>
public static class PathCharacters
{
    public static void Check(string path, SourceLocation? location, string? keyPath)
    {
        if (!path.Contains('\0', StringComparison.Ordinal))
        {
            return;
        }

        var problem = $"the path '{path.Replace("\0", "\\0", StringComparison.Ordinal)}' holds a NUL character (\\0), which no file name can; remove it.";
        throw location is not null ? new ComposeFileException(location, keyPath, problem)
            : new ComposeException(keyPath is null ? problem : $"{keyPath}: {problem}");
    }

    /// <summary><see cref="Path.GetFullPath(string, string)"/> after the check.</summary>
    public static string FullPath(string path, string baseDirectory, SourceLocation? location, string? keyPath)
    {
        Check(path, location, keyPath);
        return Path.GetFullPath(path, baseDirectory);
    }
}
