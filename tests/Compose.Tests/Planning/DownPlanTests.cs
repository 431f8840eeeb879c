using System.Collections.Immutable;
using Compose.Observing;
using Compose.Planning;
using Compose.Targets.Engine;
using Compose.Runtime;

namespace Compose.Tests.Planning;

public class DownPlanTests
{
    private const string TwoTier = "services:\n  db:\n    image: busybox\n  web:\n    image: busybox\n    depends_on: [db]\n";

    [Fact]
    public async Task Down_stops_dependents_first_then_removes_containers_then_networks()
    {
        var (scenario, project) = await Scenario.UpAsync(TwoTier);

        var plan = await scenario.Target.PlanDownAsync(project, new DownOptions(), default);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, StopContainer, project down
            [1] -> #2 service:web:1, RemoveContainer, project down
            [1] -> #3 service:db:1, StopContainer, project down
            [3] -> #4 service:db:1, RemoveContainer, project down
            [2,4] -> #5 network:default, RemoveNetwork, project down
            """));
        await scenario.ExecuteAndConvergeAsync(plan, () => scenario.Target.PlanDownAsync(project, new DownOptions(), default));
        scenario.Engine.Containers.Should().BeEmpty();
        scenario.Engine.Networks.Should().BeEmpty();
    }

    [Fact]
    public async Task Down_keeps_a_network_a_container_of_another_project_still_uses_with_a_warning()
    {
        var (scenario, project) = await Scenario.UpAsync(TwoTier);
        var network = scenario.Engine.Networks.Single().Name;
        var other = await scenario.Engine.CreateContainerAsync(new ContainerCreateSpec
        {
            Name = "someone-else",
            Image = "busybox",
            Networks = [new NetworkAttachment(network, [])],
        }, default);
        // Running: as on the engine, only a running container's endpoint keeps a network from being removed.
        await scenario.Engine.StartContainerAsync(other, default);
        var progress = new RecordingProgress();

        var plan = await scenario.Target.PlanDownAsync(project, new DownOptions(), default);
        await new EngineTarget(scenario.Engine, progress).ExecuteAsync(plan, default);

        scenario.Engine.Networks.Select(n => n.Name).Should().Equal(network);
        scenario.Engine.Containers.Select(c => c.Name).Should().Equal("someone-else");
        progress.Lines.Should().Contain($"Network {network} Resource is still in use");
    }

    [Fact]
    public async Task Down_includes_one_off_containers_and_with_volumes_removes_named_and_anonymous_volumes_but_never_external_ones()
    {
        var (scenario, project) = await Scenario.UpAsync("services:\n  db:\n    image: x\n    volumes: [data:/data, kept:/kept]\nvolumes:\n  data: {}\n  kept: {external: true}\n", null, engine => engine.SeedVolume("kept"));
        var anonymous = new string('b', 64);
        var db = scenario.Engine.Container("test-db-1");
        scenario.Engine.Seed(db with { Mounts = [new MountInfo(MountType.Volume, anonymous, null, "/var/lib", true)] });
        scenario.Engine.SeedVolume(anonymous);
        scenario.Engine.Seed(db with
        {
            Id = "oneoff1", Name = "test-db-run-1f2e", State = ContainerState.Exited, Status = "Exited (0) 1 second ago", Mounts = [],
            Labels = db.Labels.SetItem("com.docker.compose.oneoff", "True"),
        });
        var options = new DownOptions { RemoveVolumes = true };

        var plan = await scenario.Target.PlanDownAsync(project, options, default);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:db:1, StopContainer, project down
            [1] -> #2 service:db:1, RemoveContainer, project down
            [] -> #3 container:test-db-run-1f2e, RemoveContainer, orphan or one-off container
            [2,3] -> #4 network:default, RemoveNetwork, project down
            [2,3] -> #5 volume:data, RemoveVolume, down -v
            [2,3] -> #6 volume:bbbbbbbbbbbb, RemoveVolume, anonymous volume
            """));
        await scenario.ExecuteAndConvergeAsync(plan, () => scenario.Target.PlanDownAsync(project, options, default));
        scenario.Engine.Volumes.Select(v => v.Name).Should().Equal("kept");
    }

    [Fact]
    public async Task Down_with_rmi_removes_the_images_after_the_containers()
    {
        var (scenario, project) = await Scenario.UpAsync("services:\n  app:\n    image: busybox\n  tool:\n    image: busybox\n");
        var options = new DownOptions { RemoveImages = ImageRemoval.All };

        var plan = await scenario.Target.PlanDownAsync(project, options, default);
        var local = await scenario.Target.PlanDownAsync(project, options with { RemoveImages = ImageRemoval.Local }, default);

        plan.Steps.Should().ContainSingle(s => s.Resource == "image:busybox").Which.DependsOn.Should().HaveCount(2);
        local.Steps.Should().NotContain(s => s.Resource.StartsWith("image:", StringComparison.Ordinal), "busybox is named in the file, not built by compose");
        await scenario.Target.ExecuteAsync(plan, default);
        scenario.Engine.CallTexts.Should().Contain("remove image busybox");
    }

    [Fact]
    public async Task Down_from_labels_alone_keeps_the_dependency_order_and_finds_networks_and_volumes()
    {
        var (scenario, _) = await Scenario.UpAsync(TwoTier.Replace("    image: busybox\n  web:", "    image: busybox\n    volumes: [data:/data]\n  web:", StringComparison.Ordinal) + "volumes:\n  data: {}\n");
        var observed = await scenario.Target.ObserveAsync("test", default);
        var project = LabelProject.From(observed);

        var plan = Planner.PlanDown(project, observed, new DownOptions { RemoveVolumes = true });

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, StopContainer, project down
            [1] -> #2 service:web:1, RemoveContainer, project down
            [1] -> #3 service:db:1, StopContainer, project down
            [3] -> #4 service:db:1, RemoveContainer, project down
            [2,4] -> #5 network:default, RemoveNetwork, project down
            [2,4] -> #6 volume:data, RemoveVolume, down -v
            """));
        await scenario.Target.ExecuteAsync(plan, default);
        (await scenario.Target.ObserveAsync("test", default)).Containers.Should().BeEmpty();
        scenario.Engine.Networks.Should().BeEmpty();
        scenario.Engine.Volumes.Should().BeEmpty();
    }

    [Fact]
    public async Task Down_with_remove_orphans_takes_containers_of_services_gone_from_the_file()
    {
        var (scenario, _) = await Scenario.UpAsync("services:\n  a:\n    image: x\n  old:\n    image: x\n");
        var project = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n");

        var without = await scenario.Target.PlanDownAsync(project, new DownOptions(), default);
        var with = await scenario.Target.PlanDownAsync(project, new DownOptions { RemoveOrphans = true }, default);

        without.Steps.Should().NotContain(s => s.Resource == "service:old:1");
        with.Steps.Where(s => s.Resource == "service:old:1").Select(s => s.Action).Should().Equal("StopContainer", "RemoveContainer");
        await scenario.ExecuteAndConvergeAsync(with, () => scenario.Target.PlanDownAsync(project, new DownOptions { RemoveOrphans = true }, default));
    }

    [Fact]
    public async Task Down_without_the_profile_stops_a_profile_container_beside_the_rest_and_waits_only_where_a_dependency_is()
    {
        const string Yaml = "services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on: [db]\n"
            + "  debug:\n    image: x\n    profiles: [debug]\n  psql:\n    image: x\n    profiles: [debug]\n    depends_on: [db]\n";
        var scenario = new Scenario();
        await scenario.Target.UpAsync(await TestProjects.ProjectAsync(Yaml, new Dictionary<string, string> { ["COMPOSE_PROFILES"] = "debug" }), new UpOptions(), default);
        var project = await TestProjects.ProjectAsync(Yaml);

        var plan = await scenario.Target.PlanDownAsync(project, new DownOptions(), default);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, StopContainer, project down
            [1] -> #2 service:web:1, RemoveContainer, project down
            [] -> #3 service:psql:1, StopContainer, project down
            [3] -> #4 service:psql:1, RemoveContainer, project down
            [] -> #5 service:debug:1, StopContainer, project down
            [5] -> #6 service:debug:1, RemoveContainer, project down
            [1,3] -> #7 service:db:1, StopContainer, project down
            [7] -> #8 service:db:1, RemoveContainer, project down
            [2,4,6,8] -> #9 network:default, RemoveNetwork, project down
            """));
        await scenario.ExecuteAndConvergeAsync(plan, () => scenario.Target.PlanDownAsync(project, new DownOptions(), default));
        scenario.Engine.Containers.Should().BeEmpty();
    }
}
