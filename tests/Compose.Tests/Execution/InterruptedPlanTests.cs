using Compose.Execution;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Tests.Execution;

/// <summary>
/// An interrupt while a plan runs, on an engine that carries out a start the client stopped waiting for (as Docker and
/// Podman do): what the executor leaves the engine in, so that whatever comes next (the stop of an attached up) sees it.
/// </summary>
public class InterruptedPlanTests
{
    private const string TwoTier = "services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on: [db]\n";

    [Fact]
    public async Task With_calls_kept_an_interrupt_waits_for_the_start_in_flight_and_starts_nothing_new()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);
        var engine = new FakeContainerRuntime { HoldStarts = true };
        using var interrupt = new CancellationTokenSource();

        var execution = new PlanExecutor(engine, NullProgressSink.Instance)
            .ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), new StepResults(), CancellationToken.None, interrupt.Token);
        await engine.WaitForCallAsync("start-requested container test-db-1");
        await interrupt.CancelAsync();
        var early = await Task.WhenAny(execution, Task.Delay(TimeSpan.FromMilliseconds(200)));
        await engine.LandStarts();

        early.Should().NotBeSameAs(execution, "the walk ends only once the engine has answered the start it was sent");
        await execution.Invoking(e => e).Should().ThrowAsync<OperationCanceledException>();
        engine.Container("test-db-1").State.Should().Be(ContainerState.Running, "the start in flight landed, and the caller knows it");
        engine.CallTexts.Should().NotContain(c => c.EndsWith("container test-web-1", StringComparison.Ordinal) && c.StartsWith("start", StringComparison.Ordinal),
            "nothing new starts after the interrupt");
    }

    [Fact]
    public async Task A_second_interrupt_still_lets_a_start_in_flight_land_so_the_kill_that_follows_sees_it()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);
        var engine = new FakeContainerRuntime { HoldStarts = true };
        using var interrupt = new CancellationTokenSource();
        using var second = new CancellationTokenSource();

        var execution = new PlanExecutor(engine, NullProgressSink.Instance)
            .ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), new StepResults(), second.Token, interrupt.Token);
        await engine.WaitForCallAsync("start-requested container test-db-1");
        await interrupt.CancelAsync();
        await second.CancelAsync();
        var early = await Task.WhenAny(execution, Task.Delay(TimeSpan.FromMilliseconds(200)));
        await engine.LandStarts();

        early.Should().NotBeSameAs(execution, "a start is never given up on: the engine would carry it out after the kill");
        await execution.Invoking(e => e).Should().ThrowAsync<OperationCanceledException>();
        engine.Container("test-db-1").State.Should().Be(ContainerState.Running);
    }

    [Fact]
    public async Task By_default_an_interrupt_cancels_the_calls_in_flight_and_the_engine_may_still_carry_them_out()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);
        var engine = new FakeContainerRuntime { HoldStarts = true };
        using var interrupt = new CancellationTokenSource();

        var execution = new PlanExecutor(engine, NullProgressSink.Instance).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), interrupt.Token);
        await engine.WaitForCallAsync("start-requested container test-db-1");
        await interrupt.CancelAsync();

        await execution.Invoking(e => e).Should().ThrowAsync<OperationCanceledException>();
        engine.Container("test-db-1").State.Should().Be(ContainerState.Created, "the walk ended before the engine answered");
        await engine.LandStarts();
        engine.Container("test-db-1").State.Should().Be(ContainerState.Running, "which is why an attached up keeps its calls (UpRequest.SecondInterrupt)");
    }

    [Fact]
    public async Task A_kill_of_a_container_that_stopped_after_the_observation_is_done_not_failed()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);
        var engine = new FakeContainerRuntime();
        await new PlanExecutor(engine, NullProgressSink.Instance).ExecuteAsync(Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()), default);
        var observed = await new StateObserver(engine).ObserveAsync(project, default);
        var progress = new RecordingProgress();

        // A graceful stop that a second Ctrl+C cut short on the client, and that the engine finished anyway.
        engine.ExitWith("test-db-1", 0);
        await new PlanExecutor(engine, progress).ExecuteAsync(Planner.PlanKill(project, observed, new LifecycleOptions()), default);

        engine.CallTexts.Should().Contain("kill SIGKILL container test-db-1", "the kill was sent, and the engine refused it: the container was not running");
        progress.Lines.Should().Contain("Container test-db-1 Killed").And.Contain("Container test-web-1 Killed");
        engine.Containers.Should().OnlyContain(c => c.State == ContainerState.Exited);
    }
}
