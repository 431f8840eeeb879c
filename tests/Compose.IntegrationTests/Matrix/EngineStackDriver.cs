using Compose.IntegrationTests.Cli;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Matrix;

/// <summary>The Docker driver, on the engine of DOCKER_HOST (Docker in one pass of scripts/test, Podman's API in the other).</summary>
public sealed class EngineStackDriver : StackDriver
{
    private EngineStackDriver(ComposeProject project)
        : base(project)
    {
    }

    public static async Task<StackDriver> CreateAsync(string prefix, string yaml) =>
        new EngineStackDriver(await ComposeProject.CreateAsync(prefix, yaml));

    public override string Name => Engine.Description;

    public override Task<IReadOnlyList<string>> LeftoversAsync() => DockerCli.ProjectResourcesAsync(Project.Name);
}
