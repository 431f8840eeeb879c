using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Images;

/// <summary>
/// The containers, volumes and host files one test makes. Containers and volumes carry the compose project label of
/// a unique name, so disposal removes them all whatever state the test left, and never touches anything else.
/// </summary>
public sealed class DockerScope(string prefix) : IAsyncDisposable
{
    private readonly List<string> _directories = [];

    public string Project { get; } = TestNames.UniqueProject(prefix);

    private string ProjectLabel => $"com.docker.compose.project={Project}";

    public async Task<string> CreateVolumeAsync(string suffix)
    {
        var name = $"{Project}_{suffix}";
        await DockerCli.OkAsync("volume", "create", "--label", ProjectLabel, name);
        return name;
    }

    /// <summary>Starts a detached container; <paramref name="options"/> go before the image, the command after it.</summary>
    public async Task<ServiceContainer> RunAsync(string suffix, string image, IEnumerable<string> options, params string[] command)
    {
        var name = $"{Project}-{suffix}";
        // --stop-timeout: Podman 4.3 gives containers created through its Docker API a timeout of 0 (stop = SIGKILL) otherwise.
        await DockerCli.OkAsync(["run", "-d", "--name", name, "--label", ProjectLabel, "--stop-timeout", "10", .. options, image, .. command]);
        return new ServiceContainer(name);
    }

    /// <summary>A host directory (removed at disposal) to bind-mount files from.</summary>
    public string CreateDirectory()
    {
        var path = TestTemp.Directory($"{Project}-");
        _directories.Add(path);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await DockerCli.PurgeProjectAsync(Project);
        foreach (var directory in _directories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
