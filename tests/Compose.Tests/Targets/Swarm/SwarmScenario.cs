using Compose.Loading;
using Compose.Planning;
using Compose.Targets.Swarm;

namespace Compose.Tests.Targets.Swarm;

/// <summary>A compose text, loaded, against a <see cref="FakeSwarmClient"/>: plan, deploy, plan again.</summary>
public sealed class SwarmScenario
{
    public FakeSwarmClient Swarm { get; } = new();

    public RecordingProgress Progress { get; } = new();

    public SwarmStack Stack => new(Swarm, Progress);

    public static async Task<LoadResult> LoadAsync(string yaml, IReadOnlyDictionary<string, string>? files = null, IReadOnlyDictionary<string, string>? environment = null) =>
        await TestProjects.LoadAsync(yaml, environment, projectName: "demo", extraFiles: files);

    public Task<Plan> PlanAsync(LoadResult loaded, SwarmDeployOptions? options = null, string stack = "demo", ImageResolution resolution = ImageResolution.Always) =>
        Stack.PlanDeployAsync(loaded.Project, stack, resolution, (options ?? new SwarmDeployOptions()) with { Sources = loaded.Sources }, CancellationToken.None);

    public async Task<Plan> DeployAsync(LoadResult loaded, SwarmDeployOptions? options = null, string stack = "demo")
    {
        var plan = await PlanAsync(loaded, options, stack);
        await Stack.ExecuteAsync(plan, CancellationToken.None);
        return plan;
    }
}
