using Compose.Errors;
using Compose.Loading;

namespace Compose.Bench.Loader;

/// <summary>The corpus files to load (../shared/corpus from the repository root, or COMPOSE_CORPUS) and how to load one.</summary>
public static class BenchCorpus
{
    /// <summary>A typical application: five services with builds, env, volumes, healthchecks, depends_on, networks.</summary>
    public const string TypicalFile = "awesome-compose/react-express-mysql/compose.yaml";

    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<string> ComposeFiles() =>
        [.. new[] { "awesome-compose", "compose-go", "compose-e2e" }
            .SelectMany(set => Directory.GetFiles(Path.Combine(Root, set), "*.*", SearchOption.AllDirectories))
            .Where(IsComposeFile)
            .Order(StringComparer.Ordinal)];

    /// <summary>Loads one file; a compose error (fixtures that are invalid on purpose) counts as a completed load.</summary>
    public static async Task<bool> LoadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            await ProjectLoader.LoadAsync(new LoadRequest
            {
                WorkingDirectory = Path.GetDirectoryName(file)!,
                Environment = new Dictionary<string, string> { ["HOME"] = "/home/bench" },
                ConfigFiles = [file],
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ComposeException)
        {
            return false;
        }
    }

    private static bool IsComposeFile(string path)
    {
        var name = Path.GetFileName(path);
        return (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
            && !name.Contains("expected", StringComparison.Ordinal) && !path.Contains("/bridge/expected-", StringComparison.Ordinal)
            && File.ReadLines(path).Any(l => l.StartsWith("services:", StringComparison.Ordinal) || l.StartsWith("include:", StringComparison.Ordinal));
    }

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("COMPOSE_CORPUS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Compose.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
            }
        }

        throw new InvalidOperationException("Compose.sln not found above the benchmark; set COMPOSE_CORPUS to the corpus directory.");
    }
}
