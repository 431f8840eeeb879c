using Compose.Tests.Conformance;
using Xunit.Abstractions;

namespace Compose.Tests.Fuzzing;

/// <summary>
/// Loading never fails with anything but a compose error, and never hangs, whatever the file holds: real compose
/// files (the examples, and the conformance corpus) are mutated by <see cref="Mutator"/> and loaded, each within a
/// timeout. A failure prints the seed, the case and its input; <c>COMPOSE_FUZZ_SEED</c>/<c>COMPOSE_FUZZ_CASE</c> run
/// it again (see docs/reliability.md). The budget is fixed so the fast suite stays fast.
/// </summary>
public sealed class LoaderFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerCaseTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Fuzzed_examples_load_or_are_refused_with_a_compose_error()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Examples, "compose*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => FuzzSeedFile.Read(path, Path.GetRelativePath(RepositoryPaths.Root, path)))
            .ToList();
        seeds.Should().HaveCountGreaterThan(2, "every example has a compose.yaml");

        await RunAsync(seeds, defaultCases: 5_000);
    }

    [CorpusFact]
    public async Task Fuzzed_corpus_files_load_or_are_refused_with_a_compose_error()
    {
        var seeds = CorpusFiles.All().Select(relative => FuzzSeedFile.Read(Corpus.PathOf(relative), relative)).ToList();
        seeds.Should().HaveCountGreaterThan(280, "the corpus holds about 300 compose files");

        await RunAsync(seeds, defaultCases: 20_000);
    }

    private async Task RunAsync(IReadOnlyList<FuzzSeedFile> seeds, int defaultCases)
    {
        var settings = FuzzSettings.FromEnvironment(defaultCases);
        var report = await new FuzzRunner(new Mutator(seeds), PerCaseTimeout).RunAsync(settings.Seed, settings.Cases, workers: 2);

        output.WriteLine(report.Summary(settings.Seed));
        output.WriteLine("  mean time by first mutation: " + report.Timings());
        foreach (var (shape, example) in report.Unlocated)
        {
            output.WriteLine($"  without a location: {shape} (e.g. {example.Reproduce})");
        }

        report.Failures.Should().BeEmpty($"loading must succeed or throw a ComposeException ({report.Summary(settings.Seed)}); first failures:\n\n{string.Join("\n\n", report.Failures)}\n");
        report.Total.Should().Be(settings.Cases.Count);
    }
}
