using System.Text.Json;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;

namespace Compose.IntegrationTests.Native;

[Collection(NativeCollection.Name)]
public sealed class NativeSupervisionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [NativeFact]
    public async Task A_health_check_turns_the_container_healthy_and_says_so_in_the_event_log()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nhealth"));
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await host.RunAsync(host.Container("app", "sh", "-c", "sleep 1; touch /tmp/ready; sleep 60") with
        {
            HealthCheck = new HealthCheckSpec { Test = ["CMD-SHELL", "test -f /tmp/ready"], Interval = TimeSpan.FromMilliseconds(300), Retries = 30 },
        });
        (await host.Engine.InspectContainerAsync(id, CancellationToken.None)).HealthStatus.Should().Be("starting");

        var details = await host.EventuallyAsync(() => host.Engine.InspectContainerAsync(id, CancellationToken.None), d => d.HealthStatus == "healthy", Patience);

        details.HealthStatus.Should().Be("healthy", host.Diagnostics());
        details.Summary.Status.Should().EndWith("(healthy)");
        details.HealthLog.Should().Contain(r => r.ExitCode == 0);
        var events = await host.EventuallyAsync(() => ReadEventsAsync(host, since), e => e.Any(x => x.Action == "health_status: healthy"), Patience);
        events.Select(e => e.Action).Should().ContainInOrder("create", "start", "health_status: healthy");
        events.Single(e => e.Action == "health_status: healthy").Attribute("com.docker.compose.service").Should().Be("app");
    }

    [NativeFact]
    public async Task On_failure_restarts_up_to_its_limit_and_the_logs_keep_every_run()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nrestart"));
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await host.RunAsync(host.Container("app", "sh", "-c", "echo run; exit 3") with { RestartPolicy = new RestartPolicySpec("on-failure", 2) });

        var events = await host.EventuallyAsync(() => ReadEventsAsync(host, since), e => e.Count(x => x.Action == "die") == 3, Patience);
        await Task.Delay(500);

        events.Count(e => e.Action == "die").Should().Be(3, host.Diagnostics());
        events.Where(e => e.Action == "die").Should().OnlyContain(e => e.Attribute("exitCode") == "3");
        events.Count(e => e.Action == "start").Should().Be(3);
        var details = await host.Engine.InspectContainerAsync(id, CancellationToken.None);
        details.Summary.State.Should().Be(ContainerState.Exited, "on-failure:2 gives up after two restarts");
        (await host.LogsAsync(id)).Should().Be("run\nrun\nrun");
    }

    [NativeFact]
    public async Task Always_restarts_a_container_until_it_is_stopped_and_a_stop_keeps_it_down()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nalways"));
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await host.RunAsync(host.Container("app", "sh", "-c", "echo up; sleep 0.3; exit 0") with { RestartPolicy = new RestartPolicySpec("always") });

        await host.EventuallyAsync(() => ReadEventsAsync(host, since), e => e.Count(x => x.Action == "start") >= 3, Patience);
        await host.Engine.StopContainerAsync(id, TimeSpan.FromSeconds(2), CancellationToken.None);
        var stoppedAt = await ReadEventsAsync(host, since);
        await Task.Delay(1500);

        (await ReadEventsAsync(host, since)).Count(e => e.Action == "start").Should().Be(stoppedAt.Count(e => e.Action == "start"), "a stopped container is not restarted");
        (await host.Engine.InspectContainerAsync(id, CancellationToken.None)).Summary.State.Should().Be(ContainerState.Exited);
    }

    [NativeFact]
    public async Task A_killed_supervisor_is_started_again_by_the_next_command_and_catches_up()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nsuper"));
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var flaky = await host.RunAsync(host.Container("flaky", "sh", "-c", "sleep 1; exit 5") with { RestartPolicy = new RestartPolicySpec("on-failure", 1) });
        var record = Path.Combine(host.Root.Projects, host.Project, "supervisor.json");
        await host.EventuallyAsync(() => Task.FromResult(File.Exists(record)), e => e, Patience);
        var pid = JsonDocument.Parse(await File.ReadAllTextAsync(record)).RootElement.GetProperty("pid").GetInt32();
        System.Diagnostics.Process.GetProcessById(pid).Kill();
        await host.EventuallyAsync(() => Task.FromResult(host.Engine.SupervisorRunning(host.Project)), running => !running, Patience);
        await Task.Delay(1500);
        (await ReadEventsAsync(host, since)).Should().NotContain(e => e.Action == "die", "no supervisor watched the exit");

        await host.RunAsync(host.Container("other", "sleep", "60"));

        (await host.EventuallyAsync(() => Task.FromResult(host.Engine.SupervisorRunning(host.Project)), running => running, Patience))
            .Should().BeTrue("the start brought a new supervisor");
        var events = await host.EventuallyAsync(() => ReadEventsAsync(host, since), e => e.Count(x => x.Action == "die") == 2, Patience);
        events.Where(e => e.ActorId == flaky).Select(e => e.Action).Should().Equal("create", "start", "die", "start", "die");
    }

    [NativeFact]
    public async Task The_remains_of_a_create_killed_midway_are_collected_and_the_name_can_be_used_again()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("ncrash"));
        var id = await host.Engine.CreateContainerAsync(host.Container("app", "sleep", "60"), CancellationToken.None);
        // What a create killed before its end leaves: the marker names a process that is gone (its rootfs stays mounted).
        var dead = System.Diagnostics.Process.Start("true")!;
        await dead.WaitForExitAsync();
        var directory = Path.Combine(host.Root.Containers, id);
        await File.WriteAllTextAsync(Path.Combine(directory, "creating"), $"{dead.Id} 1");

        var listed = await host.Engine.ListContainersAsync(LabelFilter.Of("com.docker.compose.project", host.Project), all: true, CancellationToken.None);
        var again = await host.Engine.CreateContainerAsync(host.Container("app", "sleep", "60"), CancellationToken.None);

        listed.Should().BeEmpty("a half-made container is not reported");
        Directory.Exists(directory).Should().BeFalse("its folder, mount and name were collected");
        again.Should().NotBe(id);
        (await File.ReadAllTextAsync("/proc/self/mountinfo")).Should().NotContain(directory);
    }

    [NativeFact]
    public async Task Events_replay_from_since_and_stop_at_until()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nevents"));
        // The project's event log goes with its last resource: the network keeps the project alive for the replay.
        await host.NetworkAsync();
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-10);
        var id = await host.RunAsync(host.Container("app", "sh", "-c", "exit 0"));
        await host.Engine.WaitContainerAsync(id, WaitCondition.NotRunning, CancellationToken.None);
        await host.EventuallyAsync(() => ReadEventsAsync(host, before), e => e.Any(x => x.Action == "die"), Patience);
        var middle = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await host.Engine.RemoveContainerAsync(id, new ContainerRemoveOptions(), CancellationToken.None);

        var early = await ReadEventsAsync(host, before, middle);
        var late = await ReadEventsAsync(host, middle);

        early.Select(e => e.Action).Should().Equal("create", "start", "die");
        early.Single(e => e.Action == "die").Attribute("exitCode").Should().Be("0");
        late.Select(e => e.Action).Should().Equal("destroy");
    }

    private static async Task<List<EngineEvent>> ReadEventsAsync(NativeHost host, DateTimeOffset since, DateTimeOffset? until = null)
    {
        var events = new List<EngineEvent>();
        var filter = new EventFilter { Labels = LabelFilter.Of("com.docker.compose.project", host.Project), Types = ["container"], Since = since, Until = until ?? DateTimeOffset.UtcNow };
        await foreach (var e in host.Engine.EventsAsync(filter, CancellationToken.None))
        {
            events.Add(e);
        }

        return events;
    }
}
