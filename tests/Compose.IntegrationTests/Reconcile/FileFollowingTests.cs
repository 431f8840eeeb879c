using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>The file half of the loop: edits of compose.yaml and env_file are applied, only where the hash changed; a broken save touches nothing.</summary>
public sealed class FileFollowingTests
{
    private static readonly string Stack = $$"""
        services:
          a:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
            environment:
              GREETING: hello
          b:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
            env_file: shared.env
          c:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
            env_file: shared.env
          d:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
        """;

    [DockerFact]
    public async Task Edits_recreate_only_the_services_they_change_and_a_broken_save_is_reported_once_and_touches_nothing()
    {
        await using var stack = await ReconcileStack.CreateAsync("rc-files", Stack);
        await stack.Project.WriteAsync("shared.env", "MODE=slow\nLEVEL=1\n");
        await stack.StartAsync();
        var before = await IdsAsync(stack);

        await File.WriteAllTextAsync(stack.Project.File, Stack.Replace("GREETING: hello", "GREETING: bonjour", StringComparison.Ordinal));
        await stack.UntilAsync(async () => Replaced((await IdsAsync(stack))["a"], before["a"]), "a recreated");
        var afterCompose = await IdsAsync(stack);
        afterCompose.Where(kv => kv.Key != "a").Should().BeEquivalentTo(before.Where(kv => kv.Key != "a"), "only a's configuration changed");
        (await DockerCli.OkAsync("exec", stack.Project.Container("a"), "sh", "-c", "echo $GREETING")).Should().Be("bonjour");

        await stack.Project.WriteAsync("shared.env", "MODE=fast\nLEVEL=1\n");
        await stack.UntilAsync(async () => await IdsAsync(stack) is var ids && Replaced(ids["b"], afterCompose["b"]) && Replaced(ids["c"], afterCompose["c"]), "b and c recreated");
        var afterEnv = await IdsAsync(stack);
        (afterEnv["a"], afterEnv["d"]).Should().Be((afterCompose["a"], afterCompose["d"]), "a and d do not use shared.env");

        var passes = stack.Passes().Count;
        await File.WriteAllTextAsync(stack.Project.File, Stack.Replace("      GREETING: hello", "      GREETING: [unclosed", StringComparison.Ordinal));
        await stack.WaitForLoopAsync(e => e.Contains("the edited files do not load", StringComparison.Ordinal), "the broken edit reported");
        var rejected = stack.Loop!.Error.Split('\n').Where(l => l.Contains("the edited files do not load", StringComparison.Ordinal)).ToList();
        rejected.Should().ContainSingle().Which.Should().MatchRegex(@"compose\.yaml:\d+:\d+", "the error names the place");
        (await IdsAsync(stack)).Should().BeEquivalentTo(afterEnv, "a broken save touches nothing");
        // The engine's events of the loop's own recreate may still bring one pass that converges; none comes from the files.
        stack.Passes().Skip(passes).Should().NotContain(
            p => !p.Contains("(engine:", StringComparison.Ordinal) || !p.EndsWith("): converged", StringComparison.Ordinal), "no pass runs for a broken edit");
        (await stack.ComposectlAsync("reconcile", "status")).Out.Should().Contain("files:").And.Contain("rejected");

        await File.WriteAllTextAsync(stack.Project.File, Stack.Replace("GREETING: hello", "GREETING: hallo", StringComparison.Ordinal));
        await stack.UntilAsync(async () => Replaced((await IdsAsync(stack))["a"], afterEnv["a"]), "the fix applied");
        (await DockerCli.OkAsync("exec", stack.Project.Container("a"), "sh", "-c", "echo $GREETING")).Should().Be("hallo");
        stack.Loop!.Error.Should().Contain("the files load again");
    }

    private static bool Replaced(string now, string before) => now.Length > 0 && now != before;

    private static async Task<Dictionary<string, string>> IdsAsync(ReconcileStack stack)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in new[] { "a", "b", "c", "d" })
        {
            // A replacement counts once it runs (it is created under a temporary name, renamed, then started).
            ids[service] = await stack.TryInspectAsync(stack.Project.Container(service), "{{.State.Running}} {{.Id}}") is { } state && state.StartsWith("true ", StringComparison.Ordinal) ? state[5..] : "";
        }

        return ids;
    }
}
