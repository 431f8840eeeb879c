using Compose.Planning;
using Compose.Runtime;
using Compose.Tests.Planning;

namespace Compose.Tests.Reconciling;

/// <summary>What up plans for the drift a reconcile pass heals, and what it leaves alone.</summary>
public sealed class ReconcilePlanTests
{
    private const string Stack = """
        services:
          db:
            image: busybox
          web:
            image: busybox
            depends_on:
              db: {condition: service_started, restart: true}
          worker:
            image: busybox
            depends_on: [db]
        """;

    private static readonly UpOptions Pass = new() { KeepStopped = true };

    [Fact]
    public async Task A_vanished_container_is_created_again_and_restarts_the_dependents_that_declare_restart_true()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack);
        await scenario.Engine.RemoveContainerAsync(scenario.Engine.Container("test-db-1").Id, new ContainerRemoveOptions { Force = true }, default);

        var plan = await scenario.PlanUpAsync(project, Pass with { Replaced = ["db"] });

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, StopContainer, dependency db recreated
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [2] -> #3 service:db:1, StartContainer, created
            [3] -> #4 service:web:1, StartContainer, dependency db recreated
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project, Pass);
    }

    [Fact]
    public async Task Without_the_vanished_mark_a_missing_container_is_only_created()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack);
        await scenario.Engine.RemoveContainerAsync(scenario.Engine.Container("test-db-1").Id, new ContainerRemoveOptions { Force = true }, default);

        var plan = await scenario.PlanUpAsync(project, Pass);

        plan.Steps.Select(s => s.Resource).Should().OnlyContain(r => r == "service:db:1", "a first up or a scale-up restarts nobody");
    }

    [Fact]
    public async Task A_stopped_container_is_left_stopped_and_one_whose_configuration_changed_is_recreated_without_a_start()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack);
        await scenario.Engine.StopContainerAsync(scenario.Engine.Container("test-worker-1").Id, null, default);

        (await scenario.PlanUpAsync(project, Pass)).IsEmpty.Should().BeTrue("stopping is the user's call, restarting the engine's");
        (await scenario.PlanUpAsync(project, Pass with { KeepStopped = false })).ToText().Should().Contain("service:worker:1, StartContainer, container exited", "--restart-stopped starts it");

        var edited = project with { Services = project.Services.SetItem("worker", project.Services["worker"] with { Environment = project.Services["worker"].Environment.SetItem("MODE", "fast") }) };
        var plan = await scenario.PlanUpAsync(edited, Pass);
        plan.ToText().Should().Contain("service:worker:1, CreateContainer, config changed").And.NotContain("StartContainer");
        await scenario.ExecuteAndConvergeUpAsync(plan, edited, Pass);
        scenario.Engine.Container("test-worker-1").State.Should().NotBe(ContainerState.Running);
    }

    [Fact]
    public async Task A_container_the_engine_stopped_as_it_restarted_is_started_again_and_so_is_its_recreated_replacement()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack);
        var worker = scenario.Engine.Container("test-worker-1").Id;
        await scenario.Engine.StopContainerAsync(worker, null, default);
        var afterRestart = Pass with { StoppedByEngine = [worker] };

        (await scenario.PlanUpAsync(project, afterRestart)).ToText().Should().Be(Golden.Text("""
            [] -> #1 service:worker:1, StartContainer, stopped when the engine restarted
            """), "no one chose that stop");

        var edited = project with { Services = project.Services.SetItem("worker", project.Services["worker"] with { Environment = project.Services["worker"].Environment.SetItem("MODE", "fast") }) };
        var plan = await scenario.PlanUpAsync(edited, afterRestart);
        plan.ToText().Should().Contain("service:worker:1, CreateContainer, config changed").And.Contain("service:worker:1, StartContainer");
        await scenario.ExecuteAndConvergeUpAsync(plan, edited, Pass);
        scenario.Engine.Container("test-worker-1").State.Should().Be(ContainerState.Running);
    }

    [Fact]
    public async Task A_removed_network_is_created_again_and_its_stopped_containers_recreated_so_they_can_start()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack);
        foreach (var name in new[] { "test-web-1", "test-worker-1", "test-db-1" })
        {
            await scenario.Engine.StopContainerAsync(scenario.Engine.Container(name).Id, null, default);
        }

        await scenario.Engine.RemoveNetworkAsync("test_default", default);

        var plan = await scenario.PlanUpAsync(project, Pass);

        plan.ToText().Should().StartWith("[] -> #1 network:default, CreateNetwork, not found")
            .And.Contain("service:db:1, CreateContainer, network default was removed")
            .And.Contain("service:web:1, CreateContainer, network default was removed")
            .And.NotContain("StartContainer", "they were stopped: repaired, not started");
        await scenario.ExecuteAndConvergeUpAsync(plan, project, Pass);
    }

    [Fact]
    public async Task A_container_disconnected_from_its_network_is_connected_again()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack);
        await scenario.Engine.DisconnectNetworkAsync("test_default", scenario.Engine.Container("test-web-1").Id, force: false, default);

        var plan = await scenario.PlanUpAsync(project, Pass);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, ConnectNetwork, disconnected from network default
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project, Pass);
    }

    [Fact]
    public async Task A_paused_container_stays_paused_in_a_pass()
    {
        var (scenario, project) = await Scenario.UpAsync(Stack);
        await scenario.Engine.PauseContainerAsync(scenario.Engine.Container("test-web-1").Id, default);

        (await scenario.PlanUpAsync(project, Pass)).IsEmpty.Should().BeTrue();
    }
}
