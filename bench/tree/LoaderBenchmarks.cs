using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Compose.Errors;
using Compose.Loading;
using Compose.Loading.Interpolation;
using Compose.Loading.Tree;

namespace Compose.Bench.Tree;

/// <summary>Warm costs: one typical project loaded end to end, and the tree stages over the whole corpus.</summary>
[MemoryDiagnoser]
public class LoaderBenchmarks
{
    private IReadOnlyList<string> _corpus = [];

    [GlobalSetup]
    public void Setup() => _corpus = BenchCorpus.ComposeFiles();

    [Benchmark]
    public Task<LoadResult> TypicalProject() => ProjectLoader.LoadAsync(new LoadRequest
    {
        WorkingDirectory = Path.GetDirectoryName(BenchCorpus.Typical)!,
        Environment = ImmutableDictionary<string, string>.Empty,
        ConfigFiles = [BenchCorpus.Typical],
    }, CancellationToken.None);

    /// <summary>All corpus files through read, interpolate, extends, include and merge (divide by the file count for files/s).</summary>
    [Benchmark]
    public async Task<int> CorpusTreeStages()
    {
        var loaded = 0;
        foreach (var file in _corpus)
        {
            loaded += await TreeStages.LoadAsync(file) ? 1 : 0;
        }

        return loaded;
    }
}

internal static class TreeStages
{
    private static readonly VariableSource Variables = new(new Dictionary<string, string> { ["HOME"] = "/home/user", ["ID"] = "x" });

    public static async Task<bool> LoadAsync(string file)
    {
        var directory = Path.GetDirectoryName(file)!;
        try
        {
            await new ComposeTreeLoader(directory, interpolate: true, new UnsetVariables(new List<string>()))
                .LoadAsync([file], new TreeScope(Variables, directory, []), null, CancellationToken.None);
            return true;
        }
        catch (ComposeException)
        {
            return false;
        }
    }
}
