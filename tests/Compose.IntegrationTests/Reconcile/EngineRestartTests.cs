using Compose.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>
/// The loop across restarts of its engine, a private dockerd the test owns (<see cref="PrivateEngine"/>; the shared
/// engine is never touched): stopped gracefully (as <c>systemctl restart docker</c> does, which stops every
/// container) and killed (a crash), each time with a container removed as the engine comes back. The loop reconnects,
/// runs the full pass docs/reconcile.md promises, and brings every service back; then it follows the stream again.
/// Excluded from the Podman pass by name in scripts/test (the private engine is a dockerd whatever DOCKER_HOST says).
/// </summary>
public sealed class EngineRestartTests(PrivateEngine engine, ITestOutputHelper output) : IClassFixture<PrivateEngine>
{
    private static readonly string[] Services = ["a", "b", "c"];

    private static readonly string Stack = $$"""
        services:
          a:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
          b:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
            depends_on: [a]
          c:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
        """;

    [PrivateEngineFact]
    public async Task After_the_engine_is_stopped_or_killed_and_started_again_the_loop_reconnects_and_brings_every_service_back()
    {
        await using var stack = await ReconcileStack.CreateAsync("rc-restart", Stack, engine.Variables);
        // No periodic pass: after a restart only the reconnect's full pass can start what the engine stopped.
        await stack.StartAsync("up", "-d", "--reconcile", "--foreground", "--reconcile-period", "0");

        foreach (var (kill, removed) in new[] { (false, "b"), (true, "c") })
        {
            var before = await IdsAsync(stack);
            var lost = Count(stack, "event stream lost");
            var back = Count(stack, "event stream connected again after");
            await (kill ? engine.KillAsync() : engine.StopAsync());
            await stack.WaitForLoopAsync(_ => Count(stack, "event stream lost") > lost, "the loop to notice the engine went away");
            await engine.StartAsync();
            // As the engine comes back, before the loop is following it again: a removal the loop may not see as an event.
            var rm = await engine.DockerAsync("rm", "-f", stack.Project.Container(removed));
            rm.ExitCode.Should().Be(0, rm.StandardError);

            await stack.UntilAsync(async () => (await StatesAsync(stack)).Values.All(s => s == "running") && (await IdsAsync(stack))[removed] != before[removed], $"every service running again after the engine was {(kill ? "killed" : "stopped")}", seconds: 180);
            output.WriteLine($"{(kill ? "killed" : "stopped")}: the engine started again in {engine.LastStartTime.TotalSeconds:0.0} s; every service running again");
            Count(stack, "event stream connected again after").Should().BeGreaterThan(back, "the loop reports the reconnect");
            stack.Passes().Should().Contain(p => p.Contains("reconnect: event stream connected again", StringComparison.Ordinal), "a full pass runs after the reconnect");
        }

        stack.Loop!.Error.Should().Contain("StartContainer, stopped when the engine restarted", "what the engine stopped is started, not kept as a user's stop");

        // The stream is followed again, not only the reconnect's pass: a removal now is healed by an engine event.
        var a = await IdsAsync(stack);
        (await engine.DockerAsync("rm", "-f", stack.Project.Container("a"))).ExitCode.Should().Be(0);
        await stack.UntilAsync(async () => (await IdsAsync(stack))["a"] is { Length: > 0 } id && id != a["a"] && (await StatesAsync(stack))["a"] == "running", "a recreated");
        await stack.WaitForLoopAsync(e => e.Contains($"(engine: container {stack.Project.Container("a")} removed", StringComparison.Ordinal), "the pass the event started");

        // Nothing is left to do: a save of the unchanged file gives a pass that plans nothing.
        await File.WriteAllTextAsync(stack.Project.File, Stack);
        await stack.WaitForLoopAsync(_ => stack.Passes().Any(p => p.Contains("files: compose.yaml", StringComparison.Ordinal) && p.EndsWith("): converged", StringComparison.Ordinal)), "a pass that converges");
        var status = await stack.ComposectlAsync("reconcile", "status");
        status.Out.Should().Contain("state:          converged").And.NotContain("last converged: never").And.NotContain("engine:", "the engine is connected");
        (await stack.Loop!.InterruptAsync()).Should().Be(0, stack.Loop.Error);
        (await StatesAsync(stack)).Values.Should().AllBe("running", "ending the loop leaves the stack running");
    }

    private static int Count(ReconcileStack stack, string text) =>
        stack.Loop!.Error.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>Each service's container state on the private engine ("" when it has none, or only a temporary one mid-recreate).</summary>
    private async Task<Dictionary<string, string>> StatesAsync(ReconcileStack stack) => await InspectAsync(stack, "{{.State.Status}}");

    private async Task<Dictionary<string, string>> IdsAsync(ReconcileStack stack) => await InspectAsync(stack, "{{.Id}}");

    private async Task<Dictionary<string, string>> InspectAsync(ReconcileStack stack, string format)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in Services)
        {
            var result = await engine.DockerAsync("inspect", "-f", format, stack.Project.Container(service));
            values[service] = result.ExitCode == 0 ? result.StandardOutput.Trim() : "";
        }

        return values;
    }
}
