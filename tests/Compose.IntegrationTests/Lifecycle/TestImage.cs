using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>
/// An image built from the local busybox for one test class (unique tag, removed afterwards), for what the compose
/// file cannot say yet or should come from the image: a HEALTHCHECK, a VOLUME.
/// </summary>
public sealed class TestImage : IAsyncDisposable
{
    private TestImage(string tag) => Tag = tag;

    public string Tag { get; }

    public static async Task<TestImage> BuildAsync(string prefix, params string[] instructions)
    {
        var image = new TestImage($"{TestNames.UniqueProject(prefix)}:latest");
        await image.RebuildAsync(instructions);
        return image;
    }

    /// <summary>Builds the tag again from other instructions: a new image id behind the same reference (as after a pull).</summary>
    public async Task RebuildAsync(params string[] instructions)
    {
        var context = TestTemp.Directory("composectl-image-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(context, "Dockerfile"), string.Join('\n', ["FROM busybox:latest", .. instructions]) + "\n");
            await DockerCli.OkAsync("build", "-q", "-t", Tag, context);
        }
        finally
        {
            System.IO.Directory.Delete(context, recursive: true);
        }
    }

    public async ValueTask DisposeAsync() => await DockerCli.RunAsync("rmi", "-f", Tag);
}
