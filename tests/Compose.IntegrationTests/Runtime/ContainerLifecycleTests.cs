using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.IntegrationTests.Runtime;

public sealed class ContainerLifecycleTests() : RuntimeTestBase("life")
{
    [DockerFact]
    public async Task Pause_unpause_restart_and_rename_change_what_inspect_reports()
    {
        var id = await RunAsync(Busybox("cycle", "sleep", "300"));
        var firstStart = (await Runtime.InspectContainerAsync(id, Timeout())).StartedAt;

        await Runtime.PauseContainerAsync(id, Timeout());
        var paused = await Runtime.InspectContainerAsync(id, Timeout());
        await Runtime.UnpauseContainerAsync(id, Timeout());
        await Runtime.RestartContainerAsync(id, TimeSpan.Zero, Timeout());
        var restarted = await Runtime.InspectContainerAsync(id, Timeout());
        await Runtime.RenameContainerAsync(id, $"{Project}-renamed", Timeout());

        paused.Summary.State.Should().Be(ContainerState.Paused);
        restarted.Summary.State.Should().Be(ContainerState.Running);
        restarted.StartedAt.Should().BeAfter(firstStart!.Value);
        (await Runtime.InspectContainerAsync($"{Project}-renamed", Timeout())).Summary.Id.Should().Be(id);
    }

    [DockerFact]
    public async Task Kill_sends_the_named_signal_and_wait_reports_the_exit_code()
    {
        var id = await RunAsync(Busybox("trap", "sh", "-c", "trap 'exit 42' USR1; while :; do sleep 0.1; done"));
        var exit = Runtime.WaitContainerAsync(id, WaitCondition.NextExit, Timeout());
        await WaitForProcessAsync(id, "sleep");

        await Runtime.KillContainerAsync(id, "SIGUSR1", Timeout());

        (await exit).Should().Be(new ContainerExit(42, null));
        (await Runtime.InspectContainerAsync(id, Timeout())).ExitCode.Should().Be(42);
    }

    [DockerFact]
    public async Task Stop_with_a_grace_period_kills_a_process_that_ignores_sigterm()
    {
        var id = await RunAsync(Busybox("stubborn", "sh", "-c", "trap '' TERM; while :; do sleep 0.1; done"));
        await WaitForProcessAsync(id, "sleep");

        await Runtime.StopContainerAsync(id, TimeSpan.FromSeconds(1), Timeout());

        var details = await Runtime.InspectContainerAsync(id, Timeout());
        details.Summary.State.Should().Be(ContainerState.Exited);
        details.ExitCode.Should().Be(137, "SIGKILL after the grace period");
    }

    [DockerFact]
    public async Task Removing_with_volumes_drops_anonymous_volumes_and_keeps_named_ones()
    {
        var named = $"{Project}_keep";
        var id = await Runtime.CreateContainerAsync(Busybox("vols", "true") with
        {
            Mounts = [new MountSpec { Type = MountType.Volume, Target = "/anon" }, new MountSpec { Type = MountType.Volume, Source = named, Target = "/named" }],
        }, Timeout());
        var anonymous = (await Runtime.InspectContainerAsync(id, Timeout())).Mounts.Single(m => m.Destination == "/anon").Name!;

        await Runtime.RemoveContainerAsync(id, new ContainerRemoveOptions(Force: true, RemoveAnonymousVolumes: true), Timeout());

        (await Runtime.InspectVolumeAsync(anonymous, Timeout())).Should().BeNull();
        (await Runtime.InspectVolumeAsync(named, Timeout())).Should().NotBeNull();
        await Runtime.RemoveVolumeAsync(named, force: true, Timeout());
    }

    [DockerFact]
    public async Task A_taken_host_port_is_a_port_already_allocated_error()
    {
        var port = TestNames.FreeLoopbackPort().ToString();
        await RunAsync(Busybox("first", "sleep", "300") with { Ports = [new PortBinding(80, "tcp", "127.0.0.1", port)] });
        var second = await Runtime.CreateContainerAsync(Busybox("second", "sleep", "300") with { Ports = [new PortBinding(80, "tcp", "127.0.0.1", port)] }, Timeout());

        var act = () => Runtime.StartContainerAsync(second, Timeout());

        (await act.Should().ThrowAsync<PortAlreadyAllocatedException>()).Which.Message.Should().StartWith($"start container {second}:");
    }

    [DockerFact]
    public async Task Wait_for_removal_returns_once_the_container_is_gone()
    {
        var id = await RunAsync(Busybox("gone", "sleep", "300"));
        var removed = Runtime.WaitContainerAsync(id, WaitCondition.Removed, Timeout());

        await Runtime.RemoveContainerAsync(id, new ContainerRemoveOptions(Force: true), Timeout());

        // Podman 4.3 reports 0 for the container the removal killed; Docker the kill's 137 (docs/runtime.md).
        (await removed).ExitCode.Should().Be(Engine.IsPodman ? 0 : 137);
        var inspect = () => Runtime.InspectContainerAsync(id, Timeout());
        await inspect.Should().ThrowAsync<ResourceNotFoundException>();
    }

    private async Task WaitForProcessAsync(string id, string command)
    {
        while (!(await Runtime.TopAsync(id, null, Timeout())).Processes.Any(p => string.Join(' ', p).Contains(command)))
        {
            await Task.Delay(50);
        }
    }
}
