namespace Compose.TestSupport;

/// <summary>Finds the repository's folders from the test binary's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>An example's compose file: <c>examples/NAME/compose.yaml</c>.</summary>
    public static string Example(string name) => Path.Combine(Examples, name, "compose.yaml");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Compose.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Compose.sln not found above {AppContext.BaseDirectory}");
    }
}
