namespace Compose.Loading;

/// <summary>Paths as shown in messages: relative to the working directory when inside it, else absolute.</summary>
public static class DisplayPaths
{
    public static string For(string absolutePath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, absolutePath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? absolutePath : relative;
    }
}
