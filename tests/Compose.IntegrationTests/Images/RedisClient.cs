using System.Globalization;

namespace Compose.IntegrationTests.Images;

/// <summary>Debian's redis-cli on the host, talking to a published port on 127.0.0.1.</summary>
public sealed record RedisClient(int Port)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public Task<HostCommand.Result> RunAsync(params string[] command) =>
        HostCommand.RunAsync("redis-cli", ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), .. command],
            new Dictionary<string, string?> { ["REDISCLI_AUTH"] = null }, Limit);

    /// <summary>Waits until the server answers PING with PONG on the published port.</summary>
    public Task WaitUntilReadyAsync(TimeSpan limit) =>
        Probe.UntilAsync($"Redis on 127.0.0.1:{Port}", limit, async () =>
        {
            var result = await RunAsync("ping");
            return (result.Trimmed == "PONG", result.ToString());
        });
}
