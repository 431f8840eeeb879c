using Compose.Conversion.Kubernetes;
using Compose.Loading;
using Compose.Tests.Conformance;
using Xunit.Abstractions;

namespace Compose.Tests.Conversion;

/// <summary>
/// Every example and every awesome-compose sample converts, and the Kubernetes schemas (kubernetes-models, by each
/// object's apiVersion and kind, plus the API server's name and label rules) accept every manifest written, with the
/// default options and with StatefulSets and LoadBalancer Services.
/// </summary>
public class SchemaValidationTests(ITestOutputHelper output)
{
    private static readonly KubernetesOptions[] Variants =
    [
        new(),
        new() { StatefulSets = true, PublishedServiceType = "LoadBalancer", VolumeSize = "5Gi" },
    ];

    [KubernetesValidatorFact]
    public async Task Every_example_converts_to_manifests_the_kubernetes_schemas_accept()
    {
        var projects = Directory.GetDirectories(RepositoryPaths.Examples).Select(d => Path.Combine(d, "compose.yaml")).Where(File.Exists).ToList();
        projects.Should().NotBeEmpty();
        await ConvertAndValidateAsync(projects);
    }

    [KubernetesValidatorFact(corpus: true)]
    public async Task Every_awesome_compose_sample_converts_to_manifests_the_kubernetes_schemas_accept()
    {
        var samples = ((IEnumerable<object[]>)CorpusFiles.AwesomeCompose()).Select(row => Corpus.PathOf((string)row[0])).ToList();
        samples.Should().HaveCountGreaterThan(30);
        await ConvertAndValidateAsync(samples);
    }

    [KubernetesValidatorFact]
    public async Task The_validator_rejects_a_manifest_the_api_server_would_refuse()
    {
        var directory = TestTemp.Directory("composectl-k8s-bad-");
        await File.WriteAllTextAsync(Path.Combine(directory, "bad.yaml"),
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: Web_1}\nspec:\n  replicas: two\n  selector: {}\n  template: {spec: {containers: [{image: x}]}}\n");
        var run = await KubernetesValidator.ValidateAsync(directory);
        run.ExitCode.Should().Be(1);
        run.Objects.Should().ContainSingle().Which.Errors.Should().Contain(e => e.Contains("replicas must be integer"))
            .And.Contain(e => e.Contains("required property name")).And.Contain(e => e.Contains("Web_1"));
    }

    private async Task ConvertAndValidateAsync(IReadOnlyList<string> composeFiles)
    {
        var root = TestTemp.Directory("composectl-k8s-");
        var written = 0;
        var warnings = new List<ConversionWarning>();
        for (var v = 0; v < Variants.Length; v++)
        {
            foreach (var file in composeFiles)
            {
                var loaded = await ProjectLoader.LoadAsync(new LoadRequest
                {
                    WorkingDirectory = Path.GetDirectoryName(file)!,
                    Environment = CorpusLoader.CleanEnvironment,
                    ConfigFiles = [file],
                }, CancellationToken.None);
                var conversion = await KubernetesConverter.ConvertAsync(loaded, Variants[v], CancellationToken.None);
                conversion.Objects.Should().NotBeEmpty(file);
                var target = Path.Combine(root, $"variant{v}", Path.GetFileName(Path.GetDirectoryName(file))!);
                written += (await ManifestDirectory.WriteAsync(target, conversion.Objects, loaded.Project.Name, CancellationToken.None)).Written.Length;
                if (v == 0)
                {
                    warnings.AddRange(conversion.Warnings);
                }
            }
        }

        var run = await KubernetesValidator.ValidateAsync(root);
        var invalid = run.Objects.Where(o => !o.Ok).Select(o => $"{Path.GetRelativePath(root, o.File)}: {string.Join("; ", o.Errors)}").ToList();
        output.WriteLine($"{composeFiles.Count} projects, {written} manifests written ({Variants.Length} option sets), {run.Objects.Count} validated; {run.Error.Trim()}");
        output.WriteLine("warnings by kind (default options): " + string.Join(", ", warnings.GroupBy(w => w.Kind).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        invalid.Should().BeEmpty();
        run.Objects.Should().HaveCount(written, "the validator must see every manifest written");
        run.ExitCode.Should().Be(0, run.Error);
    }
}
