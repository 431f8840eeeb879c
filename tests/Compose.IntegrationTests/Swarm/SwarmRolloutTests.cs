namespace Compose.IntegrationTests.Swarm;

[Collection(SwarmCollection.Name)]
public sealed class SwarmRolloutTests(SwarmFixture swarm)
{
    [SwarmFact]
    public async Task A_new_tag_rolls_over_rollback_returns_to_the_previous_one_and_a_failing_healthcheck_is_rolled_back_by_the_swarm()
    {
        await using var stack = new SwarmTestStack(swarm, "roll");
        await stack.WriteAsync(SwarmStacks.Webapp(monitor: "4s"));
        await File.WriteAllTextAsync(Path.Combine(stack.Directory, "token.txt"), "s3cret\n");
        await stack.OkAsync("deploy", "--to", "swarm");
        await stack.WriteAsync(SwarmStacks.Webapp(tag: "v2", monitor: "4s"));

        var plan = await stack.OkAsync("plan", "--to", "swarm");
        plan.Out.Should().Be($"[] -> #1 service:{stack.Name}_web, UpdateService, changed: image\n[1] -> #2 service:{stack.Name}_web, WaitForRollout, 4 replicas running\n");
        using var sampling = new CancellationTokenSource();
        var samples = SampleAsync(stack, sampling.Token);
        var deploy = await stack.OkAsync("deploy", "--to", "swarm");
        await sampling.CancelAsync();

        deploy.Error.Should().Contain($"Service {stack.Name}_web  Updated").And.Contain($"Service {stack.Name}_probe  Unchanged");
        (await stack.TasksAsync("web")).Should().HaveCount(4).And.OnlyContain(t => t.Image.EndsWith(":v2", StringComparison.Ordinal));
        (await samples).Should().Contain(s => s.Contains(":v1") && s.Contains(":v2"), "old and new tasks ran side by side: a rolling update, not a restart of all");

        var rollback = await stack.OkAsync("rollback", "web");
        rollback.Error.Should().Contain($"Service {stack.Name}_web  Rolled back");
        (await stack.TasksAsync("web")).Should().HaveCount(4).And.OnlyContain(t => t.Image.EndsWith(":v1", StringComparison.Ordinal));

        await stack.WriteAsync(SwarmStacks.Webapp(tag: "broken", monitor: "4s"));
        var broken = await stack.RunAsync("deploy", "--to", "swarm");

        broken.ExitCode.Should().Be(1, broken.Error);
        broken.Error.Should().Contain($"Error: service {stack.Name}_web: the update failed and the swarm rolled the service back to its previous spec")
            .And.Contain("unhealthy container").And.Contain("task on swarm-node");
        (await stack.TasksAsync("web")).Should().HaveCount(4).And.OnlyContain(t => t.Running && t.Image.EndsWith(":v1", StringComparison.Ordinal));
        (await stack.OkAsync("plan", "--to", "swarm")).Out.Should().Contain("UpdateService, changed: image", "the files still ask for the broken tag");
    }

    /// <summary>The images of the running web tasks, every few hundred milliseconds, until cancelled.</summary>
    private static async Task<List<string>> SampleAsync(SwarmTestStack stack, CancellationToken cancellationToken)
    {
        var samples = new List<string>();
        while (!cancellationToken.IsCancellationRequested)
        {
            var tasks = await stack.TasksAsync("web");
            samples.Add(string.Join(' ', tasks.Where(t => t.Running).Select(t => t.Image)));
            await Task.Delay(300, CancellationToken.None);
        }

        return samples;
    }
}
