using System.Globalization;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>A three-tier stack whose order rests on depends_on conditions, on the real engine.</summary>
public sealed class DependencyConditionTests() : StackTestBase("deps")
{
    private TestImage? _healthy;

    private string Stack(string migrateCommand, string dbCommand = "sleep 1; touch /tmp/ready; sleep 3600 & wait") => $$"""
        services:
          db:
            image: {{_healthy!.Tag}}
            command: ["sh", "-c", "trap 'exit 0' TERM; {{dbCommand}}"]
          migrate:
            image: busybox:latest
            command: ["sh", "-c", "{{migrateCommand}}"]
            depends_on:
              db: {condition: service_healthy}
          api:
            image: busybox:latest
            command: {{Idle}}
            depends_on:
              db: {condition: service_healthy}
              migrate: {condition: service_completed_successfully}
          web:
            image: busybox:latest
            command: {{Idle}}
            depends_on: [api]
        """;

    [DockerFact]
    public async Task Services_start_only_once_their_dependencies_are_healthy_or_completed_and_a_second_up_does_nothing()
    {
        await WriteAsync(Stack("echo migrated"));

        await OkAsync("up", "-d");

        (await InspectAsync($"{Project}-db-1", "{{.State.Health.Status}}")).Should().Be("healthy");
        (await InspectAsync($"{Project}-migrate-1", "{{.State.Status}} {{.State.ExitCode}}")).Should().Be("exited 0");
        (await InspectAsync($"{Project}-web-1", "{{.State.Status}}")).Should().Be("running");
        var migrated = await TimeAsync($"{Project}-migrate-1", "{{.State.FinishedAt}}");
        var apiStarted = await TimeAsync($"{Project}-api-1", "{{.State.StartedAt}}");
        apiStarted.Should().BeOnOrAfter(migrated, "api waits for migrate to complete");
        await ShouldBeConvergedAsync();
    }

    [DockerFact]
    public async Task A_one_shot_that_fails_stops_the_up_with_its_exit_code_and_leaves_its_dependents_unstarted()
    {
        await WriteAsync(Stack("exit 3"));

        var result = await ComposeAsync("up", "-d");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"dependency failed to start: service migrate: container {Project}-migrate-1 didn't complete successfully: exit 3");
        (await InspectAsync($"{Project}-api-1", "{{.State.Status}}")).Should().Be("created");
    }

    [DockerFact]
    public async Task An_unhealthy_dependency_fails_fast_with_its_last_health_output()
    {
        await WriteAsync(Stack("echo migrated", dbCommand: "sleep 3600 & wait"));

        var result = await ComposeAsync("up", "-d");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"container {Project}-db-1 is unhealthy");
        (await InspectAsync($"{Project}-migrate-1", "{{.State.Status}}")).Should().Be("created");
    }

    private async Task<DateTimeOffset> TimeAsync(string container, string format) =>
        DateTimeOffset.Parse(await InspectAsync(container, format), CultureInfo.InvariantCulture);

    public override async Task InitializeAsync() =>
        _healthy = await TestImage.BuildAsync("healthy", "HEALTHCHECK --interval=1s --timeout=2s --retries=3 CMD test -f /tmp/ready");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_healthy is not null)
        {
            await _healthy.DisposeAsync();
        }
    }
}
