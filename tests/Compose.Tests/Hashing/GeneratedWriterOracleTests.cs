using System.Security.Cryptography;
using Compose.Hashing;
using Compose.Loading;
using Compose.Model;
using Compose.Planning;
using Compose.Tests.Conformance;

namespace Compose.Tests.Hashing;

/// <summary>
/// The generated writer writes what the reflection-driven writer of version 1 wrote, byte for byte, for every
/// service (with the digests of the files it reads), network and volume of the examples and the corpus, so no
/// container, network or volume made before is recreated or judged changed.
/// </summary>
public class GeneratedWriterOracleTests
{
    /// <summary>The paths version 1 leaves out, as main defined them.</summary>
    private static readonly HashSet<string> IgnoredV1 = new(StringComparer.Ordinal)
    {
        "Service.Scale", "Service.DependsOn", "Service.Profiles", "Service.PullPolicy", "Service.Build", "Service.Deploy.Replicas",
    };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Examples, "compose.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        if (Corpus.Directory is null && Corpus.IsRequired)
        {
            data.Add(CorpusFiles.Missing);
        }

        foreach (var row in Corpus.Directory is null ? [] : CorpusFiles.All().Where(f => !KnownFixtureFailures.Reasons.ContainsKey(f)))
        {
            data.Add(Corpus.PathOf(row));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_hash_of_a_compose_file_is_what_version_1_wrote(string file)
    {
        var project = (await ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = Path.GetDirectoryName(file)!,
            Environment = CorpusLoader.CleanEnvironment,
            ConfigFiles = [file],
        }, CancellationToken.None)).Project;

        await ShouldMatchVersion1Async(project);
    }

    [CorpusFact]
    public async Task Every_hash_of_compose_go_s_full_example_is_what_version_1_wrote()
    {
        await ShouldMatchVersion1Async(await PinnedHashTests.FullExampleAsync());
    }

    [Fact]
    public void Every_hash_of_the_kitchen_sink_is_what_version_1_wrote()
    {
        ServiceShouldMatch(KitchenSink.Service, KitchenSink.Files);
        DefinitionHash.Of(KitchenSink.Network).Should().Be(Sha256(ReflectionWriterV1.Serialize(KitchenSink.Network)));
        DefinitionHash.Of(KitchenSink.Volume).Should().Be(Sha256(ReflectionWriterV1.Serialize(KitchenSink.Volume with { Driver = "local" })));
    }

    private static async Task ShouldMatchVersion1Async(Project project)
    {
        var digests = await ContentDigester.DigestAsync(project, CancellationToken.None);
        foreach (var service in project.Services.Values)
        {
            ServiceShouldMatch(service, ServiceContents.KeysOf(service).ToDictionary(k => k, k => digests.GetValueOrDefault(k, "missing")));
        }

        foreach (var network in project.Networks.Values)
        {
            DefinitionHash.Of(network).Should().Be(Sha256(ReflectionWriterV1.Serialize(network)), $"network {network.Name}");
        }

        foreach (var volume in project.Volumes.Values)
        {
            DefinitionHash.Of(volume).Should().Be(Sha256(ReflectionWriterV1.Serialize(volume with { Driver = volume.Driver ?? "local" })), $"volume {volume.Name}");
        }
    }

    private static void ServiceShouldMatch(Service service, IReadOnlyDictionary<string, string> files)
    {
        // What version 1 hashes is the service as HashView.V1 shows it (bare unset names left out), written by the old writer.
        var expected = ReflectionWriterV1.Serialize(new ConfigHashInput(HashView.V1(service), ModelMaps.From(files)), IgnoredV1);
        System.Text.Encoding.UTF8.GetString(ConfigHash.CanonicalV1(service, files))
            .Should().Be(System.Text.Encoding.UTF8.GetString(expected), $"service {service.Name}");
        ConfigHash.Compute(service, files).Should().Be(Sha256(expected));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
