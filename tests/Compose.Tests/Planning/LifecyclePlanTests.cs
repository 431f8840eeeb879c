using Compose.Errors;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Tests.Planning;

public class LifecyclePlanTests
{
    private const string Stack = """
        services:
          db:
            image: x
          web:
            image: x
            depends_on:
              db: {condition: service_healthy}
          worker:
            image: x
            depends_on:
              db: {condition: service_started, restart: true}
        """;

    [Fact]
    public async Task Stop_stops_dependents_before_their_dependencies()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack, null, e => e.HealthOnStart("db", "healthy"));
        var options = new LifecycleOptions();

        var plan = await scenario.PlanAsync(project, (p, o) => Planner.PlanStop(p, o, options));

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:worker:1, StopContainer, stop
            [] -> #2 service:web:1, StopContainer, stop
            [1,2] -> #3 service:db:1, StopContainer, stop
            """));
        await scenario.ExecuteAndConvergeAsync(plan, () => scenario.PlanAsync(project, (p, o) => Planner.PlanStop(p, o, options)));
    }

    [Fact]
    public async Task Start_starts_dependencies_first_and_waits_for_their_conditions()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack, null, e => e.HealthOnStart("db", "healthy"));
        await scenario.Target.ExecuteAsync(await scenario.PlanAsync(project, (p, o) => Planner.PlanStop(p, o, new LifecycleOptions())), default);
        var options = new LifecycleOptions();

        var plan = await scenario.PlanAsync(project, (p, o) => Planner.PlanStart(p, o, options));

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:db:1, StartContainer, start
            [1] -> #2 service:db, WaitForService, depends_on service_healthy
            [1,2] -> #3 service:web:1, StartContainer, start
            [1] -> #4 service:worker:1, StartContainer, start
            """));
        await scenario.ExecuteAndConvergeAsync(plan, () => scenario.PlanAsync(project, (p, o) => Planner.PlanStart(p, o, options)));
    }

    [Fact]
    public async Task Start_of_a_service_without_containers_is_an_error()
    {
        var project = await TestProjects.ProjectAsync(Stack);

        var act = () => Planner.PlanStart(project, ObservedState.Empty("test"), new LifecycleOptions { Services = ["web"] });

        act.Should().Throw<ComposeException>().WithMessage("service web has no container to start; run 'composectl up web' to create it.");
    }

    [Fact]
    public async Task Restart_follows_dependency_order_includes_restart_true_dependents_and_applies_no_file_change()
    {
        var (scenario, _) = await Scenario.UpAsync(Stack, null, e => e.HealthOnStart("db", "healthy"));
        var changed = await TestProjects.ProjectAsync(Stack.Replace("  db:\n    image: x\n", "  db:\n    image: y\n"));
        var ids = scenario.Engine.Containers.Select(c => c.Id).ToList();

        var plan = await scenario.PlanAsync(changed, (p, o) => Planner.PlanRestart(p, o, new LifecycleOptions { Services = ["db"] }));

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:db:1, RestartContainer, restart
            [1] -> #2 service:worker:1, RestartContainer, restart
            """));
        await scenario.Target.ExecuteAsync(plan, default);
        scenario.Engine.Containers.Select(c => c.Id).Should().Equal(ids);
        scenario.Engine.Container("test-db-1").Image.Should().Be("x");
    }

    [Fact]
    public async Task Kill_pause_and_unpause_act_on_the_selected_services_containers_in_the_right_state()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack, null, e => e.HealthOnStart("db", "healthy"));
        var web = new LifecycleOptions { Services = ["web"] };

        var pause = await scenario.PlanAsync(project, (p, o) => Planner.PlanPause(p, o, web));
        await scenario.ExecuteAndConvergeAsync(pause, () => scenario.PlanAsync(project, (p, o) => Planner.PlanPause(p, o, web)));
        var unpause = await scenario.PlanAsync(project, (p, o) => Planner.PlanUnpause(p, o, new LifecycleOptions()));
        await scenario.ExecuteAndConvergeAsync(unpause, () => scenario.PlanAsync(project, (p, o) => Planner.PlanUnpause(p, o, new LifecycleOptions())));
        var kill = await scenario.PlanAsync(project, (p, o) => Planner.PlanKill(p, o, web with { Signal = "SIGTERM" }));
        await scenario.ExecuteAndConvergeAsync(kill, () => scenario.PlanAsync(project, (p, o) => Planner.PlanKill(p, o, web)));

        pause.ToText().Should().Be("[] -> #1 service:web:1, PauseContainer, pause\n");
        unpause.ToText().Should().Be("[] -> #1 service:web:1, UnpauseContainer, unpause\n");
        kill.ToText().Should().Be("[] -> #1 service:web:1, KillContainer, kill SIGTERM\n");
        scenario.Engine.CallTexts.Should().Contain("kill SIGTERM container test-web-1");
        scenario.Engine.Container("test-db-1").State.Should().Be(ContainerState.Running);
    }

    [Fact]
    public async Task Rm_removes_stopped_containers_only_unless_asked_to_stop_them_first()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack, null, e => e.HealthOnStart("db", "healthy"));
        await scenario.Engine.StopContainerAsync(scenario.Engine.Container("test-web-1").Id, null, default);

        var stoppedOnly = await scenario.PlanAsync(project, (p, o) => Planner.PlanRemove(p, o, new LifecycleOptions { RemoveVolumes = true }));
        var stopFirst = await scenario.PlanAsync(project, (p, o) => Planner.PlanRemove(p, o, new LifecycleOptions { StopFirst = true, Services = ["worker"] }));

        stoppedOnly.ToText().Should().Be("[] -> #1 service:web:1, RemoveContainer, rm\n");
        stopFirst.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:worker:1, StopContainer, rm --stop
            [1] -> #2 service:worker:1, RemoveContainer, rm
            """));
        await scenario.ExecuteAndConvergeAsync(stopFirst, () => scenario.PlanAsync(project, (p, o) => Planner.PlanRemove(p, o, new LifecycleOptions { StopFirst = true, Services = ["worker"] })));
    }
}
