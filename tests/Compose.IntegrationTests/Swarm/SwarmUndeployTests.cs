namespace Compose.IntegrationTests.Swarm;

[Collection(SwarmCollection.Name)]
public sealed class SwarmUndeployTests(SwarmFixture swarm)
{
    [SwarmFact]
    public async Task Undeploy_removes_everything_the_stack_made_on_every_node_and_nothing_of_another_stack()
    {
        await using var other = new SwarmTestStack(swarm, "other");
        await other.WriteAsync(SwarmStacks.Single("keep", "web:v1"));
        await other.OkAsync("deploy", "--to", "swarm");
        await using var stack = new SwarmTestStack(swarm, "undeploy");
        await stack.WriteAsync(SwarmStacks.Webapp());
        await File.WriteAllTextAsync(Path.Combine(stack.Directory, "token.txt"), "s3cret\n");
        await stack.OkAsync("deploy", "--to", "swarm");

        var undeploy = await stack.OkAsync("undeploy", stack.Name);

        undeploy.Error.Should().Contain($"Service {stack.Name}_web  Removed").And.Contain($"Network {stack.Name}_front  Removed");
        foreach (var kind in new[] { "service", "network", "secret", "config" })
        {
            (await SwarmFixture.DockerOkAsync(1, kind, "ls", "-q", "--filter", $"label=com.docker.stack.namespace={stack.Name}")).Should().BeEmpty($"no {kind} of the stack is left");
        }

        // Each node removes a task's container moments after the swarm dropped the task: give them those moments.
        for (var node = 1; node <= 3; node++)
        {
            (await EventuallyAsync(() => SwarmFixture.DockerOkAsync(node, "ps", "-aq", "--filter", $"label=com.docker.stack.namespace={stack.Name}"), string.IsNullOrEmpty))
                .Should().BeEmpty($"no container of the stack is left on node {node}");
        }

        (await SwarmFixture.DockerOkAsync(1, "volume", "ls", "-q", "--filter", $"label=com.docker.stack.namespace={stack.Name}"))
            .Should().Contain($"{stack.Name}_cache", "named volumes stay, as with down without -v");

        (await SwarmFixture.DockerOkAsync(1, "stack", "services", other.Name, "--format", "{{.Replicas}}")).Should().Be("1/1", "another stack is untouched");
        (await stack.RunAsync("undeploy", stack.Name)).Error.Should().Contain($"Nothing found in stack: {stack.Name}");
    }

    private static async Task<string> EventuallyAsync(Func<Task<string>> read, Func<string, bool> done)
    {
        var value = await read();
        for (var attempt = 0; attempt < 30 && !done(value); attempt++)
        {
            await Task.Delay(500);
            value = await read();
        }

        return value;
    }
}
