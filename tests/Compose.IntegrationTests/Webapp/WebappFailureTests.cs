using Compose.IntegrationTests.Images;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Webapp;

/// <summary>
/// What a CI job sees when the database never gets healthy: <c>up --wait</c> exits with 1 and a message naming the
/// service, its last health-check output and its last log lines; <c>down -v</c> then leaves nothing behind.
/// </summary>
[Collection(LocalImagesCollection.Name)]
public sealed class WebappFailureTests : IAsyncLifetime
{
    // Nothing listens on port 1: the check can never pass, and says so ("127.0.0.1:1 - no response").
    private const string NeverHealthy = """
        services:
          db:
            healthcheck:
              test: ["CMD", "pg_isready", "-h", "127.0.0.1", "-p", "1"]
              interval: 500ms
              retries: 2
              start_period: {0}
        """;

    private readonly WebappStack _stack = new();

    [DockerFact]
    public async Task A_database_that_never_gets_healthy_fails_up_wait_with_its_health_output_and_log_lines_and_down_leaves_nothing()
    {
        await _stack.AddOverrideAsync(NeverHealthy.Replace("{0}", "0s", StringComparison.Ordinal));

        var result = await _stack.ComposeAsync("up", "-d", "--wait", "--progress", "quiet");

        result.ExitCode.Should().Be(1);
        var db = _stack.Container("db");
        result.Error.Should().Contain($"Error: dependency failed to start: service db: container {db} is unhealthy; its last health check said: 127.0.0.1:1 - no response\n");
        await ShouldShowTheLastLinesOfItsLogAsync(result.Error, db);
        (await StateAsync("app"), await StateAsync("proxy")).Should().Be(("created", "created"), "nothing that needs the database was started");
        await ShouldLeaveNothingAfterDownAsync();
    }

    [DockerFact]
    public async Task A_database_still_starting_at_the_wait_timeout_fails_up_with_its_state_and_last_health_output()
    {
        // A long start period keeps the failing check at "starting": only the timeout can end the wait.
        await _stack.AddOverrideAsync(NeverHealthy.Replace("{0}", "10m", StringComparison.Ordinal));

        var result = await _stack.ComposeAsync("up", "-d", "--wait", "--wait-timeout", "12", "--progress", "quiet");

        result.ExitCode.Should().Be(1);
        var db = _stack.Container("db");
        result.Error.Should().Contain(
            $"Error: dependency failed to start: service db was not healthy within the --wait-timeout of 12 s: container {db} is running, health starting; its last health check said: 127.0.0.1:1 - no response\n");
        await ShouldShowTheLastLinesOfItsLogAsync(result.Error, db);
        await ShouldLeaveNothingAfterDownAsync();
    }

    /// <summary>The message's log section: a header naming the container, then lines that are the container's own output.</summary>
    private static async Task ShouldShowTheLastLinesOfItsLogAsync(string error, string container)
    {
        var lines = error.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains($"output of {container}", StringComparison.Ordinal));
        header.Should().BePositive($"the message shows the output of {container}:\n{error}");
        var shown = lines.Skip(header + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).Select(l => l[4..]).ToList();
        shown.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(15);
        var logs = await DockerCli.RunAsync("logs", container);
        var everything = (logs.Out + logs.Error).Split('\n').Select(l => l.TrimEnd('\r')).ToHashSet(StringComparer.Ordinal);
        shown.Should().OnlyContain(line => everything.Contains(line), "each line shown is a line of the container's log");
    }

    private async Task ShouldLeaveNothingAfterDownAsync()
    {
        await _stack.OkAsync("down", "-v");
        (await DockerCli.ProjectResourcesAsync(_stack.Project)).Should().BeEmpty();
        (await DockerCli.RunAsync("volume", "inspect", _stack.VolumeName)).ExitCode.Should().NotBe(0);
    }

    private Task<string> StateAsync(string service) => DockerCli.OkAsync("inspect", _stack.Container(service), "--format", "{{.State.Status}}");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stack.DisposeAsync();
}
