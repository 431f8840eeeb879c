namespace Compose.IntegrationTests.Swarm;

[Collection(SwarmCollection.Name)]
public sealed class SwarmNodeFailureTests(SwarmFixture swarm)
{
    [SwarmFact]
    public async Task The_tasks_of_a_node_whose_daemon_stops_are_rescheduled_on_the_others()
    {
        await using var stack = new SwarmTestStack(swarm, "node");
        await stack.WriteAsync(SwarmStacks.Single("web", "web:v1", """
                deploy:
                  replicas: 3
                  placement:
                    max_replicas_per_node: 2
            """));
        await stack.OkAsync("deploy", "--to", "swarm");
        var before = await stack.TasksAsync("web");
        before.Should().Contain(t => t.Node == "swarm-node3", "one task per node before the failure");

        (await SwarmFixture.ScriptAsync("stop-node", "3")).ExitCode.Should().Be(0);
        try
        {
            var after = await stack.WaitForTasksAsync("web", t => t.Count(x => x.Running) == 3 && t.All(x => x.Node != "swarm-node3"), TimeSpan.FromSeconds(90));
            after.Select(t => t.Node).Should().BeSubsetOf(["swarm-node1", "swarm-node2"]);
            (await stack.OkAsync("ps", "--to", "swarm")).Out.Should().NotContain("swarm-node3");
        }
        finally
        {
            (await SwarmFixture.ScriptAsync("start-node", "3")).ExitCode.Should().Be(0);
            await WaitForNodeReadyAsync("swarm-node3");
        }
    }

    private static async Task WaitForNodeReadyAsync(string node)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var status = await SwarmFixture.DockerAsync(1, "node", "inspect", node, "--format", "{{.Status.State}}");
            if (status.Trimmed == "ready")
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{node} did not rejoin the swarm");
    }
}
