using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Compose.Bench.Loader;

// --first-call: the cost of the first load in a fresh process (JIT included), which is what one CLI run pays.
if (args.Contains("--first-call"))
{
    var typical = Path.Combine(BenchCorpus.Root, BenchCorpus.TypicalFile);
    var watch = Stopwatch.StartNew();
    await BenchCorpus.LoadAsync(typical, CancellationToken.None);
    var first = watch.Elapsed.TotalMilliseconds;
    watch.Restart();
    await BenchCorpus.LoadAsync(typical, CancellationToken.None);
    Console.WriteLine($"first load {first:F1} ms, second load {watch.Elapsed.TotalMilliseconds:F2} ms ({BenchCorpus.TypicalFile})");
    Console.WriteLine($"corpus: {BenchCorpus.ComposeFiles().Count} compose files");
    return;
}

var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("ShortRun"));
BenchmarkRunner.Run<LoaderBenchmarks>(config, args);
