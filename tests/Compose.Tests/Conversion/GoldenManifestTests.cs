using Compose.Conversion.Kubernetes;
using Compose.Loading;

namespace Compose.Tests.Conversion;

/// <summary>
/// Whole projects against the manifests they must give (<c>TestData/CASE/compose.yaml</c> → <c>expected.yaml</c>,
/// the stdout stream, and <c>expected-warnings.txt</c>). <c>COMPOSE_UPDATE_GOLDEN=1</c> rewrites the expected files.
/// </summary>
public class GoldenManifestTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { "web-db-cache", false },
        { "stateful-db", true },
        { "migrate-then-serve", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Project_converts_to_its_golden_manifests(string name, bool statefulSets)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "Compose.Tests", "Conversion", "TestData", name);
        var loaded = await ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string> { ["HOME"] = "/home/test" },
        }, CancellationToken.None);
        var conversion = await KubernetesConverter.ConvertAsync(loaded, new KubernetesOptions { StatefulSets = statefulSets }, CancellationToken.None);
        var manifests = KubernetesManifestSerializer.SerializeAll(conversion.Objects);
        var warnings = string.Concat(conversion.Warnings.Select(w => w + "\n"));

        var expectedManifests = Path.Combine(directory, "expected.yaml");
        var expectedWarnings = Path.Combine(directory, "expected-warnings.txt");
        if (Environment.GetEnvironmentVariable("COMPOSE_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(expectedManifests, manifests);
            await File.WriteAllTextAsync(expectedWarnings, warnings);
        }

        manifests.Should().Be((await File.ReadAllTextAsync(expectedManifests)).Replace("\r\n", "\n"));
        warnings.Should().Be((await File.ReadAllTextAsync(expectedWarnings)).Replace("\r\n", "\n"));
    }
}
