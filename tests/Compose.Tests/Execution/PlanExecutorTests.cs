using System.Collections.Concurrent;
using Compose.Execution;
using Compose.Planning;
using Compose.Runtime.Errors;
using Compose.Tests.Fakes;

namespace Compose.Tests.Execution;

public class PlanExecutorTests
{
    private sealed class RecordingSink : IProgressSink
    {
        public ConcurrentQueue<ProgressEvent> Events { get; } = new();

        public void Report(ProgressEvent progressEvent) => Events.Enqueue(progressEvent);
    }

    [Fact]
    public async Task Runs_steps_after_their_dependencies_and_reports_progress()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on: [db]\n");
        var engine = new FakeContainerRuntime();
        var sink = new RecordingSink();

        await new PlanExecutor(engine, sink).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        engine.Calls.Should().Equal(
            "create network test_default",
            "create container test-db-1",
            "start container test-db-1",
            "create container test-web-1",
            "start container test-web-1");
        sink.Events.Where(e => e.Name == "test-web-1").Select(e => e.Text).Should().Equal("Creating", "Created", "Starting", "Started");
    }

    [Fact]
    public async Task A_failure_stops_new_steps_and_surfaces_the_engine_error()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on: [db]\n");
        var engine = new FakeContainerRuntime { FailOn = "start container test-db-1" };
        var sink = new RecordingSink();

        var act = () => new PlanExecutor(engine, sink).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        await act.Should().ThrowAsync<ContainerRuntimeException>().WithMessage("*injected failure*");
        engine.Calls.Should().NotContain("create container test-web-1");
        sink.Events.Should().Contain(e => e.Name == "test-db-1" && e.Status == ProgressStatus.Error);
    }

    [Fact]
    public async Task Independent_steps_all_run_under_a_parallelism_limit()
    {
        var services = string.Concat(Enumerable.Range(1, 6).Select(i => $"  s{i}:\n    image: x\n"));
        var project = await TestProjects.ProjectAsync("services:\n" + services);
        var engine = new FakeContainerRuntime();

        await new PlanExecutor(engine, NullProgressSink.Instance, maxParallelism: 2).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);

        engine.Containers.Should().HaveCount(6).And.OnlyContain(c => c.State == Compose.Runtime.ContainerState.Running);
    }
}
