using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;

namespace Compose.IntegrationTests.Runtime;

public sealed class EventsTests() : RuntimeTestBase("events")
{
    [DockerFact]
    public async Task A_stream_the_engine_closes_is_resubscribed_from_the_last_event_without_losing_or_repeating_one()
    {
        // Through a proxy that closes every connection mid-stream, as an engine restart (or Podman's log rotation) does.
        await using var proxy = new EngineProxy(Runtime.Endpoint.SocketPath ?? throw new InvalidOperationException("this test proxies a unix-socket engine"), tls: null);
        await using var runtime = new Compose.Runtime.Docker.DockerRuntime(Compose.Runtime.Docker.DockerClientOptions.FromEnvironment(
            new Dictionary<string, string> { ["DOCKER_HOST"] = proxy.Host }));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var filter = new EventFilter { Labels = ProjectFilter, Types = ["container"], Since = DateTimeOffset.UtcNow.AddSeconds(-1) };
        var starts = new List<string>();
        var firstStarted = new TaskCompletionSource();
        var bothStarted = new TaskCompletionSource();
        var reader = Task.Run(async () =>
        {
            await foreach (var engineEvent in runtime.EventsAsync(filter, cancel.Token))
            {
                if (engineEvent.Action == "start")
                {
                    starts.Add(engineEvent.ActorId);
                    firstStarted.TrySetResult();
                    if (starts.Distinct().Count() == 2)
                    {
                        bothStarted.TrySetResult();
                    }
                }
            }
        });

        var first = await RunAsync(Busybox("before", "sleep", "300"));
        await firstStarted.Task.WaitAsync(cancel.Token);
        proxy.DropConnections();
        var second = await RunAsync(Busybox("after", "sleep", "300"));
        await bothStarted.Task.WaitAsync(cancel.Token);
        // Whatever the engine replays from the last event's time must not come twice.
        await Task.Delay(500);
        await cancel.CancelAsync();
        await reader.ContinueWith(_ => { }, TaskScheduler.Default);

        starts.Should().Equal(first, second);
    }

    [DockerFact]
    public async Task Events_arrive_while_a_labelled_container_starts_and_stops()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // Since closes the gap between subscribing and acting; the stop below happens only after the start event
        // came through, so its events can only have arrived live.
        var filter = new EventFilter { Labels = ProjectFilter.And("com.docker.compose.service", "watched"), Types = ["container"], Since = DateTimeOffset.UtcNow.AddSeconds(-1) };
        var started = new TaskCompletionSource();
        var seen = new List<EngineEvent>();
        var reader = Task.Run(async () =>
        {
            await foreach (var engineEvent in Runtime.EventsAsync(filter, cancel.Token))
            {
                seen.Add(engineEvent);
                if (engineEvent.Action == "start")
                {
                    started.TrySetResult();
                }

                if (engineEvent.Action == "destroy")
                {
                    break;
                }
            }
        });

        await RunAsync(Busybox("other", "true") with { Labels = Labels.Add("com.docker.compose.service", "other") });
        var id = await RunAsync(Busybox("watched", "sleep", "300") with { Labels = Labels.Add("com.docker.compose.service", "watched") });
        await started.Task.WaitAsync(cancel.Token);
        await Runtime.StopContainerAsync(id, TimeSpan.FromSeconds(1), Timeout());
        await Runtime.RemoveContainerAsync(id, new ContainerRemoveOptions(), Timeout());
        await reader.WaitAsync(cancel.Token);

        seen.Select(e => e.Action).Should().ContainInOrder("create", "start", "die", "destroy");
        seen.Should().OnlyContain(e => e.Type == "container" && e.ActorId == id, "the other container's labels do not match");
        var die = seen.First(e => e.Action == "die");
        die.Attribute("name").Should().Be($"{Project}-watched");
        die.Attribute("com.docker.compose.project").Should().Be(Project);
        die.Attribute("exitCode").Should().NotBeNull();
        die.Time.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [DockerFact]
    public async Task A_consumer_resumes_with_since_and_gets_the_events_it_missed()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await RunAsync(Busybox("missed", "true"));
        await Runtime.WaitContainerAsync(id, WaitCondition.NotRunning, Timeout());

        var replayed = new List<EngineEvent>();
        var filter = new EventFilter { Labels = ProjectFilter, Since = before, Until = DateTimeOffset.UtcNow.AddSeconds(1) };
        await foreach (var engineEvent in Runtime.EventsAsync(filter, Timeout()))
        {
            replayed.Add(engineEvent);
        }

        replayed.Select(e => e.Action).Should().ContainInOrder("create", "start", "die");
        replayed.Should().BeInAscendingOrder(e => e.Time);
    }
}
