using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Xunit.Abstractions;

namespace Compose.IntegrationTests.Reliability;

/// <summary>
/// An engine that dies, restarts or freezes under composectl (issue 16), on a private dockerd the test owns
/// (<see cref="PrivateEngine"/>): the next <c>up</c> converges by itself, every message is an English sentence, and a
/// frozen engine fails a request within the configured limit.
/// </summary>
public sealed class EngineDeathTests : IClassFixture<PrivateEngine>, IDisposable
{
    private const int Rounds = 5;
    private static readonly string[] Services = ["a", "b", "c", "d"];

    private readonly PrivateEngine _engine;
    private readonly ITestOutputHelper _output;
    private readonly string _project = TestNames.UniqueProject("death");
    private readonly string _directory = TestTemp.Directory("composectl-death-");

    public EngineDeathTests(PrivateEngine engine, ITestOutputHelper output)
    {
        _engine = engine;
        _output = output;
        // d waits for a healthy a, so some kills land during a readiness wait.
        File.WriteAllText(Path.Combine(_directory, "compose.yaml"), """
            services:
              a:
                image: busybox:latest
                command: [sleep, "600"]
                init: true
                healthcheck: { test: [CMD, "true"], interval: 1s, start_period: 1s }
              b:
                image: busybox:latest
                command: [sleep, "600"]
                init: true
                scale: 3
              c:
                image: busybox:latest
                command: [sleep, "600"]
                init: true
              d:
                image: busybox:latest
                command: [sleep, "600"]
                init: true
                depends_on: { a: { condition: service_healthy } }
            """);
    }

    [PrivateEngineFact]
    public async Task Up_converges_by_itself_after_the_engine_is_killed_or_restarted_mid_up()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var before = await ProjectContainerIdsAsync();
            // Every round replaces every container, so there is work in flight to kill: while the new containers are
            // made (odd rounds) or once the first of them runs, the others starting (even rounds and the last, which
            // stops the engine gracefully, a restart, instead of killing it).
            var up = EngineCli.RunAsync(_directory, _engine.Variables, "-p", _project, "up", "-d", "--force-recreate", "--progress", "plain");
            var whileStarting = round % 2 == 0 || round == Rounds;
            var midUp = await WaitForNewContainersAsync(before, whileStarting ? ContainerState.Running : ContainerState.Created, up);
            if (round == Rounds)
            {
                await _engine.StopAsync();
            }
            else
            {
                await _engine.KillAsync();
            }

            var interrupted = await up;
            _output.WriteLine($"round {round}: {(round == Rounds ? "stopped" : "killed")} {(midUp ? $"mid-up, once a new container was {(whileStarting ? "running" : "created")}" : "after up ended")}; up exited {interrupted.ExitCode}: {ErrorLine(interrupted.Error)}");
            AssertEnglish(interrupted);

            await _engine.StartAsync();
            var next = await EngineCli.RunAsync(_directory, _engine.Variables, "-p", _project, "up", "-d", "--progress", "plain");
            var recovered = next.Error.Split('\n').Count(line => line.Contains("the engine still holds a task from before it stopped", StringComparison.Ordinal));
            _output.WriteLine($"round {round}: the next up exited {next.ExitCode}, recreating {recovered} container(s) with a stale task{(next.ExitCode == 0 ? "" : ": " + next.Error)}");
            next.ExitCode.Should().Be(0, $"round {round}: the next up after the engine came back must converge by itself:\n{next.Error}\ndockerd:\n{_engine.Log()}");
            (await ServiceStatesAsync()).Should().BeEquivalentTo(
                Services.ToDictionary(s => s, s => Enumerable.Repeat(ContainerState.Running, s == "b" ? 3 : 1).ToArray()),
                $"round {round}: every replica running, nothing left over");
        }
    }

    [PrivateEngineFact]
    public async Task A_frozen_engine_fails_a_request_within_the_configured_limit()
    {
        await _engine.FreezeAsync();
        CliRunner.Result ps;
        try
        {
            ps = await EngineCli.RunAsync(_directory, new Dictionary<string, string>(_engine.Variables) { ["COMPOSE_ENGINE_TIMEOUT"] = "3s" }, "-p", _project, "ps");
        }
        finally
        {
            await _engine.ThawAsync();
        }

        ps.ExitCode.Should().Be(1, ps.Error);
        ps.Error.Should().MatchRegex(@"list (containers|networks|volumes): the engine did not answer within 3 s; it may be frozen or overloaded")
            .And.Contain("COMPOSE_ENGINE_TIMEOUT")
            .And.NotContain("Is the Docker engine running?");
        AssertEnglish(ps);
    }

    [PrivateEngineFact]
    public async Task A_dead_engine_is_reported_as_not_running_in_words()
    {
        await _engine.KillAsync();
        CliRunner.Result ps;
        try
        {
            ps = await EngineCli.RunAsync(_directory, _engine.Variables, "-p", _project, "ps");
        }
        finally
        {
            await _engine.StartAsync();
        }

        ps.ExitCode.Should().Be(1, ps.Error);
        ps.Error.Should().Contain(_engine.Host).And.Contain("nothing accepts connections there (connection refused)").And.Contain("Is the Docker engine running?");
        AssertEnglish(ps);
    }

    /// <summary>A failure is exit 1 with our sentences: no exit 70, no .NET resource key or type name, no stack trace.</summary>
    private static void AssertEnglish(CliRunner.Result result)
    {
        result.ExitCode.Should().BeOneOf([0, 1], result.Error);
        result.Error.Should().NotContainAny("net_http_", "Arg_", "_Exception", "Internal error", "   at ", "System.");
    }

    /// <summary>
    /// True once a container not in <paramref name="before"/> exists (<see cref="ContainerState.Created"/>) or runs
    /// (<see cref="ContainerState.Running"/>); false when up ended first.
    /// </summary>
    private async Task<bool> WaitForNewContainersAsync(IReadOnlySet<string> before, ContainerState state, Task up)
    {
        await using var runtime = _engine.CreateRuntime();
        while (!up.IsCompleted)
        {
            var containers = await runtime.ListContainersAsync(Filter, all: true, CancellationToken.None);
            if (containers.Any(c => !before.Contains(c.Id) && (state == ContainerState.Created || c.State == state)))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private async Task<IReadOnlySet<string>> ProjectContainerIdsAsync()
    {
        await using var runtime = _engine.CreateRuntime();
        var containers = await runtime.ListContainersAsync(Filter, all: true, CancellationToken.None);
        return containers.Select(c => c.Id).ToHashSet();
    }

    /// <summary>The states of each service's containers (a leftover of an interrupted recreate would be a second one).</summary>
    private async Task<Dictionary<string, ContainerState[]>> ServiceStatesAsync()
    {
        await using var runtime = _engine.CreateRuntime();
        var containers = await runtime.ListContainersAsync(Filter, all: true, CancellationToken.None);
        return containers.GroupBy(c => c.Labels["com.docker.compose.service"]).ToDictionary(g => g.Key, g => g.Select(c => c.State).ToArray());
    }

    private LabelFilter Filter => LabelFilter.Of("com.docker.compose.project", _project);

    /// <summary>The error's first line (a wait's failure goes on with the container's log tail).</summary>
    private static string ErrorLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(l => l.StartsWith("Error:", StringComparison.Ordinal)) ?? "";

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
