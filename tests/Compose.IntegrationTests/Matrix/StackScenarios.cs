using System.Text.Json;

namespace Compose.IntegrationTests.Matrix;

/// <summary>
/// The same stacks and the same assertions on every runtime driver (issue 18's matrix): each driver's test class
/// (<see cref="DockerStackTests"/>, <c>Native.Matrix.NativeStackTests</c>) runs these scenarios through composectl as
/// a user runs it. Names, labels, health gating, DNS, a published port, volumes, <c>--wait</c>, restarts and their
/// logs, and an attached <c>up</c> ended with Ctrl+C.
/// </summary>
public abstract class StackScenarios
{
    protected abstract Task<StackDriver> CreateAsync(string prefix, string yaml);

    protected async Task A_stack_comes_up_gated_by_health_resolves_names_answers_on_its_port_and_down_v_leaves_nothing()
    {
        var port = Infrastructure.TestNames.FreeLoopbackPort();
        await using var stack = await CreateAsync("mhealth", $$"""
            services:
              db:
                image: busybox:latest
                command: ["sh", "-c", "sleep 1; touch /shared/ready; exec sleep 3600"]
                healthcheck: { test: ["CMD-SHELL", "test -f /shared/ready"], interval: 300ms, retries: 40 }
                volumes: [shared:/shared]
                stop_grace_period: 1s
              web:
                image: busybox:latest
                command: ["sh", "-c", "if test -f /shared/ready; then echo gated; else echo early; fi > /shared/web; echo ok > /tmp/index.html; exec httpd -f -p 80 -h /tmp"]
                depends_on: { db: { condition: service_healthy } }
                ports: ["127.0.0.1:{{port}}:80"]
                volumes: [shared:/shared]
                networks: { default: { aliases: [frontend] } }
                stop_grace_period: 1s
            volumes:
              shared: {}
            """);
        var project = stack.Project.Name;

        await stack.OkAsync("up", "-d", "--wait", "--wait-timeout", "90");

        var containers = await stack.ContainersAsync();
        containers.Select(c => Text(c, "Name")).Should().BeEquivalentTo([$"{project}-db-1", $"{project}-web-1"], $"docker compose's names on {stack.Name}");
        containers.Select(c => Text(c, "State")).Should().AllBe("running");
        Text(containers.Single(c => Text(c, "Service") == "db"), "Health").Should().Be("healthy");
        Text(containers.Single(c => Text(c, "Service") == "web"), "Labels").Split(',').Should()
            .Contain([$"com.docker.compose.project={project}", "com.docker.compose.service=web", "com.docker.compose.container-number=1"])
            .And.Contain(l => l.StartsWith("com.docker.compose.config-hash=", StringComparison.Ordinal), "the labels are kept as metadata");
        (await stack.OkAsync("exec", "-T", "web", "cat", "/shared/web")).StandardOutput.Should().Be("gated\n", "web started only once db was healthy");
        (await stack.RunAsync("exec", "-T", "web", "nslookup", "db")).ExitCode.Should().Be(0, "services resolve each other by name");
        (await stack.RunAsync("exec", "-T", "db", "nslookup", "frontend")).ExitCode.Should().Be(0, "and by their network aliases");
        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            (await client.GetStringAsync($"http://127.0.0.1:{port}/index.html")).Should().Be("ok\n", "the published port answers on 127.0.0.1");
        }

        (await stack.OkAsync("plan")).StandardOutput.Should().BeEmpty("a converged stack plans nothing");

        await stack.OkAsync("down", "-v", "-t", "1");
        (await stack.LeftoversAsync()).Should().BeEmpty($"down -v removes every container, network and volume of the project on {stack.Name}");
    }

    protected async Task A_named_volume_survives_recreation_and_down()
    {
        await using var stack = await CreateAsync("mvolume", """
            services:
              app:
                image: busybox:latest
                command: ["sh", "-c", "echo run >> /data/runs; exec sleep 3600"]
                environment: { GENERATION: "${GENERATION}" }
                volumes: [data:/data]
                stop_grace_period: 1s
            volumes:
              data: {}
            """);
        stack.Project.Variables["GENERATION"] = "1";
        await stack.OkAsync("up", "-d");
        stack.Project.Variables["GENERATION"] = "2";
        (await stack.OkAsync("up", "-d")).StandardError.Should().Contain("Recreate", "a changed variable recreates the container");
        await stack.OkAsync("down", "-t", "1");
        (await stack.LeftoversAsync()).Should().ContainSingle(r => r.StartsWith("volume ", StringComparison.Ordinal), "down without -v keeps the named volume");
        await stack.OkAsync("up", "-d");

        var runs = await EventuallyAsync(async () => (await stack.RunAsync("exec", "-T", "app", "cat", "/data/runs")).StandardOutput, o => o == "run\nrun\nrun\n");
        runs.Should().Be("run\nrun\nrun\n", "the volume kept the first two runs through a recreate and a down");
        (await stack.OkAsync("exec", "-T", "app", "sh", "-c", "echo $GENERATION")).StandardOutput.Should().Be("2\n");

        await stack.OkAsync("down", "-v", "-t", "1");
        (await stack.LeftoversAsync()).Should().BeEmpty("down -v removes the volume too");
    }

    protected async Task Wait_fails_with_exit_1_naming_a_service_that_never_gets_healthy()
    {
        await using var stack = await CreateAsync("mwait", """
            services:
              sick:
                image: busybox:latest
                command: ["sleep", "3600"]
                healthcheck: { test: ["CMD", "false"], interval: 300ms, retries: 2 }
                stop_grace_period: 1s
            """);

        var up = await stack.RunAsync("up", "-d", "--wait", "--wait-timeout", "90");

        up.ExitCode.Should().Be(1, up.StandardError);
        up.StandardError.Should().Contain("sick").And.Contain("unhealthy");
        await stack.OkAsync("down", "-t", "1");
    }

    protected async Task The_logs_of_a_restarted_container_hold_every_run()
    {
        await using var stack = await CreateAsync("mrestart", """
            services:
              flaky:
                image: busybox:latest
                command: ["sh", "-c", "echo attempt; exit 3"]
                restart: on-failure:2
            """);

        await stack.OkAsync("up", "-d");

        // on-failure:2 is the first run and two restarts; then the container stays exited with its code.
        var attempts = await EventuallyAsync(
            async () =>
            {
                var flaky = (await stack.ContainersAsync()).Single();
                var logs = (await stack.OkAsync("logs", "--no-log-prefix", "flaky")).StandardOutput;
                return (State: Text(flaky, "State"), Runs: logs.Split('\n').Count(l => l == "attempt"));
            },
            r => r is { State: "exited", Runs: 3 },
            TimeSpan.FromSeconds(60));
        attempts.Should().Be(("exited", 3), $"a restart policy's runs all reach the logs on {stack.Name}");
        (await stack.ContainersAsync()).Single().GetProperty("ExitCode").GetInt32().Should().Be(3);
        await stack.OkAsync("down", "-t", "1");
    }

    protected async Task An_attached_up_interrupted_with_ctrl_c_stops_the_stack_gracefully()
    {
        await using var stack = await CreateAsync("mattach", """
            services:
              talker:
                image: busybox:latest
                command: ["sh", "-c", "trap 'echo bye; exit 0' TERM; echo hello; while true; do sleep 0.2; done"]
                stop_grace_period: 10s
            """);
        await using var up = stack.Start("up");
        await up.WaitForOutputAsync("hello");

        var code = await up.InterruptAsync();

        code.Should().Be(130, up.Error);
        up.Output.Should().Contain("bye", "the container got SIGTERM and its output up to the end was shown");
        var talker = (await stack.ContainersAsync()).Single();
        Text(talker, "State").Should().Be("exited", "Ctrl+C stops the stack");
        talker.GetProperty("ExitCode").GetInt32().Should().Be(0, "it stopped by its own TERM trap, not by a kill");
        await stack.OkAsync("down");
    }

    private static string Text(JsonElement container, string property) => container.GetProperty(property).GetString() ?? "";

    private static Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done) => EventuallyAsync(read, done, TimeSpan.FromSeconds(15));

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(200);
        }
    }
}
