using System.Collections.Immutable;
using Compose.Errors;
using Compose.Observing;
using Compose.Planning;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Tests.Planning;

public class ReplicaPlanTests
{
    private const string Web = "services:\n  web:\n    image: busybox\n    scale: 2\n";

    [Fact]
    public async Task Scale_up_continues_numbering_after_the_highest_number()
    {
        var (scenario, _) = await Scenario.UpAsync(Web);
        var project = await TestProjects.ProjectAsync(Web.Replace("scale: 2", "scale: 4"));

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:3, CreateContainer, no existing container
            [] -> #2 service:web:4, CreateContainer, no existing container
            [1] -> #3 service:web:3, StartContainer, created
            [2] -> #4 service:web:4, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
        scenario.Engine.Containers.Select(c => c.Name).Should().Equal("test-web-1", "test-web-2", "test-web-3", "test-web-4");
    }

    [Fact]
    public async Task Scale_down_removes_the_highest_numbers_first()
    {
        var (scenario, _) = await Scenario.UpAsync(Web.Replace("scale: 2", "scale: 3"));
        var project = await TestProjects.ProjectAsync(Web.Replace("scale: 2", "scale: 1"));

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:3, StopContainer, scaled down
            [1] -> #2 service:web:3, RemoveContainer, scaled down
            [] -> #3 service:web:2, StopContainer, scaled down
            [3] -> #4 service:web:2, RemoveContainer, scaled down
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
        scenario.Engine.Containers.Select(c => c.Name).Should().Equal("test-web-1");
    }

    [Fact]
    public async Task A_gap_in_numbers_is_not_filled_new_replicas_come_after_the_highest()
    {
        var (scenario, _) = await Scenario.UpAsync(Web.Replace("scale: 2", "scale: 3"));
        await scenario.Engine.RemoveContainerAsync(scenario.Engine.Container("test-web-2").Id, new ContainerRemoveOptions(Force: true), default);
        var project = await TestProjects.ProjectAsync(Web.Replace("scale: 2", "scale: 3"));

        var plan = await scenario.PlanUpAsync(project);

        plan.Steps.OfType<CreateContainerStep>().Single().Spec.Name.Should().Be("test-web-4");
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Fact]
    public async Task The_scale_flag_overrides_the_file()
    {
        var (scenario, project) = await Scenario.UpAsync(Web);
        var options = new UpOptions { Scale = ImmutableSortedDictionary<string, int>.Empty.Add("web", 0) };

        var plan = await scenario.PlanUpAsync(project, options);

        plan.Steps.OfType<RemoveContainerStep>().Select(s => s.Resource).Should().Equal("service:web:2", "service:web:1");
        await scenario.ExecuteAndConvergeUpAsync(plan, project, options);
    }

    [Fact]
    public async Task Replicas_of_one_service_start_at_once_unless_their_host_ports_could_collide()
    {
        var scenario = new Scenario();
        var project = await TestProjects.ProjectAsync("services:\n  api:\n    image: x\n    scale: 2\n    ports: [\"127.0.0.1:9000-9001:80\"]\n  free:\n    image: x\n    scale: 2\n    ports: [\"80\"]\n");

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:api:1, CreateContainer, no existing container
            [1] -> #3 service:api:2, CreateContainer, no existing container
            [1] -> #4 service:free:1, CreateContainer, no existing container
            [1] -> #5 service:free:2, CreateContainer, no existing container
            [2] -> #6 service:api:1, StartContainer, created
            [3,6] -> #7 service:api:2, StartContainer, created
            [4] -> #8 service:free:1, StartContainer, created
            [5] -> #9 service:free:2, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Fact]
    public async Task A_container_name_allows_one_replica_only_whatever_the_scale_flag_says()
    {
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    container_name: single\n");

        var act = () => Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions { Scale = ImmutableSortedDictionary<string, int>.Empty.Add("web", 2) });

        act.Should().Throw<ComposeException>().WithMessage("services.web: container_name 'single' names a single container*");
    }

    [Fact]
    public async Task An_interrupted_recreate_leaving_the_replacement_beside_the_old_container_converges()
    {
        var (scenario, project) = await Scenario.UpAsync("services:\n  web:\n    image: x\n");
        var old = scenario.Engine.Container("test-web-1");
        var changed = await TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    environment: {A: '1'}\n");
        var recreate = await scenario.PlanUpAsync(changed);
        scenario.Engine.FailOn = "stop container";
        await FluentActions.Awaiting(() => scenario.Target.ExecuteAsync(recreate, default)).Should().ThrowAsync<Exception>();
        scenario.Engine.FailOn = null;

        var plan = await scenario.PlanUpAsync(changed);

        var temporary = $"{old.Id}_test-web-1";
        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, RemoveContainer, leftover of an interrupted recreate
            [1] -> #2 service:web:1, CreateContainer, config changed
            [2] -> #3 service:web:1, StopContainer, replaced by #2
            [2,3] -> #4 service:web:1, RemoveContainer, replaced by #2
            [4] -> #5 service:web:1, RenameContainer, finalize recreate
            [5] -> #6 service:web:1, StartContainer, recreated
            """));
        scenario.Engine.Containers.Select(c => c.Name).Should().Contain(temporary);
        await scenario.ExecuteAndConvergeUpAsync(plan, changed);
        scenario.Engine.Containers.Select(c => c.Name).Should().Equal("test-web-1");
    }

    [Fact]
    public async Task An_interrupted_recreate_that_removed_the_old_container_is_finished_by_a_rename()
    {
        var (scenario, _) = await Scenario.UpAsync("services:\n  web:\n    image: x\n");
        var changed = await TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    environment: {A: '1'}\n");
        var recreate = await scenario.PlanUpAsync(changed);
        scenario.Engine.FailOn = "rename container";
        await FluentActions.Awaiting(() => scenario.Target.ExecuteAsync(recreate, default)).Should().ThrowAsync<Exception>();
        scenario.Engine.FailOn = null;

        var plan = await scenario.PlanUpAsync(changed);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, RenameContainer, interrupted recreate
            [1] -> #2 service:web:1, StartContainer, container created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, changed);
    }

    [Fact]
    public async Task Recreating_keeps_the_anonymous_volumes_of_the_old_container_unless_renewed()
    {
        var (scenario, project) = await Scenario.UpAsync("services:\n  db:\n    image: x\n");
        var old = scenario.Engine.Container("test-db-1");
        var anonymous = new string('a', 64);
        scenario.Engine.Seed(old with { Mounts = [new MountInfo(MountType.Volume, anonymous, null, "/data", true), new MountInfo(MountType.Volume, "named", null, "/named", true)] });

        var kept = await scenario.PlanUpAsync(project, new UpOptions { ForceRecreate = true });
        var renewed = await scenario.PlanUpAsync(project, new UpOptions { ForceRecreate = true, RenewAnonymousVolumes = true });

        kept.Steps.OfType<CreateContainerStep>().Single().Spec.Mounts.Should().ContainSingle()
            .Which.Should().Be(new MountSpec { Type = MountType.Volume, Source = anonymous, Target = "/data" });
        kept.Steps.OfType<RemoveContainerStep>().Single().RemoveAnonymousVolumes.Should().BeFalse();
        renewed.Steps.OfType<CreateContainerStep>().Single().Spec.Mounts.Should().BeEmpty();
        renewed.Steps.OfType<RemoveContainerStep>().Single().RemoveAnonymousVolumes.Should().BeTrue();
        renewed.Steps.OfType<RemoveVolumeStep>().Should().ContainSingle("an inherited volume is mounted by name, so the engine's rm -v would skip it")
            .Which.Should().Match<RemoveVolumeStep>(s => s.VolumeName == anonymous && s.SkipWhenInUse && s.Reason == "anonymous volume");
        await scenario.ExecuteAndConvergeUpAsync(kept, project);
    }
}
