using System.Text.Json;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>Issue 15 (items 3, 4, 6, 10): what a docker compose user lives through on a real engine.</summary>
public sealed class DailyUseTests
{
    private const string Migration = """
        services:
          migrate:
            image: busybox:latest
            command: ["sh", "-c", "exit 0"]
          web:
            image: busybox:latest
            init: true
            command: ["sleep", "3600"]
            depends_on:
              migrate: {condition: service_completed_successfully}
        """;

    [DockerFact]
    public async Task Up_wait_fails_when_a_changed_migration_fails_although_web_keeps_running()
    {
        await using var project = await ComposeProject.CreateAsync("mig", Migration);
        await project.OkAsync("up", "-d", "--wait");
        await File.WriteAllTextAsync(project.File, Migration.Replace("\"exit 0\"", "\"sleep 3; exit 2\""));

        var result = await project.RunAsync("up", "-d", "--wait");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain(project.Container("migrate"));
        (await DockerCli.OkAsync("inspect", project.Container("migrate"), "--format", "{{.State.ExitCode}}")).Should().Be("2");
        (await DockerCli.OkAsync("inspect", project.Container("web"), "--format", "{{.State.Status}}")).Should().Be("running");
    }

    [DockerFact]
    public async Task A_container_carries_its_image_id_env_file_and_the_compatible_compose_version()
    {
        await using var project = await ComposeProject.CreateAsync("ident", "services:\n  web:\n    image: busybox:latest\n    command: [sleep, '3600']\n    environment: {GREETING: $GREETING}\n");
        await project.WriteAsync(".env", "GREETING=hello\n");

        await project.OkAsync("up", "-d");

        var labels = JsonSerializer.Deserialize<Dictionary<string, string>>(await DockerCli.OkAsync("inspect", project.Container("web"), "--format", "{{json .Config.Labels}}"))!;
        labels.Should().Contain("com.docker.compose.image", await DockerCli.OkAsync("inspect", project.Container("web"), "--format", "{{.Image}}"));
        labels.Should().Contain("com.docker.compose.project.environment_file", Path.Combine(project.Directory, ".env"));
        labels.Should().Contain("com.docker.compose.version", "2.40.3");
    }

    [DockerFact]
    public async Task Ps_and_images_json_carry_the_fields_docker_shows_for_a_container_with_a_named_volume()
    {
        await using var project = await ComposeProject.CreateAsync("psjson", "services:\n  db:\n    image: busybox:latest\n    command: [sleep, '3600']\n    volumes: [data:/data]\nvolumes:\n  data: {}\n");
        await project.OkAsync("up", "-d");

        var ps = JsonDocument.Parse((await project.OkAsync("ps", "--format", "json")).Out).RootElement;
        var images = JsonDocument.Parse((await project.OkAsync("images", "--format", "json")).Out).RootElement[0];

        var container = project.Container("db");
        ps.GetProperty("LocalVolumes").GetString().Should().Be("1").And.Be(await DockerCli.OkAsync("ps", "--filter", $"name=^{container}$", "--format", "{{.LocalVolumes}}"));
        ps.GetProperty("Mounts").GetString().Should().Be(await DockerCli.OkAsync("ps", "--filter", $"name=^{container}$", "--format", "{{.Mounts}}"));
        ps.GetProperty("Mounts").GetString().Should().StartWith($"{project.Name}_data"[..14]);
        ps.GetProperty("ID").GetString().Should().Be(await DockerCli.OkAsync("ps", "--filter", $"name=^{container}$", "--format", "{{.ID}}"));
        ps.GetProperty("Networks").GetString().Should().Be($"{project.Name}_default");
        images.GetProperty("ID").GetString().Should().Be(await DockerCli.OkAsync("inspect", container, "--format", "{{.Image}}"));
        images.GetProperty("Size").GetInt64().Should().Be(long.Parse(await DockerCli.OkAsync("image", "inspect", "busybox:latest", "--format", "{{.Size}}")));
        images.GetProperty("Platform").GetString().Should().Be(await DockerCli.OkAsync("image", "inspect", "busybox:latest", "--format", "{{.Os}}/{{.Architecture}}"));
    }

    /// <summary>
    /// docker-compose v1 and composectl take turns on one stack: v1 finds no label of ours on the network to warn
    /// about, and composectl names v1's container as it is. Without v1 installed, its container is made as v1 makes it.
    /// </summary>
    [DockerFact]
    public async Task Docker_compose_v1_and_composectl_take_turns_on_one_stack()
    {
        await using var project = await ComposeProject.CreateAsync("uxv1", "services:\n  db:\n    image: busybox:latest\n    command: [sleep, '3600']\n");
        await project.OkAsync("up", "-d");
        var v1Name = $"{project.Name}_db_1";

        if (DockerCli.ComposeV1 is null)
        {
            Console.WriteLine("docker-compose v1 is not installed: its container is made with the docker CLI, as v1 names and labels it");
            await DockerCli.OkAsync("rm", "-f", project.Container("db"));
            await DockerCli.OkAsync("run", "-d", "--name", v1Name, "--network", $"{project.Name}_default",
                "--label", $"com.docker.compose.project={project.Name}", "--label", "com.docker.compose.service=db",
                "--label", "com.docker.compose.container-number=1", "--label", "com.docker.compose.oneoff=False",
                "--label", "com.docker.compose.config-hash=0123", "--label", "com.docker.compose.version=1.29.2", "busybox:latest", "sleep", "3600");
        }
        else
        {
            var v1 = await DockerCli.RunComposeV1Async(project.Directory, "-p", project.Name, "up", "-d");
            v1.ExitCode.Should().Be(0, v1.Error);
            v1.Error.Should().NotContain("has changed", "v1 warns about any network label outside com.docker. that it did not write");
        }

        var again = await project.OkAsync("--progress", "plain", "up", "-d");

        (await DockerCli.OkAsync("ps", "--filter", $"label=com.docker.compose.project={project.Name}", "--format", "{{.Names}}")).Should().Be(v1Name);
        again.Error.Should().Contain($"Container {v1Name}").And.NotContain(project.Container("db"));
    }
}
