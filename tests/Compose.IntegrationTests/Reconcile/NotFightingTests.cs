using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>The loop does not fight anyone: restart policies, stops and downs of other commands stand.</summary>
public sealed class NotFightingTests
{
    private static readonly string Stack = $$"""
        services:
          web:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
          api:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
          job:
            image: busybox:latest
            command: ["sh", "-c", "exit 3"]
            restart: "no"
        """;

    [DockerFact]
    public async Task An_exit_under_restart_no_stays_exited_and_a_stop_from_another_composectl_is_not_undone()
    {
        await using var stack = await ReconcileStack.CreateAsync("rc-nofight", Stack);
        await stack.StartAsync("up", "-d", "--reconcile", "--foreground", "--reconcile-period", "2");
        await stack.UntilAsync(async () => await stack.TryInspectAsync(stack.Project.Container("job"), "{{.State.Status}}") == "exited", "the job exited");

        var stop = await stack.ComposectlAsync("stop", "web");
        stop.ExitCode.Should().Be(0, stop.Error);
        var passes = stack.Passes().Count;
        await stack.WaitForLoopAsync(_ => stack.Passes().Count >= passes + 3, "three more periodic passes");

        (await stack.TryInspectAsync(stack.Project.Container("job"), "{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}")).Should().Be("exited 3 0");
        (await stack.TryInspectAsync(stack.Project.Container("web"), "{{.State.Status}}")).Should().Be("exited", "the user stopped it");
        (await stack.TryInspectAsync(stack.Project.Container("api"), "{{.State.Status}}")).Should().Be("running");
        stack.Passes().Last().Should().Contain($"{stack.Project.Container("job")} (exited 3, restart: no)", "what it leaves stopped is reported");
        (await stack.ComposectlAsync("reconcile", "status")).Out.Should().Contain("services web paused");
    }

    [DockerFact]
    public async Task A_down_from_another_process_ends_cleanly_and_pauses_the_controller_until_the_next_up()
    {
        await using var stack = await ReconcileStack.CreateAsync("rc-down", Stack);
        await stack.StartAsync("up", "-d", "--reconcile", "--foreground", "--reconcile-period", "2");

        var down = await stack.ComposectlAsync("down");
        down.ExitCode.Should().Be(0, down.Error);
        await stack.WaitForLoopAsync(_ => stack.Passes().Count(p => p.Contains("paused by 'down'", StringComparison.Ordinal)) >= 2, "paused passes");

        (await DockerCli.ProjectResourcesAsync(stack.Project.Name)).Should().BeEmpty("the loop did not bring anything back");
        (await stack.ComposectlAsync("reconcile", "status")).Out.Should().Contain("state:          paused");

        (await stack.ComposectlAsync("up", "-d")).ExitCode.Should().Be(0);
        await DockerCli.OkAsync("rm", "-f", stack.Project.Container("api"));
        await stack.UntilAsync(async () => await stack.TryInspectAsync(stack.Project.Container("api"), "{{.State.Running}}") == "true", "api healed again after the up resumed the loop");
        (await stack.Loop!.InterruptAsync()).Should().Be(0, "Ctrl+C ends the loop and leaves the stack running");
        (await stack.TryInspectAsync(stack.Project.Container("web"), "{{.State.Running}}")).Should().Be("true");
    }
}
