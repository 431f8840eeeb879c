using Compose.Errors;
using Compose.Observing;
using Compose.Planning;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Tests.Planning;

public class UpPlanTests
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

    private const string ThreeTier = """
        services:
          db:
            image: busybox
          migrate:
            image: busybox
            depends_on:
              db: {condition: service_healthy}
          api:
            image: busybox
            depends_on:
              db: {condition: service_healthy}
              migrate: {condition: service_completed_successfully}
          web:
            image: busybox
            depends_on: [api]
        """;

    [Fact]
    public async Task Up_on_an_empty_engine_creates_the_network_then_creates_all_and_starts_in_dependency_order()
    {
        var scenario = new Scenario();
        var project = await TestProjects.ProjectAsync(TwoTier);

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [1] -> #3 service:web:1, CreateContainer, no existing container
            [2] -> #4 service:db:1, StartContainer, created
            [3,4] -> #5 service:web:1, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Fact]
    public async Task Healthy_and_completed_conditions_wait_once_per_dependency_and_condition()
    {
        var scenario = new Scenario();
        scenario.Engine.HealthOnStart("db", "healthy").ExitOnStart("migrate", 0);
        var project = await TestProjects.ProjectAsync(ThreeTier);

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [1] -> #3 service:migrate:1, CreateContainer, no existing container
            [1] -> #4 service:api:1, CreateContainer, no existing container
            [1] -> #5 service:web:1, CreateContainer, no existing container
            [2] -> #6 service:db:1, StartContainer, created
            [6] -> #7 service:db, WaitForService, depends_on service_healthy
            [3,7] -> #8 service:migrate:1, StartContainer, created
            [8] -> #9 service:migrate, WaitForService, depends_on service_completed_successfully
            [4,7,9] -> #10 service:api:1, StartContainer, created
            [5,10] -> #11 service:web:1, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
        scenario.Engine.Container("test-migrate-1").State.Should().Be(ContainerState.Exited, "a completed one-shot is not run again");
    }

    [Fact]
    public async Task A_one_off_container_s_conditions_are_waited_for_after_its_dependencies_start()
    {
        var scenario = new Scenario();
        scenario.Engine.HealthOnStart("db", "healthy").ExitOnStart("migrate", 0);
        var project = await TestProjects.ProjectAsync(ThreeTier);
        var run = new UpOptions { Services = ["db", "migrate"], WaitFor = project.Services["api"].DependsOn };

        var plan = await scenario.PlanUpAsync(project, run);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [1] -> #3 service:migrate:1, CreateContainer, no existing container
            [2] -> #4 service:db:1, StartContainer, created
            [4] -> #5 service:db, WaitForService, depends_on service_healthy
            [3,5] -> #6 service:migrate:1, StartContainer, created
            [6] -> #7 service:migrate, WaitForService, depends_on service_completed_successfully
            """));
        await scenario.Target.ExecuteAsync(plan, default);
        var again = await scenario.PlanUpAsync(project, run);
        again.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:db, WaitForService, depends_on service_healthy
            [] -> #2 service:migrate, WaitForService, depends_on service_completed_successfully
            """), "a second run still checks the conditions, without starting anything");
    }

    [Fact]
    public async Task Up_on_a_converged_project_plans_nothing()
    {
        var (scenario, project) = await Scenario.UpAsync(TwoTier);

        var plan = await scenario.PlanUpAsync(project);

        plan.IsEmpty.Should().BeTrue(plan.ToText());
        plan.Warnings.Should().BeEmpty();
        plan.Unchanged.Should().Equal(["test-db-1", "test-web-1"], "they are reported as running, as docker compose does");
    }

    [Fact]
    public async Task A_changed_service_is_recreated_under_a_temporary_name_and_the_others_are_kept()
    {
        var (scenario, project) = await Scenario.UpAsync(TwoTier);
        var db = scenario.Engine.Container("test-db-1").Id;
        var web = scenario.Engine.Container("test-web-1").Id;
        var changed = await TestProjects.ProjectAsync(TwoTier.Replace("127.0.0.1:8080:80", "127.0.0.1:8081:80"));

        var plan = await scenario.PlanUpAsync(changed);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, CreateContainer, config changed
            [1] -> #2 service:web:1, StopContainer, replaced by #1
            [1,2] -> #3 service:web:1, RemoveContainer, replaced by #1
            [3] -> #4 service:web:1, RenameContainer, finalize recreate
            [4] -> #5 service:web:1, StartContainer, recreated
            """));
        plan.Steps.OfType<CreateContainerStep>().Single().Spec.Name.Should().Be($"{web[..Math.Min(12, web.Length)]}_test-web-1");
        plan.Unchanged.Should().Equal(["test-db-1"], "web is recreated, so only db is left as it is");
        await scenario.ExecuteAndConvergeUpAsync(plan, changed);
        scenario.Engine.Container("test-db-1").Id.Should().Be(db);
        scenario.Engine.Container("test-web-1").Id.Should().NotBe(web);
    }

    [Fact]
    public async Task A_new_image_behind_the_same_tag_recreates()
    {
        var (scenario, project) = await Scenario.UpAsync("services:\n  app:\n    image: busybox\n");
        scenario.Engine.SetImageId("busybox", "sha256:newer");

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:app:1, CreateContainer, image changed
            [1] -> #2 service:app:1, StopContainer, replaced by #1
            [1,2] -> #3 service:app:1, RemoveContainer, replaced by #1
            [3] -> #4 service:app:1, RenameContainer, finalize recreate
            [4] -> #5 service:app:1, StartContainer, recreated
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Fact]
    public async Task Stopped_created_and_paused_containers_are_started_or_unpaused_not_recreated()
    {
        var (scenario, project) = await Scenario.UpAsync("services:\n  a:\n    image: x\n  b:\n    image: x\n  c:\n    image: x\n");
        await scenario.Engine.StopContainerAsync(scenario.Engine.Container("test-a-1").Id, null, default);
        await scenario.Engine.PauseContainerAsync(scenario.Engine.Container("test-c-1").Id, default);
        scenario.Engine.Seed(scenario.Engine.Container("test-b-1") with { State = ContainerState.Created, Status = "Created" });

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:c:1, UnpauseContainer, container paused
            [] -> #2 service:a:1, StartContainer, container exited
            [] -> #3 service:b:1, StartContainer, container created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Fact]
    public async Task Force_recreate_recreates_unchanged_containers_and_no_recreate_keeps_changed_ones()
    {
        var (scenario, project) = await Scenario.UpAsync(TwoTier);
        var changed = await TestProjects.ProjectAsync(TwoTier.Replace("8080", "8082"));

        var forced = await scenario.PlanUpAsync(project, new UpOptions { ForceRecreate = true });
        var kept = await scenario.PlanUpAsync(changed, new UpOptions { NoRecreate = true });

        forced.Steps.Where(s => s is CreateContainerStep).Select(s => s.Reason).Should().Equal("force recreate", "force recreate");
        kept.IsEmpty.Should().BeTrue(kept.ToText());
        await scenario.ExecuteAndConvergeUpAsync(forced, project);
    }

    [Fact]
    public async Task Naming_a_service_brings_its_dependencies_and_force_recreates_only_it_unless_asked()
    {
        var (scenario, project) = await Scenario.UpAsync(TwoTier);

        var plan = await scenario.PlanUpAsync(project, new UpOptions { Services = ["web"], ForceRecreate = true });
        var withDeps = await scenario.PlanUpAsync(project, new UpOptions { Services = ["web"], ForceRecreate = true, AlwaysRecreateDeps = true });

        plan.Steps.Select(s => s.Resource).Distinct().Should().Equal("service:web:1");
        withDeps.Steps.Select(s => s.Resource).Distinct().Should().BeEquivalentTo(["service:db:1", "service:web:1"]);
    }

    [Fact]
    public async Task No_deps_leaves_dependencies_alone()
    {
        var scenario = new Scenario();
        var project = await TestProjects.ProjectAsync(TwoTier);

        var plan = await scenario.PlanUpAsync(project, new UpOptions { Services = ["web"], NoDeps = true });

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:web:1, CreateContainer, no existing container
            [2] -> #3 service:web:1, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project, new UpOptions { Services = ["web"], NoDeps = true });
    }

    [Fact]
    public async Task No_start_only_creates()
    {
        var scenario = new Scenario();
        var project = await TestProjects.ProjectAsync(TwoTier);
        var options = new UpOptions { NoStart = true };

        var plan = await scenario.PlanUpAsync(project, options);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [1] -> #3 service:web:1, CreateContainer, no existing container
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project, options);
        scenario.Engine.Containers.Should().OnlyContain(c => c.State == ContainerState.Created);
    }

    [Fact]
    public async Task Naming_an_unknown_service_is_an_error()
    {
        var project = await TestProjects.ProjectAsync(TwoTier);

        var act = () => Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions { Services = ["nope"] });

        act.Should().Throw<ComposeException>().WithMessage("no such service: nope. The project's services are db, web.");
    }

    [Fact]
    public async Task Plans_are_deterministic()
    {
        var project = await TestProjects.ProjectAsync(ThreeTier);

        var texts = Enumerable.Range(0, 5).Select(_ => Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions()).ToText());

        texts.Distinct().Should().ContainSingle();
    }
}
