using System.Collections.Concurrent;
using Compose.Errors;
using Compose.Execution;
using Compose.Execution.Waiting;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Tests.Execution;

public class PlanExecutorTests
{
    private const string TwoTier = "services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on: [db]\n";

    private sealed class RecordingSink : IProgressSink
    {
        public ConcurrentQueue<ProgressEvent> Events { get; } = new();

        public void Report(ProgressEvent progressEvent) => Events.Enqueue(progressEvent);
    }

    [Fact]
    public async Task Runs_steps_after_their_dependencies_and_reports_progress()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);
        var engine = new FakeContainerRuntime();
        var sink = new RecordingSink();

        await new PlanExecutor(engine, sink).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        var calls = engine.CallTexts.ToList();
        calls.Should().HaveCount(5).And.StartWith("create network test_default");
        calls.IndexOf("start container test-db-1").Should().BeGreaterThan(calls.IndexOf("create container test-db-1"));
        calls.IndexOf("start container test-web-1").Should().BeGreaterThan(calls.IndexOf("start container test-db-1"));
        sink.Events.Where(e => e.Name == "test-web-1").Select(e => e.Text).Should().Equal("Creating", "Created", "Starting", "Started");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_wait_for_health_drives_the_checks_only_where_the_engine_does_not_run_them(bool engineRunsThem)
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n    healthcheck: {test: [CMD, 'true']}\n  web:\n    image: x\n    depends_on: {db: {condition: service_healthy}}\n");
        // Podman without systemd: health stays "starting" until someone runs the check.
        var engine = new FakeContainerRuntime { Capabilities = RuntimeCapabilities.Docker with { Driver = "fake", RunsHealthChecks = engineRunsThem } }
            .HealthOnStart("db", engineRunsThem ? "healthy" : "starting");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await new PlanExecutor(engine, NullProgressSink.Instance).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), deadline.Token);

        engine.CallTexts.Should().Contain("start container test-web-1");
        engine.DrivenHealthChecks.Should().Equal(engineRunsThem ? [] : ["test-db-1"]);
    }

    [Fact]
    public async Task A_failure_stops_new_steps_and_surfaces_the_engine_error()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);
        var engine = new FakeContainerRuntime { FailOn = "start container test-db-1" };
        var sink = new RecordingSink();

        var act = () => new PlanExecutor(engine, sink).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        await act.Should().ThrowAsync<ContainerRuntimeException>().WithMessage("*injected failure*");
        engine.CallTexts.Should().NotContain("start container test-web-1");
        sink.Events.Should().Contain(e => e.Name == "test-db-1" && e.Status == ProgressStatus.Error);
    }

    [Fact]
    public async Task Independent_steps_run_at_once_up_to_the_parallelism_limit()
    {
        var services = string.Concat(Enumerable.Range(1, 6).Select(i => $"  s{i}:\n    image: x\n"));
        var project = await TestProjects.ProjectAsync("services:\n" + services);
        var limited = new FakeContainerRuntime { Latency = TimeSpan.FromMilliseconds(30) };
        var unbounded = new FakeContainerRuntime { Latency = TimeSpan.FromMilliseconds(30) };
        var plan = Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions());

        await new PlanExecutor(limited, NullProgressSink.Instance, maxParallelism: 2).ExecuteAsync(plan, default);
        await new PlanExecutor(unbounded, NullProgressSink.Instance).ExecuteAsync(plan, default);

        limited.Containers.Should().HaveCount(6).And.OnlyContain(c => c.State == ContainerState.Running);
        limited.MaxConcurrentCalls.Should().Be(2);
        unbounded.MaxConcurrentCalls.Should().Be(6);
    }

    [Fact]
    public async Task An_unhealthy_dependency_fails_fast_naming_the_service_with_its_last_health_output_and_log_lines()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on:\n      db: {condition: service_healthy}\n");
        var engine = new FakeContainerRuntime().HealthOnStart("db", "unhealthy").Prints("db", "starting", "FATAL: password file missing");
        var sink = new RecordingSink();

        var act = () => new PlanExecutor(engine, sink).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        var thrown = await act.Should().ThrowAsync<ServiceNotReadyException>();
        thrown.Which.Message.Should().Be("""
            dependency failed to start: service db: container test-db-1 is unhealthy; its last health check said: connection refused
              output of test-db-1:
                starting
                FATAL: password file missing
            """.ReplaceLineEndings("\n"));
        thrown.Which.Services.Should().Equal("db");
        engine.CallTexts.Should().NotContain("start container test-web-1");
    }

    [Fact]
    public async Task A_long_log_shows_only_its_last_lines_and_where_to_see_the_rest()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on:\n      db: {condition: service_healthy}\n");
        var lines = Enumerable.Range(1, 40).Select(i => $"line {i}").ToArray();
        var engine = new FakeContainerRuntime().HealthOnStart("db", "unhealthy").Prints("db", lines);

        var act = () => new PlanExecutor(engine, NullProgressSink.Instance).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        var message = (await act.Should().ThrowAsync<ServiceNotReadyException>()).Which.Message.Split('\n');
        message[1].Should().Be($"  last {NotReadyReport.LogLines} lines of output of test-db-1 ('composectl logs db' shows all):");
        message[2..].Should().Equal(lines[^NotReadyReport.LogLines..].Select(l => "    " + l));
    }

    [Fact]
    public async Task A_dependency_still_starting_when_the_wait_timeout_passes_fails_with_its_state_and_output()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on:\n      db: {condition: service_healthy}\n");
        var engine = new FakeContainerRuntime().HealthOnStart("db", "starting").Prints("db", "still replaying the journal");
        var sink = new RecordingSink();
        using var deadline = new WaitDeadline(TimeSpan.FromMilliseconds(100), TimeProvider.System);

        var act = () => new PlanExecutor(engine, sink, deadline: deadline).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        (await act.Should().ThrowAsync<ServiceNotReadyException>()).Which.Message.Should().Be("""
            dependency failed to start: service db was not healthy within the --wait-timeout of 0.1 s: container test-db-1 is running, health starting; its last health check said: connection refused
              output of test-db-1:
                still replaying the journal
            """.ReplaceLineEndings("\n"));
        engine.CallTexts.Should().NotContain("start container test-web-1");
        sink.Events.Should().Contain(e => e.Name == "test-db-1" && e.Status == ProgressStatus.Error && e.Text == "Timeout");
    }

    [Fact]
    public async Task A_one_shot_dependency_that_fails_stops_the_up_with_its_exit_code()
    {
        var project = await TestProjects.ProjectAsync("services:\n  migrate:\n    image: x\n  web:\n    image: x\n    depends_on:\n      migrate: {condition: service_completed_successfully}\n");
        var engine = new FakeContainerRuntime().ExitOnStart("migrate", 3);

        var act = () => new PlanExecutor(engine, NullProgressSink.Instance).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        await act.Should().ThrowAsync<ComposeException>().WithMessage("*test-migrate-1 didn't complete successfully: exit 3*");
    }

    [Fact]
    public async Task An_optional_dependency_that_fails_only_warns()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on:\n      db: {condition: service_healthy, required: false}\n");
        var engine = new FakeContainerRuntime().HealthOnStart("db", "unhealthy");
        var sink = new RecordingSink();

        await new PlanExecutor(engine, sink).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        engine.Container("test-web-1").State.Should().Be(ContainerState.Running);
        sink.Events.Should().Contain(e => e.Status == ProgressStatus.Warning && e.Detail!.Contains("required: false"));
    }

    [Fact]
    public async Task A_wait_reacts_to_the_health_event_that_comes_after_it_started_waiting()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on:\n      db: {condition: service_healthy}\n");
        var engine = new FakeContainerRuntime().HealthOnStart("db", "starting");
        var waiting = new SignallingSink("Waiting");

        var execution = new PlanExecutor(engine, waiting).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);
        await waiting.Reported.Task.WaitAsync(TimeSpan.FromSeconds(10));
        engine.CallTexts.Should().NotContain("start container test-web-1");
        engine.SetHealth("test-db-1", "healthy");
        await execution.WaitAsync(TimeSpan.FromSeconds(10));

        engine.Container("test-web-1").State.Should().Be(ContainerState.Running);
    }

    [Fact]
    public async Task A_failure_elsewhere_abandons_pending_waits()
    {
        var project = await TestProjects.ProjectAsync(
            "services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on:\n      db: {condition: service_healthy}\n  other:\n    image: x\n");
        var engine = new FakeContainerRuntime { FailOn = "start container test-other-1" }.HealthOnStart("db", "starting");

        var act = () => new PlanExecutor(engine, NullProgressSink.Instance).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        (await act.Should().ThrowAsync<ContainerRuntimeException>().WithMessage("*injected failure*")).Which.Should().NotBeNull();
    }

    [Fact]
    public async Task A_broken_event_stream_fails_the_wait_with_the_engine_error()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on:\n      db: {condition: service_healthy}\n");
        var engine = new FakeContainerRuntime { EventsFailure = new RuntimeUnavailableException("unix:///var/run/docker.sock", "connection reset") }.HealthOnStart("db", "starting");

        var act = () => new PlanExecutor(engine, NullProgressSink.Instance).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        await act.Should().ThrowAsync<RuntimeUnavailableException>().WithMessage("*connection reset*");
    }

    /// <summary>Completes when a progress event with the given text is reported: a real signal to wait on.</summary>
    private sealed class SignallingSink(string text) : IProgressSink
    {
        public TaskCompletionSource Reported { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Report(ProgressEvent progressEvent)
        {
            if (progressEvent.Text == text)
            {
                Reported.TrySetResult();
            }
        }
    }
}
