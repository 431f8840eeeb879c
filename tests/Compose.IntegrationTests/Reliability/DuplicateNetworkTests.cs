using System.Text.Json.Nodes;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Reliability;

/// <summary>
/// Two networks with one name, as two <c>up</c>s of one project that raced can leave on Docker (the engine checks
/// names only when asked, API 1.43 and older): every later run must still work, not fail on the ambiguous name.
/// </summary>
public sealed class DuplicateNetworkTests : IAsyncLifetime
{
    private readonly string _project = TestNames.UniqueProject("dupnet");
    private readonly string _directory = TestTemp.Directory("composectl-dupnet-");

    private string Network => $"{_project}_default";

    [DockerFact]
    public async Task Down_with_no_files_removes_both_and_up_keeps_one_and_starts()
    {
        var second = await CreateTwiceAsync();
        if (Engine.IsPodman)
        {
            // Podman checks names always: the state cannot arise there, which is what this asserts.
            second.Status.Should().Be(500, "Podman refuses a second network of one name");
            return;
        }

        second.Status.Should().Be(201);
        (await NetworkIdsAsync()).Should().HaveCount(2);

        var up = await EngineCli.RunAsync(_directory, null, "-p", _project, "up", "-d", "--progress", "plain");
        up.ExitCode.Should().Be(0, up.Error);
        up.Error.Should().Contain($"network {Network} exists 2 times");
        (await NetworkIdsAsync()).Should().HaveCount(1, "up removes the duplicate before the container joins the network");
        (await DockerCli.OkAsync("inspect", $"{_project}-app-1", "--format", "{{.State.Status}}")).Should().Be("running");

        await CreateAsync();
        (await NetworkIdsAsync()).Should().HaveCount(2);
        var down = await EngineCli.RunAsync(_directory, null, "-p", _project, "down");
        down.ExitCode.Should().Be(0, down.Error);
        (await DockerCli.ProjectResourcesAsync(_project)).Should().BeEmpty("down removes both networks, by id");
    }

    private async Task<(int Status, JsonNode? Body)> CreateTwiceAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "compose.yaml"), "services:\n  app:\n    image: busybox:latest\n    command: [sleep, \"600\"]\n    init: true\n");
        var first = await CreateAsync();
        first.Status.Should().Be(201, first.Body?.ToJsonString());
        return await CreateAsync();
    }

    /// <summary>As a racing <c>up</c> makes it, labels and all, through API 1.41 with the duplicate check off.</summary>
    private async Task<(int Status, JsonNode? Body)> CreateAsync() =>
        await EngineApi.PostAsync("/v1.41/networks/create", new JsonObject
        {
            ["Name"] = Network,
            ["CheckDuplicate"] = false,
            ["Labels"] = new JsonObject { ["com.docker.compose.project"] = _project, ["com.docker.compose.network"] = "default" },
        });

    private async Task<string[]> NetworkIdsAsync() =>
        (await DockerCli.OkAsync("network", "ls", "-q", "--filter", $"name=^{Network}$")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await DockerCli.PurgeProjectAsync(_project);
        foreach (var id in await NetworkIdsAsync())
        {
            await DockerCli.RunAsync("network", "rm", id);
        }

        Directory.Delete(_directory, recursive: true);
    }
}
