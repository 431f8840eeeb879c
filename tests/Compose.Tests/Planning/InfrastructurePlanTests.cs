using System.Collections.Immutable;
using Compose.Errors;
using Compose.Observing;
using Compose.Planning;
using Compose.Planning.Steps;

namespace Compose.Tests.Planning;

public class InfrastructurePlanTests
{
    [Fact]
    public async Task Volumes_and_networks_come_first_and_containers_wait_for_them()
    {
        var scenario = new Scenario();
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n    networks: [back]\n    volumes: [data:/data]\nnetworks:\n  back: {}\nvolumes:\n  data: {}\n");

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:back, CreateNetwork, not found
            [] -> #2 volume:data, CreateVolume, not found
            [1,2] -> #3 service:db:1, CreateContainer, no existing container
            [3] -> #4 service:db:1, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Theory]
    [InlineData(false, new[] { "network:front" })]
    [InlineData(true, new[] { "network:front", "network:spare" })]
    public async Task Naming_a_service_creates_its_networks_not_other_services_and_unused_ones_only_with_all_resources(bool allResources, string[] created)
    {
        var scenario = new Scenario();
        var project = (await TestProjects.LoadAsync(
            "services:\n  a:\n    image: x\n    networks: [front]\n  b:\n    image: x\n    networks: [back]\nnetworks:\n  front: {}\n  back: {}\n  spare: {}\n",
            adjust: r => r with { AllResources = allResources })).Project;
        var options = new UpOptions { Services = ["a"] };

        var plan = await scenario.PlanUpAsync(project, options);

        plan.Steps.OfType<CreateNetworkStep>().Select(s => s.Resource).Should().Equal(created);
        await scenario.ExecuteAndConvergeUpAsync(plan, project, options);
    }

    [Fact]
    public async Task A_missing_external_network_or_volume_is_a_clear_error()
    {
        var network = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n    networks: [shared]\nnetworks:\n  shared: {external: true}\n");
        var volume = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n    volumes: [keep:/keep]\nvolumes:\n  keep: {external: true, name: precious}\n");

        var noNetwork = () => Planner.PlanUp(network, ObservedState.Empty("test"), new UpOptions());
        var noVolume = () => Planner.PlanUp(volume, ObservedState.Empty("test"), new UpOptions());

        noNetwork.Should().Throw<ComposeException>().WithMessage("network shared is declared as external, but could not be found. Create it with 'docker network create shared'*");
        noVolume.Should().Throw<ComposeException>().WithMessage("volume precious is declared as external, but could not be found. Create it with 'docker volume create precious'*");
    }

    [Fact]
    public async Task An_existing_external_network_is_used_not_created()
    {
        var scenario = new Scenario();
        scenario.Engine.SeedNetwork("shared");
        var project = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n    networks: [shared]\nnetworks:\n  shared: {external: true}\n");

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:a:1, CreateContainer, no existing container
            [1] -> #2 service:a:1, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Fact]
    public async Task A_changed_network_is_recreated_after_its_containers_are_stopped_and_disconnected()
    {
        const string Yaml = "services:\n  a:\n    image: x\n    networks: [back]\n  b:\n    image: x\n    networks: [back]\nnetworks:\n  back: {}\n";
        var (scenario, _) = await Scenario.UpAsync(Yaml);
        var ids = scenario.Engine.Containers.Select(c => c.Id).ToList();
        var project = await TestProjects.ProjectAsync(Yaml.Replace("back: {}", "back: {internal: true}"));

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:a:1, StopContainer, network back changed
            [1] -> #2 service:a:1, DisconnectNetwork, network back changed
            [] -> #3 service:b:1, StopContainer, network back changed
            [3] -> #4 service:b:1, DisconnectNetwork, network back changed
            [2,4] -> #5 network:back, RemoveNetwork, definition changed
            [5] -> #6 network:back, CreateNetwork, definition changed
            [2,6] -> #7 service:a:1, ConnectNetwork, network back changed
            [4,6] -> #8 service:b:1, ConnectNetwork, network back changed
            [7] -> #9 service:a:1, StartContainer, network back changed
            [8] -> #10 service:b:1, StartContainer, network back changed
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
        scenario.Engine.Containers.Select(c => c.Id).Should().Equal(ids, "containers keep their identity across a network change");
        scenario.Engine.Networks.Single().Internal.Should().BeTrue();
    }

    [Fact]
    public async Task A_network_without_our_hash_is_never_recreated_on_a_guess()
    {
        var (scenario, _) = await Scenario.UpAsync("services:\n  a:\n    image: x\n");
        var network = scenario.Engine.Networks.Single();
        scenario.Engine.SeedNetwork(network.Name, network.Labels.Remove("com.docker.compose.config-hash"));
        var project = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\nnetworks:\n  default: {internal: true}\n");

        var plan = await scenario.PlanUpAsync(project);

        plan.IsEmpty.Should().BeTrue(plan.ToText());
    }

    [Fact]
    public async Task A_changed_volume_is_kept_with_a_warning_never_recreated()
    {
        var (scenario, _) = await Scenario.UpAsync("services:\n  a:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data: {}\n");
        var project = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data: {driver_opts: {type: tmpfs, device: tmpfs}}\n");

        var plan = await scenario.PlanUpAsync(project);

        plan.IsEmpty.Should().BeTrue(plan.ToText());
        plan.Warnings.Should().ContainSingle().Which.Should().StartWith("volume test_data exists with a different definition than volumes.data");
    }

    [Fact]
    public async Task Orphans_get_one_warning_or_are_removed_when_asked()
    {
        var (scenario, _) = await Scenario.UpAsync("services:\n  a:\n    image: x\n  old:\n    image: x\n");
        var project = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n");

        var warned = await scenario.PlanUpAsync(project);
        var silent = await scenario.PlanUpAsync(project, new UpOptions { IgnoreOrphans = true });
        var removal = await scenario.PlanUpAsync(project, new UpOptions { RemoveOrphans = true });

        warned.IsEmpty.Should().BeTrue();
        warned.Warnings.Should().Equal(
            "Found orphan containers ([test-old-1]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.");
        silent.Warnings.Should().BeEmpty();
        removal.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:old:1, StopContainer, orphan
            [1] -> #2 service:old:1, RemoveContainer, orphan
            """));
        await scenario.ExecuteAndConvergeUpAsync(removal, project, new UpOptions { RemoveOrphans = true });
    }

    [Fact]
    public async Task Containers_of_services_whose_profile_is_off_are_not_orphans_and_down_removes_them()
    {
        const string Yaml = "services:\n  app:\n    image: x\n  debug:\n    image: x\n    profiles: [debug]\n    depends_on: [app]\n";
        var scenario = new Scenario();
        var withDebug = await TestProjects.ProjectAsync(Yaml, new Dictionary<string, string> { ["COMPOSE_PROFILES"] = "debug" });
        await scenario.Target.UpAsync(withDebug, new UpOptions(), default);
        var project = await TestProjects.ProjectAsync(Yaml);

        var up = await scenario.PlanUpAsync(project, new UpOptions { RemoveOrphans = true });
        var down = await scenario.Target.PlanDownAsync(project, new DownOptions(), default);

        project.DisabledServices.Should().Equal("debug");
        up.IsEmpty.Should().BeTrue(up.ToText());
        up.Warnings.Should().BeEmpty();
        down.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:debug:1, StopContainer, project down
            [1] -> #2 service:debug:1, RemoveContainer, project down
            [1] -> #3 service:app:1, StopContainer, project down
            [3] -> #4 service:app:1, RemoveContainer, project down
            [2,4] -> #5 network:default, RemoveNetwork, project down
            """));
        await scenario.ExecuteAndConvergeAsync(down, () => scenario.Target.PlanDownAsync(project, new DownOptions(), default));
    }

    [Fact]
    public async Task Dependents_declared_with_restart_true_are_restarted_when_their_dependency_is_recreated()
    {
        const string Yaml = "services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on:\n      db: {condition: service_started, restart: true}\n";
        var (scenario, _) = await Scenario.UpAsync(Yaml);
        var web = scenario.Engine.Container("test-web-1").Id;
        var project = await TestProjects.ProjectAsync(Yaml.Replace("  db:\n    image: x\n", "  db:\n    image: x\n    environment: {V: '2'}\n"));

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, StopContainer, dependency db recreated
            [] -> #2 service:db:1, CreateContainer, config changed
            [1,2] -> #3 service:db:1, StopContainer, replaced by #2
            [2,3] -> #4 service:db:1, RemoveContainer, replaced by #2
            [4] -> #5 service:db:1, RenameContainer, finalize recreate
            [5] -> #6 service:db:1, StartContainer, recreated
            [6] -> #7 service:web:1, StartContainer, dependency db recreated
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
        scenario.Engine.Container("test-web-1").Id.Should().Be(web);
    }

    [Fact]
    public async Task A_missing_optional_dependency_is_started_without_with_a_warning()
    {
        var scenario = new Scenario();
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    depends_on:\n      cache: {condition: service_healthy, required: false}\n");

        var plan = await scenario.PlanUpAsync(project);

        plan.Steps.Should().NotContain(s => s is WaitForServiceStep);
        plan.Warnings.Should().Equal("service web: optional dependency cache is not defined; starting without it");
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Fact]
    public async Task A_stack_made_by_another_tool_is_kept_with_a_warning_not_recreated()
    {
        var (scenario, project) = await Scenario.UpAsync("services:\n  a:\n    image: x\n");
        var container = scenario.Engine.Container("test-a-1");
        // As docker-compose v1 makes it: underscores in the name, its own hash, no version label of ours.
        scenario.Engine.Seed(container with { Name = "test_a_1", Labels = container.Labels.Remove("dev.composectl.config-hash-version").SetItem("com.docker.compose.config-hash", "0f0f") });

        var plan = await scenario.PlanUpAsync(project);

        plan.IsEmpty.Should().BeTrue(plan.ToText());
        plan.Warnings.Should().ContainSingle().Which.Should().Contain("test_a_1 carries no config hash composectl can check").And.Contain("up --force-recreate a");
    }
}
