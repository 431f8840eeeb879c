using System.Text.Json;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>logs, exec and events against a running stack: what the containers printed, what ran in them, what the engine reported.</summary>
[Collection(RunningStackCollection.Name)]
public sealed class StreamCommandTests(RunningStack stack)
{
    private ComposeProject Project => stack.Project;

    [DockerFact]
    public async Task Logs_prefix_each_line_with_its_container_and_include_stderr()
    {
        var result = await Project.OkAsync("logs", "--no-color");

        var lines = result.Out.Split('\n');
        lines.Should().Contain("web-1     | web says hello").And.Contain("web-1     | web complains").And.Contain("worker-1  | worker says hi");
        result.Out.Should().NotContain("\u001b", "output that is not a terminal has no colours");
    }

    [DockerFact]
    public async Task Logs_options_select_and_shape_the_lines()
    {
        (await Project.OkAsync("logs", "--no-log-prefix", "worker")).Out.Should().Be("worker says hi\n");
        (await Project.OkAsync("logs", "--tail", "1", "--no-log-prefix", "web")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        (await Project.OkAsync("logs", "-t", "worker")).Out.Should().MatchRegex(@"^worker-1  \| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z worker says hi\n$");
        (await Project.OkAsync("logs", "--until", "2000-01-01T00:00:00Z", "worker")).Out.Should().BeEmpty();
    }

    [DockerFact]
    public async Task Exec_runs_in_the_service_container_with_its_options_and_passes_the_exit_code()
    {
        var failing = await Project.RunAsync("exec", "-T", "worker", "sh", "-c", "echo out; exit 7");
        var options = await Project.OkAsync("exec", "-T", "-e", "GREETING=bonjour", "-w", "/tmp", "-u", "65534", "worker", "sh", "-c", "echo $GREETING $(pwd) $(id -u)");

        failing.ExitCode.Should().Be(7);
        failing.Out.Should().Be("out\n");
        options.Out.Should().Be("bonjour /tmp 65534\n");
    }

    [DockerFact]
    public async Task Exec_detached_leaves_the_command_running_in_the_container()
    {
        var marker = $"/tmp/detached-{Guid.NewGuid():N}";

        await Project.OkAsync("exec", "-d", "worker", "sh", "-c", $"sleep 0.2; touch {marker}");

        for (var attempt = 0; (await DockerCli.RunAsync("exec", Project.Container("worker"), "test", "-f", marker)).ExitCode != 0; attempt++)
        {
            attempt.Should().BeLessThan(100, "the detached command should have created the file");
            await Task.Delay(50);
        }
    }

    [DockerFact]
    public async Task Exec_on_a_missing_replica_or_service_is_an_error_that_says_so()
    {
        var replica = await Project.RunAsync("exec", "-T", "--index", "2", "worker", "true");
        var service = await Project.RunAsync("exec", "-T", "nope", "true");

        replica.ExitCode.Should().Be(1);
        replica.Error.Should().Contain("has no running container number 2");
        service.ExitCode.Should().Be(1);
        service.Error.Should().Contain("no such service: nope");
    }

    [DockerFact]
    public async Task Events_json_reports_what_happens_to_the_projects_containers()
    {
        // --since replays from just before the changes, so the test does not depend on when the subscription starts.
        var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await DockerCli.OkAsync("pause", Project.Container("worker"));
        await DockerCli.OkAsync("unpause", Project.Container("worker"));
        await using var events = Project.Start("events", "--json", "--since", since);

        await events.WaitForOutputAsync(o => o.Contains("\"unpause\"", StringComparison.Ordinal), "the unpause event");
        var id = await DockerCli.OkAsync("inspect", Project.Container("worker"), "--format", "{{.Id}}");
        var lines = events.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("action").GetString() is "pause" or "unpause").ToList();
        lines.Select(l => l.GetProperty("action").GetString()).Should().ContainInOrder("pause", "unpause");
        lines.Should().OnlyContain(l => l.GetProperty("id").GetString() == id && l.GetProperty("service").GetString() == "worker");
    }
}
