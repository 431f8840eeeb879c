using Compose.IntegrationTests.Images;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Swarm;

/// <summary>
/// The three-node swarm of <c>scripts/swarm</c>, made once for the swarm tests: used as is when the environment names
/// its manager (<c>COMPOSE_SWARM_MANAGER</c>, as scripts/test exports after <c>scripts/swarm up</c>), else brought up
/// here and torn down after the last test.
/// </summary>
public sealed class SwarmFixture : IAsyncLifetime
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "scripts", "swarm");
    private bool _ownsSwarm;

    public string Manager { get; private set; } = Environment.GetEnvironmentVariable("COMPOSE_SWARM_MANAGER") ?? "";

    public string Registry { get; private set; } = Environment.GetEnvironmentVariable("COMPOSE_SWARM_REGISTRY") ?? "";

    /// <summary>Why there is no swarm (not root, the script failed), or null when it is up.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The socket of node N's engine (1 is the manager).</summary>
    public static string NodeSocket(int node) => $"unix:///run/composectl-swarm/node{node}/docker.sock";

    public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>(StringComparer.Ordinal) { ["DOCKER_HOST"] = Manager };

    public async Task InitializeAsync()
    {
        if (Manager.Length > 0)
        {
            return;
        }

        var up = await HostCommand.RunAsync(Script, ["up"], null, TimeSpan.FromMinutes(3));
        if (up.ExitCode != 0)
        {
            Unavailable = $"scripts/swarm up failed: {up.Error.Trim()}";
            return;
        }

        _ownsSwarm = true;
        Manager = Read(up.Out, "COMPOSE_SWARM_MANAGER");
        Registry = Read(up.Out, "COMPOSE_SWARM_REGISTRY");
    }

    /// <summary>Runs the docker CLI against one node's engine (an observer independent of composectl).</summary>
    public static Task<HostCommand.Result> DockerAsync(int node, params string[] args) =>
        HostCommand.RunAsync("docker", args, new Dictionary<string, string?> { ["DOCKER_HOST"] = NodeSocket(node) }, TimeSpan.FromMinutes(1));

    public static async Task<string> DockerOkAsync(int node, params string[] args)
    {
        var result = await DockerAsync(node, args);
        result.ExitCode.Should().Be(0, $"docker {string.Join(' ', args)} on node {node}: {result}");
        return result.Trimmed;
    }

    public static Task<HostCommand.Result> ScriptAsync(params string[] args) => HostCommand.RunAsync(Script, args, null, TimeSpan.FromMinutes(2));

    public async Task DisposeAsync()
    {
        if (_ownsSwarm)
        {
            await HostCommand.RunAsync(Script, ["down"], null, TimeSpan.FromMinutes(2));
        }
    }

    private static string Read(string output, string name) =>
        output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith($"export {name}=", StringComparison.Ordinal))?[($"export {name}=").Length..]
            ?? throw new InvalidOperationException($"scripts/swarm up printed no {name}: {output}");
}
