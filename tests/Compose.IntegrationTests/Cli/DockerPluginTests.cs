using System.Diagnostics;
using Compose.IntegrationTests.Infrastructure;
using Compose.Observing;

namespace Compose.IntegrationTests.Cli;

/// <summary>composectl installed as the docker CLI's compose plugin: <c>docker compose …</c> runs it.</summary>
public sealed class DockerPluginTests : IAsyncLifetime
{
    private readonly string _dockerConfig = TestTemp.Directory("composectl-docker-config-");
    private ComposeProject _project = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_dockerConfig, "cli-plugins"));
        File.CreateSymbolicLink(Path.Combine(_dockerConfig, "cli-plugins", "docker-compose"), TerminalSession.Executable);
        _project = await ComposeProject.CreateAsync("plugin", "services:\n  box:\n    image: busybox:latest\n    init: true\n    command: [\"sleep\", \"3600\"]\n");
    }

    public async Task DisposeAsync()
    {
        await _project.DisposeAsync();
        Directory.Delete(_dockerConfig, recursive: true);
    }

    [DockerFact]
    public async Task Docker_compose_runs_composectl_with_its_arguments()
    {
        var version = await DockerAsync("compose", "version", "--short");
        var up = await DockerAsync("compose", "-p", _project.Name, "up", "-d");
        var ps = await DockerAsync("compose", "-p", _project.Name, "ps", "--format", "{{.Name}}");

        version.Should().Be(ComposeCompatibility.Version, "tools check docker compose version --short for the release it matches");
        up.Should().BeEmpty("progress goes to stderr");
        ps.Should().Be(_project.Container("box"));
        (await _project.ContainerIdsAsync()).Should().ContainSingle();
    }

    /// <summary>Runs the docker CLI with a configuration directory that holds only our plugin.</summary>
    private async Task<string> DockerAsync(params string[] args)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _project.Directory };
        start.Environment["DOCKER_CONFIG"] = _dockerConfig;
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"docker {string.Join(' ', args)} failed: {await error}");
        return (await output).Trim();
    }
}
