using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Images;

/// <summary>localdev/redis:7 behaves as compose files written for the official redis image expect.</summary>
[Collection(LocalImagesCollection.Name)]
public sealed class RedisImageTests : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly DockerScope _scope = new("img-redis");

    [DockerFact]
    public async Task Redis_answers_the_host_keeps_values_and_saves_on_stop()
    {
        var redis = await _scope.RunAsync("cache", LocalImages.Redis, ["-p", "127.0.0.1::6379"]);
        var client = new RedisClient(await redis.HostPortAsync(6379));
        await client.WaitUntilReadyAsync(StartLimit);

        // The host's connection reaches the container from the bridge's gateway, not from loopback: protected mode
        // would answer it with a DENIED error.
        (await client.RunAsync("config", "get", "protected-mode")).Trimmed.Should().Be("protected-mode\nno");
        (await client.RunAsync("set", "greeting", "hello")).Trimmed.Should().Be("OK");
        (await client.RunAsync("get", "greeting")).Trimmed.Should().Be("hello");
        (await redis.ExecAsync("redis-cli", "ping")).Trimmed.Should().Be("PONG", "the healthcheck command works inside");

        await redis.StopAsync();
        (await DockerCli.OkAsync("inspect", redis.Name, "--format", "{{.State.ExitCode}}")).Should().Be("0");
        (await redis.LogsAsync()).Should().Contain("DB saved on disk");
    }

    [DockerFact]
    public async Task Options_after_the_image_reach_redis_server_and_keep_it_reachable()
    {
        var redis = await _scope.RunAsync("cache", LocalImages.Redis, ["-p", "127.0.0.1::6379"], "--appendonly", "yes");
        var client = new RedisClient(await redis.HostPortAsync(6379));
        await client.WaitUntilReadyAsync(StartLimit);

        (await client.RunAsync("config", "get", "appendonly")).Trimmed.Should().Be("appendonly\nyes");
        (await redis.ExecAsync("ls", "/data")).Trimmed.Should().Contain("appendonlydir", "the data lives in /data");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _scope.DisposeAsync();
}
