using System.Collections.Immutable;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Docker;

namespace Compose.IntegrationTests.Runtime;

/// <summary>
/// A runtime on the real engine plus a unique project label: everything a test creates carries it, and the
/// project is purged afterwards whatever state the test left.
/// </summary>
public abstract class RuntimeTestBase(string prefix) : IAsyncLifetime
{
    protected string Project { get; } = TestNames.UniqueProject(prefix);

    protected DockerRuntime Runtime { get; } = Engine.CreateRuntime();

    protected ImmutableSortedDictionary<string, string> Labels =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("com.docker.compose.project", Project)]);

    protected LabelFilter ProjectFilter => LabelFilter.Of("com.docker.compose.project", Project);

    /// <summary>Test tokens end long before any test should; a hang fails instead of blocking the run.</summary>
    protected static CancellationToken Timeout(int seconds = 60) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    protected ContainerCreateSpec Busybox(string name, params string[] command) => new()
    {
        Name = $"{Project}-{name}",
        Image = "busybox:latest",
        Command = [.. command],
        Labels = Labels,
    };

    /// <summary>Creates and starts a container; returns its id.</summary>
    protected async Task<string> RunAsync(ContainerCreateSpec spec)
    {
        var id = await Runtime.CreateContainerAsync(spec, Timeout());
        await Runtime.StartContainerAsync(id, Timeout());
        return id;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await DockerCli.PurgeProjectAsync(Project);
    }
}
