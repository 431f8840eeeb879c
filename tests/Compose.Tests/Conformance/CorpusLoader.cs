using Compose.Loading;
using Compose.Loading.Yaml;
using Compose.Loading.Binding;

namespace Compose.Tests.Conformance;

/// <summary>Loads corpus files the way the CLI would, with a clean environment (only HOME), and reads reference YAML.</summary>
public static class CorpusLoader
{
    public const string Home = "/home/corpus-user";

    public static IReadOnlyDictionary<string, string> CleanEnvironment { get; } = new Dictionary<string, string> { ["HOME"] = Home };

    public static Task<LoadResult> LoadAsync(string relativePath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var file = Corpus.PathOf(relativePath);
        return ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = Path.GetDirectoryName(file)!,
            Environment = environment ?? CleanEnvironment,
            ConfigFiles = [file],
        }, CancellationToken.None);
    }

    /// <summary>A YAML file as plain data (strings, lists, sorted maps), through the loader's own reader.</summary>
    public static object? ReadPlain(string path) => PlainData.From(YamlReader.Read(Path.GetFileName(path), File.ReadAllText(path)));
}
