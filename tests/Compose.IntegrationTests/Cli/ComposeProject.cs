using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>
/// A compose file in its own temporary directory with a unique project name: runs composectl on it in-process and
/// removes everything the project made (containers, networks, volumes) and the directory when disposed.
/// </summary>
public sealed class ComposeProject : IAsyncDisposable
{
    private ComposeProject(string name, string directory, Dictionary<string, string> variables)
    {
        Name = name;
        Directory = directory;
        Variables = variables;
    }

    public string Name { get; }

    public string Directory { get; }

    public string File => Path.Combine(Directory, "compose.yaml");

    public Dictionary<string, string> Variables { get; }

    public static async Task<ComposeProject> CreateAsync(string prefix, string yaml, Dictionary<string, string>? variables = null)
    {
        var directory = TestTemp.Directory($"composectl-{prefix}-");
        await System.IO.File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), yaml);
        return new ComposeProject(TestNames.UniqueProject(prefix), directory, variables ?? []);
    }

    public string Container(string service, int number = 1) => $"{Name}-{service}-{number}";

    /// <summary>Writes a file of the project (a Dockerfile, a build context file), creating its directories.</summary>
    public async Task WriteAsync(string path, string content)
    {
        var full = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await System.IO.File.WriteAllTextAsync(full, content);
    }

    public Task<CliRunner.Result> RunAsync(params string[] args) => EngineCli.RunAsync(Directory, Variables, ["-p", Name, .. args]);

    public Task<CliRunner.Result> OkAsync(params string[] args) => EngineCli.OkAsync(Directory, Variables, ["-p", Name, .. args]);

    public BackgroundCli Start(params string[] args)
    {
        var variables = new Dictionary<string, string>(Engine.Variables, StringComparer.Ordinal);
        foreach (var (key, value) in Variables)
        {
            variables[key] = value;
        }

        return new BackgroundCli(Directory, variables, ["-p", Name, .. args]);
    }

    /// <summary>Ids of the project's containers as docker sees them (full ids, sorted).</summary>
    public async Task<IReadOnlyList<string>> ContainerIdsAsync(bool all = false)
    {
        string[] args = all
            ? ["ps", "-a", "-q", "--no-trunc", "--filter", $"label=com.docker.compose.project={Name}"]
            : ["ps", "-q", "--no-trunc", "--filter", $"label=com.docker.compose.project={Name}"];
        return [.. (await DockerCli.OkAsync(args)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        await DockerCli.PurgeProjectAsync(Name);
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
