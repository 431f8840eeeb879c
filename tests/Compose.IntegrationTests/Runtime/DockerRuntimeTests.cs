using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Errors;

namespace Compose.IntegrationTests.Runtime;

public sealed class DockerRuntimeTests : IAsyncLifetime
{
    private readonly string _project = TestNames.UniqueProject("runtime");
    private readonly DockerRuntime _runtime = Engine.CreateRuntime();

    private LabelFilter ProjectFilter => LabelFilter.Of("com.docker.compose.project", _project);

    [DockerFact]
    public async Task Negotiates_an_api_version_of_at_least_1_41()
    {
        await _runtime.SnapshotAsync(ProjectFilter, default);

        _runtime.ApiVersion.Should().NotBeNull();
        _runtime.ApiVersion!.Should().BeGreaterThanOrEqualTo(new Version(1, 41));
    }

    [DockerFact]
    public async Task Creates_starts_inspects_stops_and_removes_a_container_on_a_network()
    {
        var labels = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create("com.docker.compose.project", _project)]);
        await _runtime.CreateNetworkAsync(new NetworkCreateSpec { Name = $"{_project}_net", Labels = labels }, default);
        var id = await _runtime.CreateContainerAsync(new ContainerCreateSpec
        {
            Name = $"{_project}-c-1",
            Image = "busybox:latest",
            Command = ["sleep", "300"],
            Environment = ["GREETING=hi"],
            Labels = labels,
            Networks = [new NetworkAttachment($"{_project}_net", ["c"])],
            Init = true,
        }, default);

        await _runtime.StartContainerAsync(id, default);
        var details = await _runtime.InspectContainerAsync(id, default);
        var snapshot = await _runtime.SnapshotAsync(ProjectFilter, default);

        details.Summary.State.Should().Be(ContainerState.Running);
        details.Environment.Should().Contain("GREETING=hi");
        snapshot.Containers.Should().ContainSingle().Which.Networks.Should().Equal($"{_project}_net");
        snapshot.Networks.Should().ContainSingle().Which.Name.Should().Be($"{_project}_net");
        (await DockerCli.OkAsync("exec", id, "sh", "-c", "echo $GREETING")).Should().Be("hi");

        await _runtime.StopContainerAsync(id, TimeSpan.FromSeconds(5), default);
        (await _runtime.InspectContainerAsync(id, default)).Summary.State.Should().Be(ContainerState.Exited);
        await _runtime.RemoveContainerAsync(id, new ContainerRemoveOptions(), default);
        await _runtime.RemoveNetworkAsync($"{_project}_net", default);
        (await DockerCli.ProjectResourcesAsync(_project)).Should().BeEmpty();
    }

    [DockerFact]
    public async Task Engine_errors_become_typed_exceptions_naming_the_resource()
    {
        var act = () => _runtime.InspectContainerAsync($"{_project}-missing", default);

        var failure = (await act.Should().ThrowAsync<ResourceNotFoundException>()).Which;
        failure.Message.Should().StartWith($"inspect container {_project}-missing: ");
        failure.EngineMessage.Should().ContainEquivalentOf("no such container");
    }

    [DockerFact]
    public async Task A_missing_image_is_an_image_not_found_error()
    {
        var act = () => _runtime.CreateContainerAsync(new ContainerCreateSpec { Name = $"{_project}-x", Image = "composectl-no-such-image:never" }, default);

        await act.Should().ThrowAsync<ImageNotFoundException>();
        (await _runtime.InspectImageAsync("composectl-no-such-image:never", default)).Should().BeNull();
        (await _runtime.InspectImageAsync("busybox:latest", default)).Should().NotBeNull();
    }

    [DockerFact]
    public async Task An_unreachable_engine_is_a_clear_runtime_unavailable_error()
    {
        await using var nowhere = new DockerRuntime(DockerEndpoint.Parse("unix:///tmp/composectl-no-engine.sock"));

        var act = () => nowhere.SnapshotAsync(ProjectFilter, default);

        (await act.Should().ThrowAsync<RuntimeUnavailableException>())
            .Which.Message.Should().Contain("unix:///tmp/composectl-no-engine.sock").And.Contain("Is the Docker engine running?");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _runtime.DisposeAsync();
        await DockerCli.PurgeProjectAsync(_project);
    }
}
