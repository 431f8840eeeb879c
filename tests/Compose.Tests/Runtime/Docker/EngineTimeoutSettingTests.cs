using Compose.Runtime.Docker;
using Compose.Runtime.Docker.Configuration;
using Compose.Runtime.Errors;

namespace Compose.Tests.Runtime.Docker;

/// <summary>COMPOSE_ENGINE_TIMEOUT (and docker compose v1's COMPOSE_HTTP_TIMEOUT): seconds or a Go duration, 0 for none.</summary>
public sealed class EngineTimeoutSettingTests
{
    [Theory]
    [InlineData("5", 5_000)]
    [InlineData("1.5", 1_500)]
    [InlineData("90s", 90_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("2m", 120_000)]
    [InlineData("500ms", 500)]
    [InlineData("1.5h", 5_400_000)]
    public void Takes_seconds_or_a_duration(string text, int milliseconds) =>
        Limit(new() { ["COMPOSE_ENGINE_TIMEOUT"] = text }).Should().Be(TimeSpan.FromMilliseconds(milliseconds));

    [Fact]
    public void Zero_turns_the_limit_off() =>
        Limit(new() { ["COMPOSE_ENGINE_TIMEOUT"] = "0" }).Should().Be(Timeout.InfiniteTimeSpan);

    [Fact]
    public void Unset_is_two_minutes() => Limit([]).Should().Be(TimeSpan.FromSeconds(120));

    [Fact]
    public void Docker_compose_v1s_variable_is_read_when_ours_is_not_set()
    {
        Limit(new() { ["COMPOSE_HTTP_TIMEOUT"] = "30" }).Should().Be(TimeSpan.FromSeconds(30));
        Limit(new() { ["COMPOSE_HTTP_TIMEOUT"] = "30", ["COMPOSE_ENGINE_TIMEOUT"] = "10s" }).Should().Be(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("5x")]
    [InlineData("m")]
    [InlineData("1e3")]
    public void Anything_else_is_refused_naming_the_variable_and_what_to_write(string text)
    {
        var read = () => Limit(new() { ["COMPOSE_ENGINE_TIMEOUT"] = text });

        read.Should().Throw<EngineConfigurationException>().Which.Message.Should()
            .Be($"configure engine: COMPOSE_ENGINE_TIMEOUT='{text}' is not a time: write a number of seconds (120) or a duration such as 90s or 5m, or 0 for no limit.");
    }

    [Fact]
    public void A_limit_longer_than_a_timer_takes_is_refused()
    {
        var read = () => Limit(new() { ["COMPOSE_HTTP_TIMEOUT"] = "999999h" });

        read.Should().Throw<EngineConfigurationException>().Which.Message.Should().Contain("COMPOSE_HTTP_TIMEOUT='999999h' is longer than the longest limit");
    }

    private static TimeSpan Limit(Dictionary<string, string> environment) =>
        DockerClientOptions.FromEnvironment(new Dictionary<string, string>(environment) { ["HOME"] = "/nonexistent" }).RequestTimeout;
}
