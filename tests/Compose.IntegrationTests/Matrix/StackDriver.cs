using System.Text.Json;
using CliWrap;
using CliWrap.Buffered;
using Compose.IntegrationTests.Cli;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Matrix;

/// <summary>
/// One runtime driver under <see cref="StackScenarios"/>: a project in its own directory, and composectl run on it as
/// a person runs it (the published executable as its own process, because the native driver's supervisor is that
/// executable re-run in the background). Everything a scenario asserts goes through composectl itself (ps, exec, logs,
/// a published port), so the same assertions hold on every driver.
/// </summary>
public abstract class StackDriver : IAsyncDisposable
{
    protected StackDriver(ComposeProject project)
    {
        Project = project;
    }

    public ComposeProject Project { get; }

    /// <summary>Runs composectl on the project (<c>-p NAME --progress plain</c> first) and returns what it did.</summary>
    public async Task<BufferedCommandResult> RunAsync(params string[] args)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in Engine.Variables.Concat(Project.Variables))
        {
            variables[key] = value;
        }

        using var limit = new CancellationTokenSource(EngineCli.RunLimit);
        return await CliWrap.Cli.Wrap(ComposectlBinary.Path)
            .WithArguments(["-p", Project.Name, "--progress", "plain", .. args])
            .WithWorkingDirectory(Project.Directory)
            .WithEnvironmentVariables(variables)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(limit.Token);
    }

    public async Task<BufferedCommandResult> OkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        result.ExitCode.Should().Be(0, $"composectl {string.Join(' ', args)} failed on {Name}:\n{result.StandardError}");
        return result;
    }

    /// <summary>An attached composectl (<c>up</c> without <c>-d</c>) that the test reads and interrupts.</summary>
    public CliProcess Start(params string[] args) => CliProcess.Start(Project, args);

    /// <summary><c>ps -a --format json</c>: one object per container.</summary>
    public async Task<IReadOnlyList<JsonElement>> ContainersAsync()
    {
        var output = (await OkAsync("ps", "-a", "--format", "json")).StandardOutput;
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    /// <summary>Which driver this is, for assertion messages: "docker" (or Podman's API) or "native".</summary>
    public abstract string Name { get; }

    /// <summary>Containers, networks and volumes of the project that the driver still has (after <c>down -v</c>: none).</summary>
    public abstract Task<IReadOnlyList<string>> LeftoversAsync();

    public virtual async ValueTask DisposeAsync()
    {
        await Project.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
