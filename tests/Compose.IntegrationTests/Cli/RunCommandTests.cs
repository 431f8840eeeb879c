using System.Globalization;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>run: one-off containers, named and labelled as docker compose names them, dependencies first, exit codes through.</summary>
public sealed class RunCommandTests : IAsyncLifetime
{
    private const string Yaml = """
        services:
          web:
            image: busybox:latest
            init: true
            command: ["sh", "-c", "exec httpd -f -p 80 -h /"]
            ports: ["127.0.0.1:${WEB_PORT}:80"]
          tool:
            image: busybox:latest
            init: true
            command: ["echo", "default command"]
            environment: [FROM_FILE=yes]
            depends_on: [web]
        """;

    private readonly int _webPort = TestNames.FreeLoopbackPort();
    private ComposeProject _project = null!;

    public async Task InitializeAsync() =>
        _project = await ComposeProject.CreateAsync("run", Yaml, new() { ["WEB_PORT"] = _webPort.ToString(CultureInfo.InvariantCulture) });

    public async Task DisposeAsync() => await _project.DisposeAsync();

    [DockerFact]
    public async Task Run_starts_the_dependencies_first_and_passes_the_exit_code_through()
    {
        var result = await _project.RunAsync("run", "--rm", "tool", "sh", "-c", "echo $FROM_FILE; exit 4");

        result.ExitCode.Should().Be(4, result.Error);
        result.Out.Should().Be("yes\n");
        (await DockerCli.OkAsync("inspect", _project.Container("web"), "--format", "{{.State.Status}}")).Should().Be("running");
        (await DockerCli.OkAsync("ps", "-a", "--filter", $"label=com.docker.compose.project={_project.Name}", "--filter", "label=com.docker.compose.oneoff=True", "-q"))
            .Should().BeEmpty("--rm removes the one-off container");
    }

    [DockerFact]
    public async Task Run_detached_creates_a_one_off_container_named_and_labelled_like_docker_compose()
    {
        var result = await _project.OkAsync("run", "-d", "-l", "team=qa", "--cap-add", "NET_ADMIN", "tool", "sleep", "30");

        var name = result.Out.Trim();
        name.Should().MatchRegex($"^{_project.Name}-tool-run-[0-9a-f]{{12}}$");
        var labels = await DockerCli.OkAsync("inspect", name, "--format",
            "{{index .Config.Labels \"com.docker.compose.oneoff\"}} {{index .Config.Labels \"com.docker.compose.service\"}} {{index .Config.Labels \"team\"}} {{.State.Status}} {{.HostConfig.RestartPolicy.Name}}");
        labels.Should().Be("True tool qa running no");
        (await DockerCli.OkAsync("inspect", name, "--format", "{{.HostConfig.CapAdd}}")).Should().Contain("NET_ADMIN");
        (await _project.OkAsync("ps", "--format", "{{.Name}}")).Out.Should().NotContain(name, "ps leaves one-off containers out unless -a");
        (await _project.OkAsync("ps", "-a", "--format", "{{.Name}}")).Out.Should().Contain(name);
    }

    [DockerFact]
    public async Task Run_flags_override_the_service()
    {
        var shared = TestTemp.Directory("composectl-run-volume-");
        if (!OperatingSystem.IsWindows())
        {
            // -u 65534 writes into the bind mount.
            File.SetUnixFileMode(shared, (UnixFileMode)0b111_111_111);
        }

        try
        {
            var name = $"{_project.Name}-custom";
            var result = await _project.RunAsync(
                "run", "--name", name, "--no-deps", "-e", "FROM_FILE=overridden", "-w", "/tmp", "-u", "65534", "-v", $"{shared}:/data",
                "--entrypoint", "sh -c", "tool", "echo $FROM_FILE $(pwd) $(id -u) > /data/out");

            result.ExitCode.Should().Be(0, result.Error);
            (await File.ReadAllTextAsync(Path.Combine(shared, "out"))).Should().Be("overridden /tmp 65534\n");
            (await DockerCli.OkAsync("inspect", name, "--format", "{{.Name}}")).Should().Be("/" + name);
            (await DockerCli.RunAsync("inspect", _project.Container("web"))).ExitCode.Should().NotBe(0, "--no-deps leaves the dependencies alone");
        }
        finally
        {
            System.IO.Directory.Delete(shared, recursive: true);
        }
    }

    [DockerFact]
    public async Task Run_publishes_ports_only_when_asked()
    {
        var port = TestNames.FreeLoopbackPort();

        var plain = (await _project.OkAsync("run", "-d", "--no-deps", "web")).Out.Trim();
        var published = (await _project.OkAsync("run", "-d", "--no-deps", "-p", $"127.0.0.1:{port}:80", "web")).Out.Trim();
        var servicePorts = (await _project.OkAsync("run", "-d", "--no-deps", "--service-ports", "web")).Out.Trim();

        (await DockerCli.OkAsync("port", plain)).Should().BeEmpty();
        (await DockerCli.OkAsync("port", published, "80/tcp")).Should().Be($"127.0.0.1:{port}");
        (await DockerCli.OkAsync("port", servicePorts, "80/tcp")).Should().Be($"127.0.0.1:{_webPort}");
    }

    [DockerFact]
    public async Task Run_detached_with_rm_leaves_the_removal_to_the_engine()
    {
        var name = (await _project.OkAsync("run", "-d", "--rm", "--no-deps", "tool", "sh", "-c", "sleep 5")).Out.Trim();

        (await DockerCli.OkAsync("inspect", name, "--format", "{{.HostConfig.AutoRemove}}")).Should().Be("true");
        await DockerCli.RunAsync("wait", name);
        var removed = false;
        for (var i = 0; i < 50 && !removed; i++)
        {
            // The engine removes an auto-remove container just after its exit: a moment after 'docker wait' returns.
            removed = (await DockerCli.RunAsync("inspect", name)).ExitCode != 0;
            await Task.Delay(100);
        }

        removed.Should().BeTrue("the engine removes a --rm -d container when it exits");
    }

    [DockerFact]
    public async Task Run_waits_for_the_service_s_healthy_and_completed_dependencies_before_it_starts()
    {
        // db turns healthy only after it has written the marker; seed completes only after writing its own. The
        // one-off checks both at once: without the waits it would start while they are still sleeping.
        await using var project = await ComposeProject.CreateAsync("runwait", """
            services:
              db:
                image: busybox:latest
                init: true
                command: ["sh", "-c", "sleep 2; touch /shared/db-ready; exec sleep 300"]
                volumes: [shared:/shared]
                healthcheck: {test: ["CMD", "test", "-f", "/shared/db-ready"], interval: 1s, retries: 30}
              seed:
                image: busybox:latest
                command: ["sh", "-c", "sleep 2; touch /shared/seeded"]
                volumes: [shared:/shared]
              tests:
                image: busybox:latest
                volumes: [shared:/shared]
                depends_on:
                  db: {condition: service_healthy}
                  seed: {condition: service_completed_successfully}
            volumes:
              shared: {}
            """);

        var result = await project.RunAsync("run", "--rm", "-T", "tests", "sh", "-c", "test -f /shared/db-ready && test -f /shared/seeded && echo both-ready");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("both-ready\n");
        result.Error.Should().NotContain("orphan", "the service's own containers are not orphans of a run");
        (await DockerCli.OkAsync("inspect", project.Container("db"), "--format", "{{.State.Health.Status}}")).Should().Be("healthy");
    }

    [DockerFact]
    public async Task Run_remove_orphans_removes_containers_of_services_gone_from_the_file()
    {
        await using var project = await ComposeProject.CreateAsync("runorphans", """
            services:
              tool:
                image: busybox:latest
              old:
                image: busybox:latest
                init: true
                command: ["sleep", "300"]
            """);
        await project.OkAsync("up", "-d", "old");
        await project.WriteAsync("compose.yaml", "services:\n  tool:\n    image: busybox:latest\n");

        var result = await project.RunAsync("run", "--rm", "-T", "--remove-orphans", "tool", "true");

        result.ExitCode.Should().Be(0, result.Error);
        (await DockerCli.RunAsync("inspect", project.Container("old"))).ExitCode.Should().NotBe(0, "the orphan is removed");
    }
}
