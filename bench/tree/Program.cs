using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Running;
using Compose.Bench.Tree;
using Compose.Loading;

// "first": the cost of the first load in a fresh process (what one composectl command pays after start-up,
// JIT included). Anything else goes to BenchmarkDotNet.
if (args is ["first"])
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    var result = await ProjectLoader.LoadAsync(new LoadRequest
    {
        WorkingDirectory = Path.GetDirectoryName(BenchCorpus.Typical)!,
        Environment = ImmutableDictionary<string, string>.Empty,
        ConfigFiles = [BenchCorpus.Typical],
    }, CancellationToken.None);
    var first = stopwatch.Elapsed.TotalMilliseconds;
    process.Refresh();
    var firstCpu = (process.TotalProcessorTime - cpu).TotalMilliseconds;
    stopwatch.Restart();
    var files = BenchCorpus.ComposeFiles();
    var loaded = 0;
    foreach (var file in files)
    {
        loaded += await TreeStages.LoadAsync(file) ? 1 : 0;
    }

    Console.WriteLine($"first typical load: {first:F1} ms wall, {firstCpu:F0} ms CPU ({result.Project.Services.Count} services); corpus tree stages, first pass: {files.Count} files ({loaded} loaded) in {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LoaderBenchmarks).Assembly).Run(args);
