namespace Compose.IntegrationTests.Swarm;

[Collection(SwarmCollection.Name)]
public sealed class SwarmDeployTests(SwarmFixture swarm)
{
    [SwarmFact]
    public async Task Deploy_spreads_the_replicas_over_the_nodes_reachable_by_name_and_deploying_again_changes_nothing()
    {
        swarm.Unavailable.Should().BeNull();
        await using var stack = new SwarmTestStack(swarm, "deploy");
        await stack.WriteAsync(SwarmStacks.Webapp());
        await File.WriteAllTextAsync(Path.Combine(stack.Directory, "token.txt"), "s3cret\n");

        var deploy = await stack.OkAsync("deploy", "--to", "swarm");

        deploy.Error.Should().Contain($"Service {stack.Name}_web  Created").And.Contain($"Service {stack.Name}_probe  Created");
        deploy.Error.Should().MatchRegex(@"compose\.yaml:\d+:\d+: services\.probe\.depends_on: ignored by swarm");
        var web = await stack.TasksAsync("web");
        web.Should().HaveCount(4).And.OnlyContain(t => t.Running && t.Image == $"{swarm.Registry}/swarmtest/web:v1");
        web.Select(t => t.Node).Distinct().Should().HaveCountGreaterThanOrEqualTo(2, "the swarm spreads replicas over its nodes");

        var probe = await SwarmFixture.DockerOkAsync(1, "ps", "-q", "--filter", $"label=com.docker.swarm.service.name={stack.Name}_probe");
        var answer = await SwarmFixture.DockerOkAsync(1, "exec", probe, "sh", "-c", "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 3 web 80");
        answer.Should().Contain("200 OK").And.Contain("web v1");
        (await SwarmFixture.DockerOkAsync(1, "exec", probe, "nslookup", "tasks.web")).Split("Address:").Length.Should().BeGreaterThanOrEqualTo(5, "every replica answers to tasks.web");
        var secret = await SwarmFixture.DockerOkAsync(1, "exec", probe, "sh", "-c", "printf 'GET /page.html HTTP/1.0\\r\\n\\r\\n' | nc -w 3 web 80");
        secret.Should().Contain("page v1", "the config is mounted where its target says");

        var before = await SwarmFixture.DockerOkAsync(1, "service", "inspect", $"{stack.Name}_web", "--format", "{{.Version.Index}}");
        var plan = await stack.OkAsync("plan", "--to", "swarm");
        var again = await stack.OkAsync("deploy", "--to", "swarm");

        plan.Out.Should().BeEmpty("a deployed stack whose files did not change plans nothing");
        again.Error.Should().Contain($"Service {stack.Name}_web  Unchanged").And.Contain($"Service {stack.Name}_probe  Unchanged");
        (await SwarmFixture.DockerOkAsync(1, "service", "inspect", $"{stack.Name}_web", "--format", "{{.Version.Index}}")).Should().Be(before, "no update was sent");
        var services = await SwarmFixture.DockerOkAsync(1, "stack", "services", stack.Name, "--format", "{{.Name}} {{.Replicas}}");
        services.Split('\n').Should().BeEquivalentTo([$"{stack.Name}_probe 1/1", $"{stack.Name}_web 4/4"], "docker stack sees the stack as its own");
        var ps = await stack.OkAsync("ps", "--to", "swarm");
        ps.Out.Should().Contain("DESIRED STATE").And.Contain($"{stack.Name}_web.4").And.Contain("swarm-node");
    }

    [SwarmFact]
    public async Task A_changed_config_is_a_new_version_and_prune_removes_services_gone_from_the_files()
    {
        await using var stack = new SwarmTestStack(swarm, "prune");
        await stack.WriteAsync(SwarmStacks.Webapp());
        await File.WriteAllTextAsync(Path.Combine(stack.Directory, "token.txt"), "s3cret\n");
        await stack.OkAsync("deploy", "--to", "swarm", "--detach");
        await stack.WaitForTasksAsync("web", t => t.Count(x => x.Running) == 4, TimeSpan.FromSeconds(90));
        var firstConfig = await SwarmFixture.DockerOkAsync(1, "config", "ls", "--filter", $"label=com.docker.stack.namespace={stack.Name}", "--format", "{{.Name}}");

        await stack.WriteAsync(SwarmStacks.Webapp(page: "page v2").Replace("  probe:\n", "  gone:\n", StringComparison.Ordinal));
        var plan = await stack.OkAsync("plan", "--to", "swarm");
        plan.Out.Should().Contain("CreateConfig").And.Contain("changed: configs");
        plan.Error.Should().Contain($"service {stack.Name}_probe is in stack {stack.Name} but not in the files; deploy --prune removes it");
        await stack.OkAsync("deploy", "--to", "swarm", "--prune");

        var services = await SwarmFixture.DockerOkAsync(1, "stack", "services", stack.Name, "--format", "{{.Name}}");
        services.Split('\n').Should().BeEquivalentTo($"{stack.Name}_gone", $"{stack.Name}_web");
        var configs = (await SwarmFixture.DockerOkAsync(1, "config", "ls", "--filter", $"label=com.docker.stack.namespace={stack.Name}", "--format", "{{.Name}}")).Split('\n');
        configs.Should().HaveCount(2, "the old version stays for a rollback").And.Contain(firstConfig);
        var probe = await SwarmFixture.DockerOkAsync(1, "ps", "-q", "--filter", $"label=com.docker.swarm.service.name={stack.Name}_gone");
        (await SwarmFixture.DockerOkAsync(1, "exec", probe, "sh", "-c", "printf 'GET /page.html HTTP/1.0\\r\\n\\r\\n' | nc -w 3 web 80")).Should().Contain("page v2");
        var logs = await stack.OkAsync("logs", "--to", "swarm", "gone");
        logs.Out.Should().MatchRegex($@"{stack.Name}_gone\.1@swarm-node1 +\| probe ready");
    }
}
