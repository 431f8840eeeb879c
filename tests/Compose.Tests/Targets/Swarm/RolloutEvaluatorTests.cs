using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Execution;
using Compose.Targets.Swarm.Steps;

namespace Compose.Tests.Targets.Swarm;

public class RolloutEvaluatorTests
{
    private static readonly DateTimeOffset Since = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Nodes = new() { ["n1"] = "node1", ["n2"] = "node2" };
    private static readonly SwarmServiceSpec V2 = Spec("web:v2");

    [Fact]
    public void The_rollout_is_done_once_the_update_completed_and_every_replica_of_the_new_spec_runs()
    {
        var state = Evaluate(Service(V2, "completed"), [Task(1, V2), Task(2, V2)]);

        state.Should().BeOfType<RolloutState.Done>().Which.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Old_tasks_still_running_before_the_swarm_starts_the_update_do_not_count()
    {
        var state = Evaluate(Service(V2, status: null), [Task(1, Spec("web:v1")), Task(2, Spec("web:v1"))]);

        state.Should().Be(new RolloutState.Waiting("Waiting for the swarm to start the update"));
    }

    [Fact]
    public void An_update_state_older_than_this_write_belongs_to_another_rollout()
    {
        var stale = Service(V2, "completed") with { UpdateStatus = new SwarmUpdateStatus("completed", null) { StartedAt = Since.AddMinutes(-5) } };

        Evaluate(stale, [Task(1, V2), Task(2, V2)]).Should().BeOfType<RolloutState.Waiting>();
    }

    [Fact]
    public void A_placement_no_node_satisfies_fails_with_the_schedulers_words()
    {
        var pending = Task(1, V2) with { State = "pending", Error = "no suitable node (scheduling constraints not satisfied on 3 nodes)" };

        var state = Evaluate(Service(V2, "updating"), [pending]);

        state.Should().BeOfType<RolloutState.Failed>().Which.Reason.Should().StartWith("no node can run its tasks: no suitable node (scheduling constraints not satisfied on 3 nodes)");
    }

    [Fact]
    public void A_spec_the_swarm_rolled_back_fails_with_the_tasks_errors_per_node()
    {
        var rolledBack = Service(Spec("web:v1"), "rollback_completed", "rollback completed");
        var failed = Task(3, V2) with { DesiredState = "shutdown", State = "failed", Error = "task: non-zero exit (137): dockerexec: unhealthy container", NodeId = "n2" };

        var state = Evaluate(rolledBack, [Task(1, Spec("web:v1")), failed]);

        state.Should().Be(new RolloutState.Failed("the update failed and the swarm rolled the service back to its previous spec; task on node2: task: non-zero exit (137): dockerexec: unhealthy container"));
    }

    [Fact]
    public void A_paused_update_fails_and_says_how_to_go_back()
    {
        var state = Evaluate(Service(V2, "paused", "update paused due to failure or early termination of task abc"), []);

        state.Should().BeOfType<RolloutState.Failed>().Which.Reason.Should().Be("its update paused: update paused due to failure or early termination of task abc; fix the cause and deploy again (or composectl rollback web)");
    }

    [Fact]
    public void Tasks_that_keep_failing_fail_a_new_service_but_a_failure_that_was_overcome_is_only_a_warning()
    {
        var create = Step() with { SwarmJudgesFailures = false, ReplacesTasks = false };
        var rejected = Enumerable.Range(1, 4).Select(i => Task(1, V2) with { Id = $"r{i}", DesiredState = "shutdown", State = "rejected", Error = "No such image: web:v2", NodeId = "n2" }).ToList();

        var failing = RolloutEvaluator.Evaluate(create, Service(V2, null), rejected, Nodes, Since, TimeSpan.FromSeconds(30));
        var overcome = RolloutEvaluator.Evaluate(create, Service(V2, null), [.. rejected.Take(1), Task(1, V2), Task(2, V2)], Nodes, Since, TimeSpan.FromSeconds(30));

        failing.Should().BeOfType<RolloutState.Failed>().Which.Reason.Should().Be("its tasks keep failing (4 failed, 0/2 running); task on node2: No such image: web:v2");
        overcome.Should().BeOfType<RolloutState.Done>().Which.Warnings.Should().Equal("a task on node2 failed (No such image: web:v2); the swarm ran it again");
    }

    [Fact]
    public void A_rollback_asked_for_is_done_when_the_swarm_completed_it()
    {
        var step = Step() with { RollingBack = true };

        RolloutEvaluator.Evaluate(step, Service(V2, "rollback_completed", "rollback completed"), [Task(1, V2), Task(2, V2)], Nodes, Since, TimeSpan.FromSeconds(1))
            .Should().BeOfType<RolloutState.Done>();
    }

    private static RolloutState Evaluate(SwarmService service, IReadOnlyList<SwarmTask> tasks) =>
        RolloutEvaluator.Evaluate(Step(), service, tasks, Nodes, Since, TimeSpan.FromSeconds(1));

    private static WaitForRolloutStep Step() => new()
    {
        Id = 2, Resource = "service:demo_web", Reason = "2 replicas running", Service = "demo_web", Expected = V2, Outcome = "Updated",
        ReplacesTasks = true, SwarmJudgesFailures = true,
    };

    private static SwarmServiceSpec Spec(string image) => new()
    {
        Name = "demo_web",
        Labels = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("com.docker.stack.namespace", "demo")]),
        Container = new SwarmContainerSpec { Image = image },
        Replicas = 2,
    };

    private static SwarmService Service(SwarmServiceSpec spec, string? status, string? message = null) => new()
    {
        Id = "s1",
        Version = 7,
        Spec = spec,
        UpdatedAt = Since,
        UpdateStatus = status is null ? null : new SwarmUpdateStatus(status, message) { StartedAt = Since.AddSeconds(1) },
    };

    private static SwarmTask Task(int slot, SwarmServiceSpec spec) => new()
    {
        Id = $"t{slot}",
        ServiceId = "s1",
        Slot = slot,
        NodeId = slot % 2 == 0 ? "n2" : "n1",
        DesiredState = "running",
        State = "running",
        Timestamp = Since.AddSeconds(2),
        Image = spec.Container.Image,
        Container = spec.Container,
    };
}
