using Compose.Runtime;
using Compose.Runtime.Build;

namespace Compose.IntegrationTests.Runtime;

/// <summary>Builds throwaway images from a Dockerfile text and context files written to a temporary directory.</summary>
public static class TestImages
{
    public static async Task<List<ImageProgress>> BuildAsync(IContainerRuntime runtime, ImageBuildSpec spec, string dockerfile, params (string Path, string Content)[] files)
    {
        var context = TestTemp.Directory("composectl-build-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(context, spec.Dockerfile), dockerfile);
            foreach (var (path, content) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(context, path))!);
                await File.WriteAllTextAsync(Path.Combine(context, path), content);
            }

            await using var tar = BuildContextArchive.OpenRead(context, spec.Dockerfile, default);
            var progress = new List<ImageProgress>();
            await foreach (var message in runtime.BuildImageAsync(spec with { Dockerfile = tar.Dockerfile }, tar.Tar, new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token))
            {
                progress.Add(message);
            }

            return progress;
        }
        finally
        {
            Directory.Delete(context, recursive: true);
        }
    }
}
