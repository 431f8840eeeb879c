using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>scale, wait, attach and logs -f: commands that follow or change containers over time.</summary>
public sealed class LifecycleCommandTests : IAsyncLifetime
{
    private const string Yaml = """
        services:
          ticker:
            image: busybox:latest
            init: true
            command: ["sh", "-c", "echo started $$HOSTNAME; while true; do echo tick; sleep 0.2; done"]
        """;

    private ComposeProject _project = null!;

    public async Task InitializeAsync() => _project = await ComposeProject.CreateAsync("life", Yaml);

    public async Task DisposeAsync() => await _project.DisposeAsync();

    [DockerFact]
    public async Task Scale_adds_and_removes_replicas_through_the_reconciler()
    {
        await _project.OkAsync("up", "-d");

        await _project.OkAsync("scale", "ticker=3");
        var scaledUp = await DockerCli.OkAsync("ps", "--filter", $"label=com.docker.compose.project={_project.Name}", "--format", "{{.Names}}");
        await _project.OkAsync("scale", "ticker=1");
        var scaledDown = await DockerCli.OkAsync("ps", "-a", "--filter", $"label=com.docker.compose.project={_project.Name}", "--format", "{{.Names}}");

        scaledUp.Split('\n').Order().Should().Equal(_project.Container("ticker", 1), _project.Container("ticker", 2), _project.Container("ticker", 3));
        scaledDown.Should().Be(_project.Container("ticker", 1));
    }

    [DockerFact]
    public async Task Wait_returns_the_exit_code_of_the_first_container_to_stop_and_can_take_the_project_down()
    {
        await using var jobs = await ComposeProject.CreateAsync("wait", """
            services:
              job:
                image: busybox:latest
                command: ["sh", "-c", "sleep 1; exit 7"]
              idle:
                image: busybox:latest
                init: true
                command: ["sleep", "3600"]
            """);
        await jobs.OkAsync("up", "-d");

        var result = await jobs.RunAsync("wait", "--down-project", "job");

        result.ExitCode.Should().Be(7, result.Error);
        (await jobs.ContainerIdsAsync(all: true)).Should().BeEmpty("--down-project removed the project");
    }

    [DockerFact]
    public async Task Logs_follow_picks_up_containers_that_start_later_and_ends_when_they_stop()
    {
        await _project.OkAsync("up", "-d");
        await using var logs = _project.Start("logs", "-f", "--no-color", "ticker");
        await logs.WaitForOutputAsync(o => o.Contains("ticker-1  | tick", StringComparison.Ordinal), "ticks of the first replica");

        await _project.OkAsync("scale", "ticker=2");
        await logs.WaitForOutputAsync(o => o.Contains("ticker-2  | started", StringComparison.Ordinal), "the new replica's first line");
        await _project.OkAsync("down", "-t", "1");

        (await logs.WaitForExitAsync()).Should().Be(0);
    }

    [DockerFact]
    public async Task Attach_streams_the_containers_output_until_it_stops_and_returns_its_exit_code()
    {
        await _project.OkAsync("up", "-d");
        await using var attach = _project.Start("attach", "--no-stdin", "ticker");
        await attach.WaitForOutputAsync(o => o.Contains("tick", StringComparison.Ordinal), "the container's output");

        await DockerCli.OkAsync("kill", "-s", "KILL", _project.Container("ticker"));

        (await attach.WaitForExitAsync()).Should().Be(137);
    }

    [DockerFact]
    public async Task Global_dry_run_prints_the_scale_plan_and_changes_nothing()
    {
        await _project.OkAsync("up", "-d");

        var result = await _project.OkAsync("--dry-run", "scale", "ticker=2");

        result.Out.Should().Contain("service:ticker:2, CreateContainer");
        (await _project.ContainerIdsAsync(all: true)).Should().ContainSingle();
    }
}
