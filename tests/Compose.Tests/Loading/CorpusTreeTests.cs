using Compose.Errors;

namespace Compose.Tests.Loading;

/// <summary>
/// Every compose file of the corpus goes through the tree stages (read, interpolate, extends, include, merge):
/// all load, except the ones that must fail, which fail with their place and reason.
/// </summary>
public class CorpusTreeTests
{
    /// <summary>The files that must fail, with the start of their message.</summary>
    private static readonly Dictionary<string, string> ExpectedFailures = new()
    {
        ["compose-go/loader/testdata/compose-include-cycle.yaml"] = "compose-include-cycle.yaml:2:5: include: include cycle:",
        // compose-go's tests resolve a test-only "remote:" scheme; remote extends/include are not fetched.
        ["compose-go/loader/testdata/remote/cycle/compose-cycle.yaml"] = "compose-cycle.yaml:4:13: services.bar.extends.file: remote:cycle/compose.yaml: no such file",
        ["compose-go/loader/testdata/remote/cycle/compose.yaml"] = "compose.yaml:4:13: services.foo.extends.file: remote:cycle/compose-cycle.yaml: no such file",
        ["compose-go/loader/testdata/remote/nested/compose.yaml"] = "compose.yaml:4:13: services.foo.extends.file: remote:nested/compose-nested.yaml: no such file",
    };

    /// <summary>Variables the e2e tests set for their fixtures (TestUpImageID requires ID).</summary>
    private static readonly Dictionary<string, string> Environment = new() { ["HOME"] = "/home/user", ["ID"] = "test" };

    public static TheoryData<string> ComposeFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Corpus.Root, "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Corpus.Root, file);
            if (!relative.Contains("expected", StringComparison.Ordinal) && File.ReadAllText(file) is var text && (text.Contains("services:") || text.Contains("include:")))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [CorpusFact]
    public void The_corpus_has_the_compose_files_it_promises()
    {
        ComposeFiles().Count.Should().BeGreaterThan(280, "COVERAGE.md counts 299 compose files");
    }

    [CorpusTheory]
    [MemberData(nameof(ComposeFiles))]
    public async Task Every_compose_file_passes_the_tree_stages_or_fails_with_its_place(string file)
    {
        var load = () => TreeText.LoadAsync([Corpus.File(file)], Environment);

        if (ExpectedFailures.TryGetValue(file, out var message))
        {
            (await load.Should().ThrowAsync<ComposeFileException>()).Which.Message.Should().StartWith(message);
        }
        else
        {
            (await load()).Should().NotBeNull();
        }
    }
}
