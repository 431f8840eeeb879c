namespace Compose.Bench.Tree;

/// <summary>The shared corpus beside the repository (or <c>COMPOSE_CORPUS</c>), and the files benchmarks load from it.</summary>
public static class BenchCorpus
{
    public static string Root { get; } = Environment.GetEnvironmentVariable("COMPOSE_CORPUS") ?? BesideRepository();

    /// <summary>A typical file: three services with ports, volumes, networks and environment (awesome-compose).</summary>
    public static string Typical => Path.Combine(Root, "awesome-compose", "nextcloud-redis-mariadb", "compose.yaml");

    /// <summary>Every compose file of the corpus (the tree stages accept all but a handful, see CorpusTreeTests).</summary>
    public static IReadOnlyList<string> ComposeFiles() =>
        [.. Directory.EnumerateFiles(Root, "*.y*ml", SearchOption.AllDirectories)
            .Where(f => !f.Contains("expected", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("services:") || text.Contains("include:")))
            .Order(StringComparer.Ordinal)];

    /// <summary><c>../shared/corpus</c> from the repository root (BenchmarkDotNet runs us from a generated folder below it).</summary>
    private static string BesideRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Compose.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
            }
        }

        throw new InvalidOperationException("Compose.sln not found above the benchmark; set COMPOSE_CORPUS.");
    }
}
