using Compose.Loading;
using Compose.Model;

namespace Compose.Tests.Images;

/// <summary>A compose file with its build contexts (files in subdirectories) in a fresh temporary directory, removed on dispose.</summary>
public sealed class BuildProject : IDisposable
{
    private BuildProject(string directory) => Directory = directory;

    public string Directory { get; }

    public static async Task<BuildProject> CreateAsync(string yaml, params (string Path, string Content)[] files)
    {
        var project = new BuildProject(TestTemp.Directory("composectl-build-"));
        await project.WriteAsync("compose.yaml", yaml);
        foreach (var (path, content) in files)
        {
            await project.WriteAsync(path, content);
        }

        return project;
    }

    public async Task WriteAsync(string path, string content)
    {
        var full = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllTextAsync(full, content);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    public async Task<Project> LoadAsync(IReadOnlyDictionary<string, string>? environment = null) =>
        (await ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = Directory,
            Environment = environment ?? new Dictionary<string, string>(),
            ProjectName = "demo",
        }, CancellationToken.None)).Project;
}
