using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>
/// Issue 16's race, the lock half: two <c>up -d</c> of one project started at the same instant, as two processes.
/// One waits for the other (and says so); the project ends with one network and one container per replica.
/// </summary>
public sealed class ConcurrentRunsTests
{
    private static readonly string Stack = $$"""
        services:
          web:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
            scale: 2
          db:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
        """;

    [DockerFact]
    public async Task Two_up_d_at_once_on_one_project_are_serialized_one_waiting_for_the_other()
    {
        // One project, ten rounds: each starts from nothing (down), so both runs race to create the network.
        await using var stack = await ReconcileStack.CreateAsync("rc-race", Stack);
        var waited = 0;
        for (var round = 0; round < 10; round++)
        {
            var runs = await Task.WhenAll(stack.ComposectlAsync("up", "-d"), stack.ComposectlAsync("up", "-d"));

            runs.Should().AllSatisfy(r => r.ExitCode.Should().Be(0, $"round {round}: {r.Error}"));
            var waits = runs.Count(r => r.Error.Contains($"waiting for another composectl run on project {stack.Project.Name} (pid ", StringComparison.Ordinal));
            waits.Should().BeLessThanOrEqualTo(1, "the line is printed once, by the one that waits");
            waited += waits;
            (await DockerCli.OkAsync("network", "ls", "-q", "--filter", $"name=^{stack.Project.Name}_default$")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle($"round {round}: one network");
            (await stack.Project.ContainerIdsAsync(all: true)).Should().HaveCount(3, $"round {round}: one container per replica");
            var down = await stack.ComposectlAsync("down", "-t", "1");
            down.ExitCode.Should().Be(0, down.Error);
        }

        waited.Should().BeGreaterThan(0, "runs started at the same instant meet at the lock (if one always ended before the other began, nothing was tested)");
    }
}
