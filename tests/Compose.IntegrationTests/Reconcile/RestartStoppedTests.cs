using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>
/// Stops and <c>--restart-stopped</c>: by default a stop made outside composectl (<c>docker stop</c>) stands as one made
/// with <c>composectl stop</c> does (NotFightingTests); with <c>--restart-stopped</c> the loop starts both again.
/// </summary>
public sealed class RestartStoppedTests
{
    private static readonly string Stack = $$"""
        services:
          web:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
          api:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
        """;

    [DockerFact]
    public async Task A_container_stopped_with_docker_stop_stays_stopped_by_default_and_is_reported()
    {
        await using var stack = await ReconcileStack.CreateAsync("rc-dstop", Stack);
        await stack.StartAsync("up", "-d", "--reconcile", "--foreground", "--reconcile-period", "2");

        await DockerCli.OkAsync("stop", "-t", "5", stack.Project.Container("api"));
        var passes = stack.Passes().Count;
        await stack.WaitForLoopAsync(_ => stack.Passes().Count >= passes + 3, "three more periodic passes");

        (await stack.TryInspectAsync(stack.Project.Container("api"), "{{.State.Status}}")).Should().Be("exited", "someone stopped it; the loop does not undo that");
        (await stack.TryInspectAsync(stack.Project.Container("web"), "{{.State.Status}}")).Should().Be("running");
        stack.Passes().Skip(passes).Should().NotContain(p => p.Contains("applied", StringComparison.Ordinal), "no pass changed anything");
        stack.Passes().Last().Should().Contain($"left stopped: {stack.Project.Container("api")} (exited 0, restart: no)");
        (await stack.ComposectlAsync("reconcile", "status")).Out.Should().Contain($"left stopped:   {stack.Project.Container("api")}");
    }

    [DockerFact]
    public async Task With_restart_stopped_the_loop_starts_again_what_composectl_stop_and_docker_stop_stopped()
    {
        await using var stack = await ReconcileStack.CreateAsync("rc-rstop", Stack);
        await stack.StartAsync("up", "-d", "--reconcile", "--foreground", "--reconcile-period", "2", "--restart-stopped");

        var webStarted = await stack.TryInspectAsync(stack.Project.Container("web"), "{{.State.StartedAt}}");
        var stop = await stack.ComposectlAsync("stop", "web");
        stop.ExitCode.Should().Be(0, stop.Error);
        await stack.UntilAsync(async () => await stack.TryInspectAsync(stack.Project.Container("web"), "{{.State.Running}} {{.State.StartedAt}}") is { } s && s.StartsWith("true ", StringComparison.Ordinal) && !s.EndsWith(webStarted!, StringComparison.Ordinal), "web started again after composectl stop");

        var apiStarted = await stack.TryInspectAsync(stack.Project.Container("api"), "{{.State.StartedAt}}");
        await DockerCli.OkAsync("stop", "-t", "5", stack.Project.Container("api"));
        await stack.UntilAsync(async () => await stack.TryInspectAsync(stack.Project.Container("api"), "{{.State.Running}} {{.State.StartedAt}}") is { } s && s.StartsWith("true ", StringComparison.Ordinal) && !s.EndsWith(apiStarted!, StringComparison.Ordinal), "api started again after docker stop");

        // The start is seen before the pass that made it has printed its plan.
        await stack.WaitForLoopAsync(e => e.Contains("service:web:1, StartContainer, container exited", StringComparison.Ordinal) && e.Contains("service:api:1, StartContainer, container exited", StringComparison.Ordinal), "both starts in the passes' plans");
        (await stack.ComposectlAsync("reconcile", "status")).Out.Should().NotContain("paused", "--restart-stopped does not obey a stop's pause");
    }
}
