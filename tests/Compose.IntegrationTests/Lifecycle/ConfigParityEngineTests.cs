using Compose.IntegrationTests.Cli;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>
/// What issue 14's loader fixes change in real containers: the environment a bare unset name leaves (item 4), and a
/// bind volume with a relative <c>device</c> (item 7).
/// </summary>
public sealed class ConfigParityEngineTests : IAsyncLifetime
{
    private TestImage? _image;

    public async Task InitializeAsync() => _image = await TestImage.BuildAsync("envimage", "ENV FROM_IMAGE=image");

    public async Task DisposeAsync()
    {
        if (_image is not null)
        {
            await _image.DisposeAsync();
        }
    }

    /// <summary>
    /// docker compose passes a bare name set nowhere to the engine as <c>NAME</c> without a value (pkg/compose
    /// convert.go, <c>ToMobyEnv</c>), which the engine reads as "unset" (moby container/env.go,
    /// <c>ReplaceOrAppendEnvValues</c>): the env_file's value and the image's are both gone, as in docker compose's
    /// e2e <c>TestUnsetEnv</c>. A value from the shell still wins. Podman drops the env_file's value too, but keeps
    /// the image's.
    /// </summary>
    [DockerFact]
    public async Task A_bare_name_set_nowhere_is_unset_in_the_container_over_the_env_file_and_the_image()
    {
        await using var project = await ComposeProject.CreateAsync("bare-env", $$"""
            services:
              app:
                image: {{_image!.Tag}}
                init: true
                command: ["sleep", "300"]
                env_file: app.env
                environment: [FROM_FILE, FROM_IMAGE, FROM_SHELL, SET=1]
            """, new() { ["FROM_SHELL"] = "shell" });
        await project.WriteAsync("app.env", "FROM_FILE=file\nKEPT=file\nFROM_SHELL=file\n");

        await project.OkAsync("up", "-d");
        var environment = (await DockerCli.OkAsync("exec", project.Container("app"), "env")).Split('\n');
        var oneOff = (await project.OkAsync("run", "--rm", "--no-deps", "app", "env")).Out.Split('\n');

        foreach (var seen in new[] { environment, oneOff })
        {
            seen.Should().Contain(["KEPT=file", "SET=1", "FROM_SHELL=shell"]);
            seen.Should().NotContain(line => line.StartsWith("FROM_FILE"));
            // Podman reads a name without a value as "pass it through from the Podman service's own environment"
            // (pkg/env), so where the service lacks it the image's value stays (docs/runtime.md, Podman).
            if (Engine.IsPodman)
            {
                seen.Should().Contain("FROM_IMAGE=image");
            }
            else
            {
                seen.Should().NotContain(line => line.StartsWith("FROM_IMAGE"));
            }
        }
    }

    /// <summary>
    /// <c>device: ./data</c> is made absolute against the project directory, so the engine's local driver binds that
    /// folder (it would take a relative path from its own working directory and fail the mount).
    /// </summary>
    [DockerFact]
    public async Task Up_with_a_relative_bind_device_mounts_the_project_s_folder()
    {
        await using var project = await ComposeProject.CreateAsync("bind-device", """
            services:
              app:
                image: busybox:latest
                init: true
                command: ["sleep", "300"]
                volumes: ["data:/data"]
            volumes:
              data:
                driver_opts: {type: none, o: bind, device: ./data}
            """);
        await project.WriteAsync("data/hello.txt", "from the host\n");

        await project.OkAsync("up", "-d");
        var read = await DockerCli.OkAsync("exec", project.Container("app"), "cat", "/data/hello.txt");
        await DockerCli.OkAsync("exec", project.Container("app"), "sh", "-c", "echo from the container > /data/back.txt");

        read.Should().Be("from the host");
        (await File.ReadAllTextAsync(Path.Combine(project.Directory, "data", "back.txt"))).Should().Be("from the container\n");
        (await DockerCli.OkAsync("volume", "inspect", $"{project.Name}_data", "--format", "{{.Options.device}}"))
            .Should().Be(Path.Combine(project.Directory, "data"));
    }
}
