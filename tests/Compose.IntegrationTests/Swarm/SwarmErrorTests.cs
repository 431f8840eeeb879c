using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Swarm;

[Collection(SwarmCollection.Name)]
public sealed class SwarmErrorTests(SwarmFixture swarm)
{
    [DockerFact]
    public async Task Deploy_to_an_engine_in_no_swarm_says_how_to_make_one()
    {
        var directory = TestTemp.Directory("composectl-swarm-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), "services:\n  web:\n    image: busybox\n");

        var result = await EngineCli.RunAsync(directory, null, "-p", "ct-noswarm", "deploy", "--to", "swarm");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain("is not part of a swarm").And.Contain("`docker swarm init`");
    }

    [SwarmFact]
    public async Task A_placement_no_node_satisfies_fails_naming_the_service_and_the_schedulers_words()
    {
        await using var stack = new SwarmTestStack(swarm, "place");
        await stack.WriteAsync("""
            services:
              web:
                image: {registry}/swarmtest/web:v1
                deploy:
                  placement:
                    constraints: [node.labels.zone==mars]
            """);

        var result = await stack.RunAsync("deploy", "--to", "swarm");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain($"Error: service {stack.Name}_web: no node can run its tasks: no suitable node (scheduling constraints not satisfied on 3 nodes)");
    }

    [SwarmFact]
    public async Task An_image_no_node_can_get_fails_naming_the_service_and_the_tasks_error()
    {
        await using var stack = new SwarmTestStack(swarm, "image");
        await stack.WriteAsync("""
            services:
              web:
                image: {registry}/swarmtest/missing:v1
                deploy:
                  restart_policy: {condition: any, delay: 1s}
            """);

        var result = await stack.RunAsync("deploy", "--to", "swarm");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain("could not be accessed on a registry to record its digest");
        result.Error.Should().Contain($"Error: service {stack.Name}_web: its tasks keep failing").And.Contain("task on swarm-node").And.MatchRegex("No such image|manifest unknown|not found");
    }

    [SwarmFact]
    public async Task A_port_already_taken_in_ingress_fails_naming_the_service_and_the_engines_words()
    {
        await using var first = new SwarmTestStack(swarm, "port1");
        await first.WriteAsync(SwarmStacks.Single("web", "web:v1", "    ports: [\"18080:80\"]"));
        await first.OkAsync("deploy", "--to", "swarm", "--detach");
        await using var second = new SwarmTestStack(swarm, "port2");
        await second.WriteAsync(SwarmStacks.Single("api", "web:v1", "    ports: [\"18080:80\"]"));

        var result = await second.RunAsync("deploy", "--to", "swarm");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain($"Error: service {second.Name}_api:").And.Contain("port '18080' is already in use by service").And.Contain($"{first.Name}_web");
    }

    [SwarmFact]
    public async Task A_key_swarm_cannot_honour_is_refused_at_its_line_before_anything_is_made()
    {
        await using var stack = new SwarmTestStack(swarm, "refuse");
        await stack.WriteAsync("services:\n  web:\n    image: {registry}/swarmtest/web:v1\n    privileged: true\n");

        var result = await stack.RunAsync("deploy", "--to", "swarm");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("compose.yaml:4:5: services.web.privileged: not supported by swarm");
        (await SwarmFixture.DockerOkAsync(1, "service", "ls", "-q", "--filter", $"label=com.docker.stack.namespace={stack.Name}")).Should().BeEmpty();
    }
}
