using Compose.IntegrationTests.Cli;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Xunit.Abstractions;

namespace Compose.IntegrationTests.Reliability;

/// <summary>
/// Ctrl+C of an attached <c>up</c> while its starts are in flight: composectl exits with 130 and leaves nothing of
/// the project running, including a container whose start the engine was still carrying out when Ctrl+C came (issue
/// 16: such a start used to land after the stop, 11 times in 22). A second Ctrl+C kills instead, and still exits 130.
/// </summary>
public sealed class InterruptedAttachedUpTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Four replicas start at once; <c>late</c> starts only once <c>gate</c> is healthy (a wait to abandon).</summary>
    private const string Yaml = """
        services:
          fan:
            image: busybox:latest
            command: [sleep, "3600"]
            init: true
            deploy:
              replicas: 4
          gate:
            image: busybox:latest
            command: [sleep, "3600"]
            init: true
            healthcheck:
              test: [CMD, "true"]
              interval: 1s
          late:
            image: busybox:latest
            command: [sleep, "3600"]
            init: true
            depends_on:
              gate:
                condition: service_healthy
        """;

    private ComposeProject _project = null!;

    public async Task InitializeAsync() => _project = await ComposeProject.CreateAsync("intup", Yaml);

    public async Task DisposeAsync() => await _project.DisposeAsync();

    /// <summary>
    /// Ten rounds on one project, every other one from nothing (creates, then starts), the others starting what the
    /// round before stopped; each is interrupted at a different engine event (the first or third create, the first to
    /// fourth start) after a different delay, so Ctrl+C lands among creates, among starts in flight (the four replicas
    /// and <c>gate</c> start at once) and during the health wait.
    /// </summary>
    [DockerFact]
    public async Task Ctrl_c_while_starts_are_in_flight_exits_130_and_leaves_nothing_running()
    {
        (string Action, int Count)[] points = [("create", 1), ("start", 1), ("start", 1), ("start", 2), ("start", 2), ("start", 3), ("create", 3), ("start", 1), ("start", 3), ("start", 4)];
        for (var round = 0; round < points.Length; round++)
        {
            var (action, count) = points[round];
            var delay = TimeSpan.FromMilliseconds(round * 15);
            if (round % 2 == 0)
            {
                await _project.OkAsync("down");
            }

            await using var runtime = Engine.CreateRuntime();
            await using var events = ProjectEvents.Start(runtime, _project.Name);
            using var interrupt = new CancellationTokenSource();
            var run = EngineCli.RunAsync(_project.Directory, _project.Variables, interrupt.Token, ["-p", _project.Name, "--progress", "plain", "up"]);
            var landed = await events.WaitForAsync(action, count, run);
            await Task.Delay(delay);
            await interrupt.CancelAsync();
            var result = await run;

            output.WriteLine($"round {round}: interrupted after {count} {action} event(s) + {delay.TotalMilliseconds} ms (reached: {landed}); "
                + $"{events.Count("create")} created, {events.Count("start")} started, {events.Count("die")} stopped; exit {result.ExitCode}");
            result.ExitCode.Should().Be(130, $"round {round}: an interrupted up exits with 130\n{result.Error}");
            await ShouldLeaveNothingRunningAsync(events, $"round {round}", result.Error);
        }
    }

    /// <summary>Two SIGINTs to the process, as a person pressing Ctrl+C twice during start-up: a kill, exit 130.</summary>
    [DockerFact]
    public async Task A_second_ctrl_c_during_start_up_kills_and_still_exits_130()
    {
        for (var round = 0; round < 3; round++)
        {
            await using var runtime = Engine.CreateRuntime();
            await using var events = ProjectEvents.Start(runtime, _project.Name);
            await using var up = CliProcess.Start(_project, "up");
            await events.WaitForAsync("start", 1 + round, null);
            await up.SendInterruptAsync();
            if (round == 1)
            {
                await up.WaitForErrorAsync("Gracefully stopping");
            }

            await up.SendInterruptAsync();
            var code = await up.WaitForExitAsync();

            output.WriteLine($"round {round}: second Ctrl+C {(round == 1 ? "after the graceful stop began" : "at once")}; "
                + $"{events.Count("start")} started, {events.Count("kill")} kill signals, {events.Count("die")} stopped; exit {code}");
            code.Should().Be(130, $"round {round}: a twice-interrupted up exits with 130\n{up.Error}");
            await ShouldLeaveNothingRunningAsync(events, $"round {round}", up.Error);
        }
    }

    /// <summary>
    /// Nothing of the project runs now, and no container of it starts in the moments after composectl ended (a start
    /// still in flight at the engine would land then: it is the bug this guards against, so the check looks twice).
    /// </summary>
    private async Task ShouldLeaveNothingRunningAsync(ProjectEvents events, string round, string error)
    {
        (await _project.ContainerIdsAsync()).Should().BeEmpty($"{round}: nothing of the project runs after the interrupted up\n{error}");
        var startsBefore = events.Count("start");
        await Task.Delay(TimeSpan.FromSeconds(1));
        events.Count("start").Should().Be(startsBefore, $"{round}: no start lands after composectl has exited\n{error}");
        (await _project.ContainerIdsAsync()).Should().BeEmpty($"{round}: nothing of the project runs a moment later either\n{error}");
    }

    /// <summary>The project's container events, counted by action, from before the run starts.</summary>
    private sealed class ProjectEvents : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private Task _reader = Task.CompletedTask;

        public static ProjectEvents Start(IContainerRuntime runtime, string project)
        {
            var events = new ProjectEvents();
            // From now on (engine and tests share the host's clock), replayed if the subscription reaches the engine after the run's first event.
            var filter = new EventFilter { Types = ["container"], Labels = LabelFilter.Of("com.docker.compose.project", project), Since = DateTimeOffset.UtcNow };
            var enumerator = runtime.EventsAsync(filter, events._stop.Token).GetAsyncEnumerator(events._stop.Token);
            events._reader = events.ReadAsync(enumerator);
            return events;
        }

        public int Count(string action)
        {
            lock (_counts)
            {
                return _counts.GetValueOrDefault(action);
            }
        }

        /// <summary>Until <paramref name="count"/> events of <paramref name="action"/> came; false when the run ended first.</summary>
        public async Task<bool> WaitForAsync(string action, int count, Task? run)
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (Count(action) < count)
            {
                if (run?.IsCompleted == true)
                {
                    return false;
                }

                DateTime.UtcNow.Should().BeBefore(deadline, $"the engine should have reported {count} '{action}' event(s) of the project");
                await Task.Delay(10);
            }

            return true;
        }

        private async Task ReadAsync(IAsyncEnumerator<EngineEvent> events)
        {
            try
            {
                while (await events.MoveNextAsync())
                {
                    lock (_counts)
                    {
                        _counts[events.Current.Action] = _counts.GetValueOrDefault(events.Current.Action) + 1;
                    }
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            finally
            {
                await events.DisposeAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _reader;
            _stop.Dispose();
        }
    }
}
