using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>
/// <c>image load</c> into the engine under test (Docker, or Podman with DOCKER_HOST at its socket): a real
/// <c>docker save</c> of busybox under a tag of the test's own, removed from the engine before the load so the load is
/// what brings it back, then a service run from it; and a damaged archive refused in one sentence.
/// </summary>
public sealed class ImageLoadTests : IAsyncLifetime
{
    private readonly string _directory = TestTemp.Directory("image-load-");
    private readonly string _tag = $"{TestNames.UniqueProject("load")}:1";

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Saves busybox as <see cref="_tag"/> into the test's directory and takes the tag off the engine again.</summary>
    private async Task<string> SaveTaggedBusyboxAsync()
    {
        var archive = Path.Combine(_directory, "busybox.tar");
        await DockerCli.OkAsync("tag", "busybox:latest", _tag);
        await DockerCli.OkAsync("save", "-o", archive, _tag);
        await DockerCli.OkAsync("rmi", _tag);
        return archive;
    }

    [DockerFact]
    public async Task A_docker_save_archive_loads_under_its_tag_from_a_file_or_stdin_and_a_service_runs_from_it()
    {
        var archive = await SaveTaggedBusyboxAsync();
        var busyboxId = await DockerCli.OkAsync("image", "inspect", "--format", "{{.Id}}", "busybox:latest");

        var fromFile = await EngineCli.OkAsync(_directory, null, "image", "load", "-i", archive);

        fromFile.Out.Should().Be($"Loaded image: {_tag}\n");
        (await DockerCli.OkAsync("image", "inspect", "--format", "{{.Id}}", _tag)).Should().Be(busyboxId, "the engine has the tag again, for the same image");

        await DockerCli.OkAsync("rmi", _tag);
        var fromStdin = await CliRunner.RunAsync(new CliRunner.Invocation
        {
            WorkingDirectory = _directory,
            Variables = Engine.Variables,
            StdinBytes = await File.ReadAllBytesAsync(archive),
        }, "image", "load", "-q");
        fromStdin.ExitCode.Should().Be(0, fromStdin.Error);
        fromStdin.Out.Should().Be($"Loaded image: {_tag}\n");

        await using var project = await ComposeProject.CreateAsync("load", $$"""
            services:
              app:
                image: {{_tag}}
                pull_policy: never
                command: ["echo", "from the loaded image"]
            """);
        var run = await project.OkAsync("run", "--rm", "app");
        run.Out.Should().Contain("from the loaded image");
    }

    [DockerFact]
    public async Task A_damaged_archive_is_one_sentence_naming_the_file_and_exit_1()
    {
        var archive = await SaveTaggedBusyboxAsync();
        var damaged = Path.Combine(_directory, "cut.tar");
        var bytes = await File.ReadAllBytesAsync(archive);
        await File.WriteAllBytesAsync(damaged, bytes[..(bytes.Length / 2)]);

        var result = await EngineCli.RunAsync(_directory, null, "image", "load", "-i", damaged);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().StartWith($"Error: load image {damaged}: not a docker save or OCI archive, or a damaged one: ");
        result.Error.TrimEnd().Should().NotContain("\n", "the engine's reason is one line (Podman's list of tried formats is left out)").And.NotContain("   at ");
        (await DockerCli.RunAsync("image", "inspect", _tag)).ExitCode.Should().NotBe(0, "nothing was tagged from half an archive");
    }

    public async Task DisposeAsync()
    {
        await DockerCli.RunAsync("rmi", _tag);
        Directory.Delete(_directory, recursive: true);
    }
}
