using System.Collections.Immutable;
using Compose.Execution.Waiting;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Tests.Execution;

public class ReadinessRulesTests
{
    [Theory]
    [InlineData(ContainerState.Running, "healthy", null, Readiness.Healthy, true, "Healthy")]
    [InlineData(ContainerState.Running, "starting", null, Readiness.Healthy, null, null)]
    [InlineData(ContainerState.Running, null, null, Readiness.Healthy, false, "container c-1 has no healthcheck configured*")]
    [InlineData(ContainerState.Exited, null, 2, Readiness.Healthy, false, "container c-1 exited (2) before it became healthy")]
    [InlineData(ContainerState.Exited, null, 0, Readiness.CompletedSuccessfully, true, "Exited")]
    [InlineData(ContainerState.Exited, null, 3, Readiness.CompletedSuccessfully, false, "container c-1 didn't complete successfully: exit 3")]
    [InlineData(ContainerState.Running, null, null, Readiness.CompletedSuccessfully, null, null)]
    [InlineData(ContainerState.Running, null, null, Readiness.RunningOrHealthy, true, "Running")]
    [InlineData(ContainerState.Running, "starting", null, Readiness.RunningOrHealthy, null, null)]
    [InlineData(ContainerState.Running, "healthy", null, Readiness.RunningOrHealthy, true, "Healthy")]
    [InlineData(ContainerState.Exited, null, 0, Readiness.RunningOrHealthy, true, "Exited")]
    [InlineData(ContainerState.Exited, null, 1, Readiness.RunningOrHealthy, false, "container c-1 exited (1)")]
    [InlineData(ContainerState.Created, null, null, Readiness.RunningOrHealthy, null, null)]
    // An engine that stopped or restarted leaves the last health status on an exited container: the exit is the news.
    [InlineData(ContainerState.Exited, "unhealthy", 137, Readiness.Healthy, false, "container c-1 exited (137) before it became healthy")]
    [InlineData(ContainerState.Exited, "unhealthy", 255, Readiness.RunningOrHealthy, false, "container c-1 exited (255)")]
    public void Decides_from_one_inspect(ContainerState state, string? health, int? exitCode, Readiness readiness, bool? ready, string? text)
    {
        var verdict = ReadinessRules.Evaluate(Details(state, health, exitCode), "c-1", readiness);

        if (ready is null)
        {
            verdict.Should().BeNull();
            return;
        }

        verdict!.Ready.Should().Be(ready.Value);
        verdict.Text.Should().Match(text);
    }

    [Fact]
    public void An_unhealthy_container_fails_with_its_last_check_output()
    {
        var details = Details(ContainerState.Running, "unhealthy", null) with
        {
            HealthLog = [new HealthCheckResult(default, default, 1, "first"), new HealthCheckResult(default, default, 1, "pg_isready: no response\n")],
        };

        ReadinessRules.Evaluate(details, "db-1", Readiness.Healthy)!.Text.Should().Be("container db-1 is unhealthy; its last health check said: pg_isready: no response");
    }

    [Fact]
    public void A_removed_container_fails_the_wait()
    {
        ReadinessRules.Evaluate(null, "db-1", Readiness.RunningOrHealthy).Should().Be(ReadinessVerdict.Failed("container db-1 was removed"));
    }

    [Fact]
    public void A_multi_line_health_output_is_indented_under_the_reason()
    {
        var details = Details(ContainerState.Running, "unhealthy", null) with
        {
            HealthLog = [new HealthCheckResult(default, default, 1, "HTTP/1.1 503\r\npostgres: failed\nredis: ok\n")],
        };

        ReadinessRules.Evaluate(details, "app-1", Readiness.Healthy)!.Text.Should()
            .Be("container app-1 is unhealthy; its last health check said:\n    HTTP/1.1 503\n    postgres: failed\n    redis: ok");
    }

    [Fact]
    public void A_check_that_printed_nothing_says_so_with_its_exit_code()
    {
        var details = Details(ContainerState.Running, "unhealthy", null) with { HealthLog = [new HealthCheckResult(default, default, 2, "")] };

        ReadinessRules.Evaluate(details, "db-1", Readiness.Healthy)!.Text.Should().Be("container db-1 is unhealthy; its last health check exited with 2 and printed nothing");
    }

    [Theory]
    [InlineData(ContainerState.Running, "starting", true, "container c-1 is running, health starting; its last health check said: no response")]
    [InlineData(ContainerState.Running, "starting", false, "container c-1 is running, health starting")]
    [InlineData(ContainerState.Restarting, null, false, "container c-1 is restarting")]
    [InlineData(ContainerState.Created, null, false, "container c-1 has not been started")]
    public void A_container_still_on_its_way_is_described_by_its_state_and_last_check(ContainerState state, string? health, bool checkedOnce, string text)
    {
        var details = Details(state, health, null) with { HealthLog = checkedOnce ? [new HealthCheckResult(default, default, 2, "no response\n")] : [] };

        ReadinessRules.DescribePending(details, "c-1").Should().Be(text);
        ReadinessRules.DescribePending(null, "c-1").Should().Be("container c-1 was removed");
    }

    [Theory]
    [InlineData("health_status: healthy", true)]
    [InlineData("die", true)]
    [InlineData("exec_start: pg_isready", false)]
    [InlineData("exec_die", false)]
    public void Only_state_and_health_events_trigger_a_new_inspect(string action, bool relevant)
    {
        ReadinessWaiter.ChangesReadiness(action).Should().Be(relevant);
    }

    private static ContainerDetails Details(ContainerState state, string? health, int? exitCode) => new()
    {
        Summary = new ContainerInfo { Id = "c", Name = "c-1", Image = "x", ImageId = "sha256:x", State = state, Status = "", Labels = ImmutableSortedDictionary<string, string>.Empty },
        HealthStatus = health,
        ExitCode = exitCode,
    };
}
