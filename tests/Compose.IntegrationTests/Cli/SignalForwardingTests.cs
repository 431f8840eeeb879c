using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>
/// Ctrl+C during <c>attach</c> and an attached <c>run</c> (no TTY) goes to the container's process, as docker's
/// <c>--sig-proxy</c>: the process ends its own way and its exit code becomes composectl's.
/// </summary>
public sealed class SignalForwardingTests : IAsyncLifetime
{
    // sh as PID 1 ignores SIGINT unless it traps it: the trap proves the signal reached the process.
    private const string Yaml = """
        services:
          worker:
            image: busybox:latest
            command: ["sh", "-c", "trap 'echo got INT; exit 7' INT; while true; do echo ready; sleep 0.2; done"]
        """;

    private ComposeProject _project = null!;

    public async Task InitializeAsync() => _project = await ComposeProject.CreateAsync("signals", Yaml);

    public async Task DisposeAsync() => await _project.DisposeAsync();

    [DockerFact]
    public async Task Ctrl_c_during_attach_reaches_the_process_and_its_exit_code_is_returned()
    {
        await _project.OkAsync("up", "-d");
        await using var attach = CliProcess.Start(_project, "attach", "worker");
        await attach.WaitForOutputAsync("ready"); // attach shows new output only: this line proves it is connected

        var code = await attach.InterruptAsync();

        code.Should().Be(7, attach.Error);
        attach.Output.Should().Contain("got INT");
        (await DockerCli.OkAsync("inspect", "-f", "{{.State.ExitCode}}", _project.Container("worker"))).Should().Be("7");
    }

    [DockerFact]
    public async Task Ctrl_c_during_an_attached_run_reaches_the_one_off_process()
    {
        await using var run = CliProcess.Start(_project, "run", "--rm", "-T", "worker");
        await run.WaitForOutputAsync("ready");

        var code = await run.InterruptAsync();

        code.Should().Be(7, run.Error);
        run.Output.Should().Contain("got INT");
    }
}
