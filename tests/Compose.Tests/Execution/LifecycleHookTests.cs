using Compose.Errors;
using Compose.Planning;
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
        var up = scenario.Engine.Calls.ToList();
        await scenario.Reconciler.DownAsync(project, new DownOptions(), default);
        var down = scenario.Engine.Calls.Skip(up.Count).ToList();

        up.Should().ContainInOrder("start container test-web-1", "exec test-web-1: sh -c touch /started");
        down.Should().ContainInOrder("exec test-web-1: sh -c echo bye > /data/log", "stop container test-web-1", "remove container test-web-1");
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
        var progress = new Fakes.RecordingProgress();

        await new Compose.Execution.Reconciler(scenario.Engine, progress).DownAsync(project, new DownOptions(), default);

        scenario.Engine.Containers.Should().BeEmpty();
        progress.Events.Should().ContainSingle(e => e.Text == "Hook failed").Which.Detail.Should()
            .Be("pre_stop hook 'sh -c echo bye > /data/log' exited with code 1 and printed nothing; stopping it anyway");
    }
}
