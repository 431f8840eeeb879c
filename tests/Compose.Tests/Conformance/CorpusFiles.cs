namespace Compose.Tests.Conformance;

/// <summary>The compose files of each corpus set, as paths relative to the corpus root (stable test names).</summary>
public static class CorpusFiles
{
    /// <summary>Stands in for the file list when the corpus is required but missing, so the test fails saying so.</summary>
    public const string Missing = "<corpus missing>";

    public static TheoryData<string> AwesomeCompose() => Data(AwesomeComposeFiles);

    public static TheoryData<string> Fixtures() => Data(FixtureFiles);

    /// <summary>Every compose file in the corpus, relative to its root.</summary>
    public static IEnumerable<string> All() => AwesomeComposeFiles().Concat(FixtureFiles())
        .Select(f => Path.GetRelativePath(Corpus.Root, f)).Order(StringComparer.Ordinal);

    private static IEnumerable<string> AwesomeComposeFiles() => System.IO.Directory
        .GetDirectories(Corpus.PathOf("awesome-compose"))
        .Select(sample => new[] { "compose.yaml", "compose.yml" }.Select(name => Path.Combine(sample, name)).First(File.Exists));

    /// <summary>Every compose file of compose-go and docker/compose's fixtures (files with top-level services, include or resources).</summary>
    private static IEnumerable<string> FixtureFiles() => new[] { "compose-go", "compose-e2e" }
        .SelectMany(set => System.IO.Directory.GetFiles(Corpus.PathOf(set), "*.*", SearchOption.AllDirectories))
        .Where(IsComposeFile);

    public static bool IsComposeFile(string path)
    {
        var name = Path.GetFileName(path);
        if (!(name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
            || name.Contains("expected", StringComparison.Ordinal) || path.Contains("/bridge/expected-", StringComparison.Ordinal))
        {
            return false;
        }

        return File.ReadLines(path).Any(line => line.StartsWith("services:", StringComparison.Ordinal)
            || line.StartsWith("include:", StringComparison.Ordinal)
            || (name.StartsWith("compose", StringComparison.Ordinal) && (line.StartsWith("volumes:", StringComparison.Ordinal) || line.StartsWith("networks:", StringComparison.Ordinal))));
    }

    private static TheoryData<string> Data(Func<IEnumerable<string>> files)
    {
        var data = new TheoryData<string>();
        if (Corpus.Directory is null)
        {
            if (Corpus.IsRequired)
            {
                data.Add(Missing);
            }

            return data;
        }

        foreach (var file in files().Select(f => Path.GetRelativePath(Corpus.Root, f)).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }
}
