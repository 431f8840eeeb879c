using Compose.Cli;
using Compose.Cli.Commands;
using Compose.Cli.Plugin;

namespace Compose.Tests.Cli;

/// <summary>Issue 15 item 4: as the docker CLI plugin composectl reports the docker compose release it matches.</summary>
public class CompatibilityVersionTests
{
    private static readonly Dictionary<string, string> AsPlugin = new() { [DockerCliPlugin.ReexecVariable] = "docker compose version" };

    [Fact]
    public async Task Docker_compose_version_short_prints_the_compatible_release_as_the_plugin()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), AsPlugin, "compose", "version", "--short");

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.Out.Should().Be("2.40.3\n");
    }

    [Fact]
    public async Task Docker_compose_version_names_docker_compose_while_composectl_version_names_composectl_and_its_build()
    {
        var plugin = await CliRunner.RunAsync(Path.GetTempPath(), AsPlugin, "compose", "version");
        var own = await CliRunner.RunAsync(Path.GetTempPath(), null, "version");

        plugin.Out.Should().Be("Docker Compose version v2.40.3\n");
        own.Out.Should().Be($"composectl version v{VersionCommand.Version}\n");
    }

    [Fact]
    public async Task The_plugin_metadata_carries_the_compatible_release()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), null, DockerCliPlugin.MetadataCommand);

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("Version").GetString().Should().Be("v2.40.3");
    }
}
