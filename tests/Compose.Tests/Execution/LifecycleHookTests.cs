using Compose.Errors;
using Compose.Planning;
using Compose.Targets.Engine;
using Compose.Tests.Planning;

namespace Compose.Tests.Execution;

/// <summary>post_start and pre_stop hooks run as execs around the container's start and stop.</summary>
public class LifecycleHookTests
{
    private const string Hooked = """
        services:
          web:
            image: busybox
            post_start:
              - command: ["sh", "-c", "touch /started"]
                user: root
            pre_stop:
              - command: ["sh", "-c", "echo bye > /data/log"]
        """;

    [Fact]
    public async Task Post_start_hooks_run_after_the_start_and_pre_stop_hooks_before_the_stop()
    {
        var (scenario, project) = await Scenario.UpAsync(Hooked);
        var up = scenario.Engine.CallTexts.ToList();
        await scenario.Target.DownAsync(project, new DownOptions(), default);
        var down = scenario.Engine.CallTexts.Skip(up.Count).ToList();

        up.Should().ContainInOrder("start container test-web-1", "exec test-web-1: sh -c touch /started");
        down.Should().ContainInOrder("exec test-web-1: sh -c echo bye > /data/log", "stop container test-web-1", "remove container test-web-1");
    }

    [Fact]
    public async Task Every_hook_is_a_plan_step_after_the_start_and_before_the_stop()
    {
        const string twoHooks = """
            services:
              db:
                image: busybox
              web:
                image: busybox
                depends_on: [db]
                post_start:
                  - command: ["sh", "-c", "touch /started"]
                  - command: ["echo", "ready"]
                pre_stop:
                  - command: ["sh", "-c", "echo bye"]
            """;
        var scenario = new Scenario();
        var project = await TestProjects.ProjectAsync(twoHooks);

        var up = await scenario.PlanUpAsync(project);
        await scenario.ExecuteAndConvergeUpAsync(up, project);
        var down = await scenario.Target.PlanDownAsync(project, new DownOptions(), default);

        up.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [1] -> #3 service:web:1, CreateContainer, no existing container
            [2] -> #4 service:db:1, StartContainer, created
            [3,4] -> #5 service:web:1, StartContainer, created
            [5] -> #6 service:web:1, RunHook, post_start 'sh -c touch /started'
            [6] -> #7 service:web:1, RunHook, post_start 'echo ready'
            """));
        down.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:web:1, RunHook, pre_stop 'sh -c echo bye'
            [1] -> #2 service:web:1, StopContainer, project down
            [2] -> #3 service:web:1, RemoveContainer, project down
            [2] -> #4 service:db:1, StopContainer, project down
            [4] -> #5 service:db:1, RemoveContainer, project down
            [3,5] -> #6 network:default, RemoveNetwork, project down
            """));
    }

    [Fact]
    public async Task A_dependent_of_a_hooked_service_starts_after_its_last_post_start_hook()
    {
        const string chain = """
            services:
              db:
                image: busybox
                post_start:
                  - command: ["sh", "-c", "init-db"]
              web:
                image: busybox
                depends_on: [db]
            """;
        var scenario = new Scenario();
        var project = await TestProjects.ProjectAsync(chain);

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [1] -> #3 service:web:1, CreateContainer, no existing container
            [2] -> #4 service:db:1, StartContainer, created
            [4] -> #5 service:db:1, RunHook, post_start 'sh -c init-db'
            [3,5] -> #6 service:web:1, StartContainer, created
            """));
    }

    [Fact]
    public async Task A_failing_post_start_hook_fails_the_up_naming_the_container_and_the_hook()
    {
        var act = () => Scenario.UpAsync(Hooked, prepare: engine => engine.ExecExitCode = 3);

        (await act.Should().ThrowAsync<ComposeException>())
            .WithMessage("container test-web-1: post_start hook 'sh -c touch /started' exited with code 3 and printed nothing");
    }

    [Fact]
    public async Task A_failing_pre_stop_hook_is_reported_and_the_container_still_stops()
    {
        var (scenario, project) = await Scenario.UpAsync(Hooked);
        scenario.Engine.ExecExitCode = 1;
        var progress = new RecordingProgress();

        await new EngineTarget(scenario.Engine, progress).DownAsync(project, new DownOptions(), default);

        scenario.Engine.Containers.Should().BeEmpty();
        progress.Events.Should().ContainSingle(e => e.Text == "Hook failed").Which.Detail.Should()
            .Be("pre_stop hook 'sh -c echo bye > /data/log' exited with code 1 and printed nothing; stopping it anyway");
    }
}
