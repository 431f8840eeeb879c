using Compose.Conversion.Kubernetes;
using Compose.Tests.Cli;

namespace Compose.Tests.Conversion;

/// <summary>The <c>convert</c> command: config's alias without <c>--to</c>, manifests with it.</summary>
public class CliConvertTests
{
    private const string Compose = "name: demo\nservices:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n    privileged: true\n";

    [Fact]
    public async Task Without_to_convert_prints_what_config_prints()
    {
        var directory = await ProjectAsync();
        var config = await CliRunner.RunAsync(directory, null, "config");
        var convert = await CliRunner.RunAsync(directory, null, "convert");
        (convert.ExitCode, convert.Out).Should().Be((0, config.Out));
        (await CliRunner.RunAsync(directory, null, "convert", "--services")).Out.Should().Be("web\n");
    }

    [Fact]
    public async Task With_to_kubernetes_it_prints_a_manifest_stream_and_located_warnings()
    {
        var result = await CliRunner.RunAsync(await ProjectAsync(), null, "convert", "--to", "kubernetes");
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("kind: Deployment").And.Contain("kind: Service").And.Contain("---\n");
        result.Error.Should().Contain("WARN[0000] compose.yaml:6:5: services.web.privileged: ");
    }

    [Fact]
    public async Task With_an_output_directory_it_writes_a_file_per_object_and_removes_its_stale_files_only()
    {
        var directory = await ProjectAsync();
        var output = Path.Combine(directory, "k8s");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "old-deployment.yaml"), ManifestDirectory.Marker + " (project demo)\nkind: Deployment\n");
        await File.WriteAllTextAsync(Path.Combine(output, "mine.yaml"), "kind: ConfigMap\n");

        var result = await CliRunner.RunAsync(directory, null, "convert", "--to", "kubernetes", "-o", "k8s");

        result.ExitCode.Should().Be(0, result.Error);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(
            "web-deployment.yaml", "web-service.yaml", "default-network-networkpolicy.yaml", "web-published-networkpolicy.yaml", "mine.yaml");
        result.Error.Should().Contain("Wrote 4 manifests to k8s, removed 1 no longer made");
        result.Out.Should().BeEmpty();
    }

    [Theory]
    [InlineData("convert", "--to", "swarm")]
    [InlineData("convert", "--statefulsets")]
    [InlineData("convert", "--to", "kubernetes", "--format", "json")]
    [InlineData("convert", "--to", "kubernetes", "--service-type", "External")]
    public async Task Flags_that_do_not_fit_together_are_usage_errors(params string[] args)
    {
        var result = await CliRunner.RunAsync(await ProjectAsync(), null, args);
        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task A_refused_project_exits_1_with_the_location()
    {
        var directory = TestTemp.Directory("composectl-convert-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), "services:\n  a_b: {image: nginx}\n  a-b: {image: nginx}\n");
        var result = await CliRunner.RunAsync(directory, null, "convert", "--to", "kubernetes");
        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("compose.yaml:").And.Contain("rename one of them");
    }

    private static async Task<string> ProjectAsync()
    {
        var directory = TestTemp.Directory("composectl-convert-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), Compose);
        return directory;
    }
}
