namespace Compose.Tests.Loading;

/// <summary>
/// The shared conformance corpus (real compose files from compose-go, docker/compose and awesome-compose), read in
/// place from <c>../shared/corpus</c> beside the repository, or from <c>COMPOSE_CORPUS</c>. Never copied here.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string> RootPath = new(Find);

    public static string Root => RootPath.Value;

    public static string File(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var path = Environment.GetEnvironmentVariable("COMPOSE_CORPUS")
            ?? System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus"));
        return Directory.Exists(path)
            ? path
            : throw new InvalidOperationException($"The conformance corpus is missing: expected it at {path}. Set COMPOSE_CORPUS to where it lives.");
    }
}
