using System.Globalization;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Images;

/// <summary>A container a test started, seen through the docker CLI.</summary>
public sealed record ServiceContainer(string Name)
{
    /// <summary>The host port a container port is published on (the test publishes on 127.0.0.1 with port 0).</summary>
    public async Task<int> HostPortAsync(int containerPort)
    {
        var binding = await DockerCli.OkAsync("port", Name, $"{containerPort}/tcp");
        var first = binding.Split('\n')[0];
        return int.Parse(first[(first.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Stdout and stderr of the container so far, interleaved as the engine stored them.</summary>
    public async Task<string> LogsAsync()
    {
        var result = await DockerCli.RunAsync("logs", Name);
        return result.Out + result.Error;
    }

    /// <summary>Waits (on the engine's own wait call) until the container exits, and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync() =>
        int.Parse(await DockerCli.OkAsync("wait", Name), CultureInfo.InvariantCulture);

    public Task StopAsync() => DockerCli.OkAsync("stop", Name);

    public Task StartAsync() => DockerCli.OkAsync("start", Name);

    public Task RemoveAsync() => DockerCli.OkAsync("rm", "-f", Name);

    public Task<DockerCli.Result> ExecAsync(params string[] command) => DockerCli.RunAsync(["exec", Name, .. command]);
}
