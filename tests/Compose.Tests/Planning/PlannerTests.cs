using Compose.Execution;
using Compose.Planning;
using Compose.Tests.Fakes;

namespace Compose.Tests.Planning;

public class PlannerTests
{
    private const string TwoTier = """
        services:
          db:
            image: busybox
          web:
            image: busybox
            depends_on: [db]
            ports: ["127.0.0.1:8080:80"]
        """;

    [Fact]
    public async Task Up_on_an_empty_engine_creates_network_then_services_in_dependency_order()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);

        var plan = Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions());

        plan.ToText().Should().Be("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [2] -> #3 service:db:1, StartContainer, created
            [1,3] -> #4 service:web:1, CreateContainer, no existing container
            [4] -> #5 service:web:1, StartContainer, created

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Up_on_converged_project_plans_nothing()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);
        var engine = new FakeContainerRuntime();
        var reconciler = new Reconciler(engine, NullProgressSink.Instance);

        await reconciler.UpAsync(project, new UpOptions(), default);
        var second = await reconciler.PlanUpAsync(project, new UpOptions(), default);

        second.IsEmpty.Should().BeTrue(second.ToText());
    }

    [Fact]
    public async Task A_changed_service_is_recreated_and_the_others_kept()
    {
        var engine = new FakeContainerRuntime();
        var reconciler = new Reconciler(engine, NullProgressSink.Instance);
        await reconciler.UpAsync(await TestProjects.ProjectAsync(TwoTier), new UpOptions(), default);

        var changed = await TestProjects.ProjectAsync(TwoTier.Replace("ports: [\"127.0.0.1:8080:80\"]", "ports: [\"127.0.0.1:8081:80\"]"));
        var plan = await reconciler.PlanUpAsync(changed, new UpOptions(), default);

        plan.ToText().Should().Be("""
            [] -> #1 service:web:1, StopContainer, config changed
            [1] -> #2 service:web:1, RemoveContainer, config changed
            [2] -> #3 service:web:1, CreateContainer, config changed
            [3] -> #4 service:web:1, StartContainer, created

            """.Replace("\r\n", "\n"));
        await reconciler.ExecuteAsync(plan, default);
        (await reconciler.PlanUpAsync(changed, new UpOptions(), default)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task A_stopped_container_is_started_again_not_recreated()
    {
        var project = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n");
        var engine = new FakeContainerRuntime();
        var reconciler = new Reconciler(engine, NullProgressSink.Instance);
        await reconciler.UpAsync(project, new UpOptions(), default);
        await engine.StopContainerAsync(engine.Containers.Single().Id, null, default);

        var plan = await reconciler.PlanUpAsync(project, new UpOptions(), default);

        plan.ToText().Should().Be("[] -> #1 service:a:1, StartContainer, container exited\n");
    }

    [Fact]
    public async Task Force_recreate_recreates_even_unchanged_containers()
    {
        var project = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n");
        var engine = new FakeContainerRuntime();
        var reconciler = new Reconciler(engine, NullProgressSink.Instance);
        await reconciler.UpAsync(project, new UpOptions(), default);

        var plan = await reconciler.PlanUpAsync(project, new UpOptions { ForceRecreate = true }, default);

        plan.Steps.Select(s => s.Action).Should().Equal("StopContainer", "RemoveContainer", "CreateContainer", "StartContainer");
    }

    [Fact]
    public async Task Down_removes_dependents_first_then_the_network()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);
        var engine = new FakeContainerRuntime();
        var reconciler = new Reconciler(engine, NullProgressSink.Instance);
        await reconciler.UpAsync(project, new UpOptions(), default);

        var plan = await reconciler.PlanDownAsync(project, new DownOptions(), default);

        plan.ToText().Should().Be("""
            [] -> #1 service:web:1, StopContainer, project down
            [1] -> #2 service:web:1, RemoveContainer, project down
            [1] -> #3 service:db:1, StopContainer, project down
            [3] -> #4 service:db:1, RemoveContainer, project down
            [2,4] -> #5 network:default, RemoveNetwork, project down

            """.Replace("\r\n", "\n"));
        await reconciler.ExecuteAsync(plan, default);
        engine.Containers.Should().BeEmpty();
        engine.Networks.Should().BeEmpty();
        (await reconciler.PlanDownAsync(project, new DownOptions(), default)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task Plans_are_deterministic()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);

        var texts = Enumerable.Range(0, 5).Select(_ => Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()).ToText());

        texts.Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task Naming_a_service_plans_it_and_its_dependencies_only()
    {
        var project = await TestProjects.ProjectAsync(TwoTier + "\n  other:\n    image: busybox\n");

        var plan = Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions { Services = ["web"] });

        plan.Steps.Select(s => s.Resource).Distinct().Should().Equal("network:default", "service:db:1", "service:web:1");
    }

    [Fact]
    public async Task Naming_an_unknown_service_is_an_error()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);

        var act = () => Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions { Services = ["nope"] });

        act.Should().Throw<Compose.Errors.ComposeException>().WithMessage("no such service: nope");
    }
}
