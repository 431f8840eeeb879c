namespace Compose.IntegrationTests.Swarm;

[Collection(SwarmCollection.Name)]
public sealed class SwarmInteropTests(SwarmFixture swarm)
{
    [SwarmFact]
    public async Task A_stack_docker_stack_deployed_is_listed_taken_over_and_removed_by_composectl()
    {
        await using var stack = new SwarmTestStack(swarm, "interop");
        await stack.WriteAsync("""
            version: "3.8"
            services:
              web:
                image: {registry}/swarmtest/web:v1
                stop_grace_period: 1s
                networks: [front]
                deploy:
                  replicas: 2
            networks:
              front: {}
            """);
        await SwarmFixture.DockerOkAsync(1, "stack", "deploy", "-c", Path.Combine(stack.Directory, "compose.yaml"), stack.Name);
        await stack.WaitForTasksAsync("web", t => t.Count(x => x.Running) == 2, TimeSpan.FromSeconds(60));

        var ps = await stack.OkAsync("ps", "--to", "swarm");
        var plan = await stack.OkAsync("plan", "--to", "swarm");
        await stack.OkAsync("deploy", "--to", "swarm");
        var again = await stack.OkAsync("plan", "--to", "swarm");
        var undeploy = await stack.OkAsync("undeploy", stack.Name);

        ps.Out.Split('\n').Count(l => l.Contains($"{stack.Name}_web.", StringComparison.Ordinal) && l.Contains("Running", StringComparison.Ordinal)).Should().Be(2);
        plan.Out.Should().NotContain("CreateService").And.NotContain("CreateSwarmNetwork", "docker stack's services and network are found by their stack label and names");
        again.Out.Should().BeEmpty("once composectl wrote the spec, it reads it back unchanged");
        undeploy.Error.Should().Contain($"Service {stack.Name}_web  Removed").And.Contain($"Network {stack.Name}_front  Removed");
        (await SwarmFixture.DockerOkAsync(1, "stack", "ls", "--format", "{{.Name}}")).Should().NotContain(stack.Name);
    }
}
