using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>The lifecycle commands on the real engine: attached up, the container commands, down without files.</summary>
public sealed class CommandsOnEngineTests() : StackTestBase("commands")
{
    [DockerFact]
    public async Task Attached_up_streams_prefixed_output_and_returns_the_exit_code_asked_for()
    {
        await WriteAsync("""
            services:
              server:
                image: busybox:latest
                command: ["sh", "-c", "echo listening; trap 'exit 0' TERM; sleep 3600 & wait"]
              tests:
                image: busybox:latest
                command: ["sh", "-c", "echo ran 3 tests; exit 2"]
                depends_on: [server]
            """);

        var result = await ComposeAsync("up", "--exit-code-from", "tests", "--no-color");

        result.ExitCode.Should().Be(2, result.Error);
        result.Out.Should().Contain("server-1  | listening").And.Contain("tests-1   | ran 3 tests").And.Contain("tests-1 exited with code 2");
        result.Error.Should().Contain("Aborting on container exit...");
        (await InspectAsync($"{Project}-server-1", "{{.State.Status}}")).Should().Be("exited");
    }

    [DockerFact(PodmanBug = "a followed log runs on past the container's death into the next run, and log timestamps have one-second precision, so runs a restart policy starts within a second of each other cannot be told apart (a line may show twice)")]
    public async Task Attached_up_shows_each_run_of_a_container_its_restart_policy_restarts()
    {
        await WriteAsync("""
            services:
              flaky:
                image: busybox:latest
                restart: on-failure:2
                command: ["sh", "-c", "echo attempt; exit 1"]
            """);

        var result = await ComposeAsync("up", "--no-color");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6).And.OnlyContain(l => l == "flaky-1  | attempt" || l == "flaky-1 exited with code 1");
        lines.Count(l => l == "flaky-1  | attempt").Should().Be(3, "each restart prints again");
        // Not their order: runs that ended before the session attached come back from the log history and the
        // event history separately, and a restart 100 ms later can race its own exit report.
        lines.Count(l => l == "flaky-1 exited with code 1").Should().Be(3, "each exit is reported");
    }

    [DockerFact]
    public async Task A_published_port_another_program_holds_fails_up_naming_the_container_and_the_port()
    {
        using var holder = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        holder.Start();
        var port = ((System.Net.IPEndPoint)holder.LocalEndpoint).Port;
        await WriteAsync($$"""
            services:
              web:
                image: busybox:latest
                command: {{Idle}}
                ports: ["127.0.0.1:{{port}}:80"]
            """);

        var result = await ComposeAsync("up", "-d");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"Error: container {Project}-web-1 cannot start: host port 127.0.0.1:{port} is already in use")
            .And.Contain("change services.web.ports");
    }

    [DockerFact]
    public async Task Run_service_ports_with_a_port_another_program_holds_fails_as_clearly_as_up()
    {
        using var holder = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        holder.Start();
        var port = ((System.Net.IPEndPoint)holder.LocalEndpoint).Port;
        await WriteAsync($$"""
            services:
              web:
                image: busybox:latest
                command: {{Idle}}
                ports: ["127.0.0.1:{{port}}:80"]
            """);

        var detached = await ComposeAsync("run", "--rm", "-d", "--service-ports", "web");
        var attached = await ComposeAsync("run", "--rm", "-T", "--service-ports", "web", "true");

        foreach (var result in new[] { detached, attached })
        {
            result.ExitCode.Should().Be(1, result.Error);
            result.Error.Should().MatchRegex($@"Error: container {Project}-web-run-[0-9a-f]{{12}} cannot start: host port 127\.0\.0\.1:{port} is already in use")
                .And.Contain("change services.web.ports, or run without --service-ports and --publish.")
                .And.NotContain("userland proxy").And.NotContain("address already in use");
        }
    }

    [DockerFact]
    public async Task Down_leaves_a_network_that_a_container_of_another_project_uses_and_warns()
    {
        await WriteAsync(DbAndWeb);
        await OkAsync("up", "-d");
        var foreign = $"{Project}-foreign";
        await DockerCli.OkAsync("run", "-d", "--name", foreign, "--network", $"{Project}_default", "busybox:latest", "sleep", "300");
        try
        {
            var result = await ComposeAsync("down");

            result.ExitCode.Should().Be(0, result.Error);
            result.Error.Should().Contain($"Network {Project}_default  Resource is still in use");
            (await InspectAsync(foreign, "{{.State.Status}}")).Should().Be("running", "down never touches what is not the project's");
            (await ContainersAsync()).Should().BeEmpty();
        }
        finally
        {
            await DockerCli.RunAsync("rm", "-f", foreign);
            await DockerCli.RunAsync("network", "rm", $"{Project}_default");
        }
    }

    [DockerFact]
    public async Task Start_wait_returns_once_the_services_are_healthy_and_fails_naming_one_that_is_not()
    {
        await WriteAsync($$"""
            services:
              db:
                image: busybox:latest
                command: {{Idle}}
                healthcheck: {test: ["CMD", "test", "-f", "/tmp/ready"], interval: 500ms, retries: 60}
                # The check passes a moment after each start, so a start that did not wait would see "starting".
                entrypoint: ["sh", "-c", "rm -f /tmp/ready; (sleep 1; touch /tmp/ready) & exec \"$@\"", "--"]
              broken:
                image: busybox:latest
                command: {{Idle}}
                healthcheck: {test: ["CMD", "false"], interval: 500ms, retries: 1}
            """);
        await OkAsync("up", "-d", "db");
        await OkAsync("stop", "db");

        await OkAsync("start", "--wait", "db");
        var health = await InspectAsync($"{Project}-db-1", "{{.State.Health.Status}}");
        await OkAsync("up", "--no-start", "broken");
        var failed = await ComposeAsync("start", "--wait", "--wait-timeout", "20", "broken");

        health.Should().Be("healthy");
        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Contain("broken");
    }

    [DockerFact]
    public async Task Post_start_and_pre_stop_hooks_run_in_the_container_around_its_start_and_stop()
    {
        await WriteAsync($$"""
            services:
              app:
                image: busybox:latest
                command: {{Idle}}
                volumes: [journal:/journal]
                post_start:
                  - command: ["sh", "-c", "echo started as $(id -u) in $$PWD with $$GREETING >> /journal/log"]
                    user: "65534"
                    working_dir: /tmp
                    environment: {GREETING: hello}
                pre_stop:
                  - command: ["sh", "-c", "echo stopping >> /journal/log"]
            volumes:
              journal: {}
            """);
        await DockerCli.OkAsync("run", "--rm", "-v", $"{Project}_journal:/journal", "busybox:latest", "chmod", "777", "/journal");

        await OkAsync("up", "-d");
        var afterUp = await DockerCli.OkAsync("exec", $"{Project}-app-1", "cat", "/journal/log");
        await OkAsync("down");
        var afterDown = await DockerCli.OkAsync("run", "--rm", "-v", $"{Project}_journal:/journal", "busybox:latest", "cat", "/journal/log");
        await DockerCli.RunAsync("volume", "rm", $"{Project}_journal");

        afterUp.Should().Be("started as 65534 in /tmp with hello");
        afterDown.Should().Be("started as 65534 in /tmp with hello\nstopping");
    }

    [DockerFact]
    public async Task Stop_start_pause_unpause_kill_restart_and_rm_act_on_the_services_named()
    {
        await WriteAsync(DbAndWeb);
        await OkAsync("up", "-d");
        var ids = await ContainersAsync();

        await OkAsync("stop", "web");
        var stopped = await InspectAsync($"{Project}-web-1", "{{.State.Status}}");
        await OkAsync("start");
        await OkAsync("pause", "db");
        var paused = await InspectAsync($"{Project}-db-1", "{{.State.Status}}");
        await OkAsync("unpause");
        await OkAsync("kill", "-s", "SIGKILL", "web");
        var killed = await InspectAsync($"{Project}-web-1", "{{.State.Status}} {{.State.ExitCode}}");
        await OkAsync("restart");
        var restarted = await InspectAsync($"{Project}-web-1", "{{.State.Status}}");
        await OkAsync("rm", "-f", "-s", "web");

        (stopped, paused, killed, restarted).Should().Be(("exited", "paused", "exited 137", "running"));
        (await ContainersAsync()).Should().Equal(new Dictionary<string, string> { [$"{Project}-db-1"] = ids[$"{Project}-db-1"] });
    }

    [DockerFact]
    public async Task Down_with_rmi_all_removes_the_images_the_services_used()
    {
        await using var image = await TestImage.BuildAsync("rmi", "LABEL purpose=down-rmi-test");
        await WriteAsync($$"""
            services:
              app:
                image: {{image.Tag}}
                command: {{Idle}}
            """);
        await OkAsync("up", "-d");

        await OkAsync("down", "--rmi", "all");

        (await DockerCli.RunAsync("image", "inspect", image.Tag)).ExitCode.Should().NotBe(0, "down --rmi all removed the image");
        (await DockerCli.RunAsync("image", "inspect", "busybox:latest")).ExitCode.Should().Be(0, "an image no service used stays");
    }

    [DockerFact]
    public async Task Down_by_project_name_alone_removes_the_stack_when_the_files_are_gone()
    {
        await WriteAsync(DbAndWeb);
        await OkAsync("up", "-d");
        File.Delete(Path.Combine(Directory, "compose.yaml"));

        await OkAsync("down");

        (await DockerCli.ProjectResourcesAsync(Project)).Should().BeEmpty();
    }
}
