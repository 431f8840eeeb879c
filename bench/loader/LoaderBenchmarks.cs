using BenchmarkDotNet.Attributes;

namespace Compose.Bench.Loader;

/// <summary>Steady-state loading: one typical file, and every compose file of the corpus in turn.</summary>
[MemoryDiagnoser]
public class LoaderBenchmarks
{
    private string _typical = "";
    private IReadOnlyList<string> _corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        _typical = Path.Combine(BenchCorpus.Root, BenchCorpus.TypicalFile);
        _corpus = BenchCorpus.ComposeFiles();
    }

    [Benchmark(Description = "load one typical file")]
    public Task<bool> TypicalFile() => BenchCorpus.LoadAsync(_typical, CancellationToken.None);

    /// <summary>Files per second = file count / mean time; the count is printed by <c>run</c>.</summary>
    [Benchmark(Description = "load the whole corpus")]
    public async Task<int> WholeCorpus()
    {
        var loaded = 0;
        foreach (var file in _corpus)
        {
            loaded += await BenchCorpus.LoadAsync(file, CancellationToken.None) ? 1 : 0;
        }

        return loaded;
    }
}
