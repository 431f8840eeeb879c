using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>
/// A compose project on the real engine: a temporary directory for its files, a unique project name, composectl
/// run in-process on it, and a purge of everything the project made, whatever state the test left.
/// </summary>
public abstract class StackTestBase(string prefix) : IAsyncLifetime
{
    /// <summary>A busybox command that runs until stopped and stops at once on SIGTERM.</summary>
    protected const string Idle = "[\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 3600 & wait\"]";

    /// <summary>Two idle services, web depending on db: the stack most lifecycle tests act on.</summary>
    protected static string DbAndWeb => $$"""
        services:
          db:
            image: busybox:latest
            command: {{Idle}}
          web:
            image: busybox:latest
            command: {{Idle}}
            depends_on: [db]
        """;

    protected string Project { get; } = TestNames.UniqueProject(prefix);

    protected string Directory { get; } = TestTemp.Directory("composectl-stack-");

    protected Task WriteAsync(string yaml) => File.WriteAllTextAsync(Path.Combine(Directory, "compose.yaml"), yaml);

    protected Task<CliRunner.Result> ComposeAsync(params string[] args) => EngineCli.RunAsync(Directory, null, ["-p", Project, .. args]);

    protected Task<CliRunner.Result> OkAsync(params string[] args) => EngineCli.OkAsync(Directory, null, ["-p", Project, .. args]);

    /// <summary>The project's containers, name → id, as the docker CLI sees them.</summary>
    protected async Task<IReadOnlyDictionary<string, string>> ContainersAsync()
    {
        var lines = await DockerCli.OkAsync("ps", "-a", "--no-trunc", "--filter", $"label=com.docker.compose.project={Project}", "--format", "{{.Names}} {{.ID}}");
        return lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1]);
    }

    protected Task<string> InspectAsync(string container, string format) => DockerCli.OkAsync("inspect", container, "--format", format);

    /// <summary>After a command has converged the project, planning again gives nothing to do.</summary>
    protected async Task ShouldBeConvergedAsync()
    {
        var plan = await OkAsync("plan");
        plan.Out.Should().BeEmpty("the project has converged, so there is nothing left to do");
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        // Anonymous volumes carry no project label; an inherited one even survives the engine's rm -v.
        var ids = (await ContainersAsync()).Values.ToList();
        var anonymous = ids.Count == 0 ? "" : await DockerCli.OkAsync(["inspect", "--format", "{{range .Mounts}}{{if eq .Type \"volume\"}}{{.Name}} {{end}}{{end}}", .. ids]);
        await DockerCli.PurgeProjectAsync(Project);
        foreach (var volume in anonymous.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(v => v.Length == 64))
        {
            await DockerCli.RunAsync("volume", "rm", volume);
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
