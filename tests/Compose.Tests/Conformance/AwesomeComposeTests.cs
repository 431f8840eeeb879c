using System.Collections;
using Compose.Model;

namespace Compose.Tests.Conformance;

/// <summary>
/// Every awesome-compose sample loads, and its services, images, ports, volumes and environment agree with what
/// docker-compose v1 resolved (<c>expected.v1-config.yaml</c>), on the points where v1 and v2 agree (see the corpus
/// README: v1 keeps short volume strings, omits default protocols, has no default network...).
/// </summary>
public class AwesomeComposeTests
{
    [CorpusTheory]
    [MemberData(nameof(CorpusFiles.AwesomeCompose), MemberType = typeof(CorpusFiles))]
    public async Task Sample_agrees_with_the_v1_reference(string file)
    {
        var sample = Path.GetDirectoryName(Corpus.PathOf(file))!;
        var project = (await CorpusLoader.LoadAsync(file)).Project;
        var reference = Path.Combine(sample, "expected.v1-config.yaml");
        if (!File.Exists(reference))
        {
            // v1 refused the file (react-rust-postgres: top-level name:, which v2 accepts); loading it is the check.
            File.Exists(Path.Combine(sample, "expected.v1-error.txt")).Should().BeTrue();
            project.Services.Should().NotBeEmpty();
            return;
        }

        var expected = (IDictionary)((IDictionary)CorpusLoader.ReadPlain(reference)!)["services"]!;
        project.Services.Keys.Should().BeEquivalentTo(expected.Keys.Cast<string>());
        var differences = project.Services.Values
            .SelectMany(service => V1Reference.Compare(service, (IDictionary)expected[service.Name]!, sample))
            .ToList();
        differences.Should().BeEmpty();
    }
}
