using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Swarm;

/// <summary>
/// One test's stack: a project directory with its compose file, a unique stack name, composectl run against the
/// swarm's manager, and the docker CLI as the independent observer. Disposing undeploys it (docker stack rm as the
/// fallback), so no test leaves services behind for the next.
/// </summary>
public sealed class SwarmTestStack(SwarmFixture swarm, string prefix) : IAsyncDisposable
{
    public string Name { get; } = TestNames.UniqueProject(prefix);

    public string Directory { get; } = TestTemp.Directory("composectl-swarm-");

    public string Registry => swarm.Registry;

    /// <summary>Writes compose.yaml; <c>{registry}</c> stands for the fixture's registry.</summary>
    public Task WriteAsync(string yaml, string file = "compose.yaml") =>
        File.WriteAllTextAsync(Path.Combine(Directory, file), yaml.Replace("{registry}", swarm.Registry, StringComparison.Ordinal));

    public Task<CliRunner.Result> RunAsync(params string[] args) =>
        EngineCli.RunAsync(Directory, swarm.Variables, ["-p", Name, "--progress", "plain", .. args]);

    public async Task<CliRunner.Result> OkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        result.ExitCode.Should().Be(0, $"composectl {string.Join(' ', args)} failed:\n{result.Error}");
        return result;
    }

    /// <summary>The stack's running tasks as <c>docker stack ps</c> lists them: name, node, image (without digest), state.</summary>
    public async Task<IReadOnlyList<TaskRow>> TasksAsync(string? service = null)
    {
        string[] args = ["stack", "ps", Name, "--filter", "desired-state=running", "--format", "{{.Name}}|{{.Node}}|{{.Image}}|{{.CurrentState}}"];
        var result = await SwarmFixture.DockerAsync(1, args);
        // Right after a deploy the manager may have made no task yet, which docker stack ps reports as an error.
        if (result.ExitCode != 0 && result.Error.Contains("nothing found in stack", StringComparison.Ordinal))
        {
            return [];
        }

        result.ExitCode.Should().Be(0, $"docker {string.Join(' ', args)} on node 1: {result}");
        return [.. result.Trimmed.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('|'))
            .Select(p => new TaskRow(p[0], p[1], p[2], p[3]))
            .Where(t => service is null || t.Name.StartsWith($"{Name}_{service}.", StringComparison.Ordinal))];
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing with the last tasks seen when it does not in time.</summary>
    public async Task<IReadOnlyList<TaskRow>> WaitForTasksAsync(string service, Func<IReadOnlyList<TaskRow>, bool> condition, TimeSpan timeout)
    {
        var end = DateTimeOffset.UtcNow + timeout;
        IReadOnlyList<TaskRow> tasks = [];
        while (DateTimeOffset.UtcNow < end)
        {
            tasks = await TasksAsync(service);
            if (condition(tasks))
            {
                return tasks;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"the tasks of {service} did not reach the expected state in {timeout.TotalSeconds:0} s: {string.Join("; ", tasks)}");
    }

    public async ValueTask DisposeAsync()
    {
        var undeploy = await RunAsync("undeploy", Name);
        if (undeploy.ExitCode != 0)
        {
            await SwarmFixture.DockerAsync(1, "stack", "rm", Name);
        }
    }

    public sealed record TaskRow(string Name, string Node, string Image, string State)
    {
        public bool Running => State.StartsWith("Running", StringComparison.Ordinal);
    }
}
