using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>cp in both directions, files and directories, checked inside the container with docker and on disk.</summary>
public sealed class CopyCommandTests : IAsyncLifetime
{
    private ComposeProject _project = null!;
    private string _local = null!;

    public async Task InitializeAsync()
    {
        _project = await ComposeProject.CreateAsync("cp", "services:\n  box:\n    image: busybox:latest\n    init: true\n    command: [\"sleep\", \"3600\"]\n");
        _local = TestTemp.Directory("composectl-cp-");
        await _project.OkAsync("up", "-d");
    }

    public async Task DisposeAsync()
    {
        await _project.DisposeAsync();
        System.IO.Directory.Delete(_local, recursive: true);
    }

    [DockerFact]
    public async Task A_file_goes_in_and_comes_back_out_renamed()
    {
        await File.WriteAllTextAsync(Path.Combine(_local, "note.txt"), "hello container\n");

        await _project.OkAsync("cp", Path.Combine(_local, "note.txt"), "box:/tmp/");
        await _project.OkAsync("cp", "box:/tmp/note.txt", Path.Combine(_local, "back.txt"));

        (await DockerCli.OkAsync("exec", _project.Container("box"), "cat", "/tmp/note.txt")).Should().Be("hello container");
        (await File.ReadAllTextAsync(Path.Combine(_local, "back.txt"))).Should().Be("hello container\n");
    }

    [DockerFact]
    public async Task A_directory_tree_is_copied_into_a_new_path_and_into_an_existing_directory()
    {
        Directory.CreateDirectory(Path.Combine(_local, "tree", "sub"));
        await File.WriteAllTextAsync(Path.Combine(_local, "tree", "sub", "leaf"), "leaf");

        await _project.OkAsync("cp", Path.Combine(_local, "tree"), "box:/tmp/copied");
        await _project.OkAsync("cp", "box:/etc", _local);

        (await DockerCli.OkAsync("exec", _project.Container("box"), "cat", "/tmp/copied/sub/leaf")).Should().Be("leaf");
        File.Exists(Path.Combine(_local, "etc", "hostname")).Should().BeTrue("the directory lands inside the existing local directory");
    }

    [DockerFact]
    public async Task Archive_mode_keeps_the_owner_and_missing_paths_are_errors()
    {
        var file = Path.Combine(_local, "owned");
        await File.WriteAllTextAsync(file, "x");
        using (var chown = System.Diagnostics.Process.Start("chown", ["1234:1234", file]))
        {
            await chown.WaitForExitAsync();
        }

        await _project.OkAsync("cp", "-a", file, "box:/tmp/kept");
        await _project.OkAsync("cp", file, "box:/tmp/reset");
        var missing = await _project.RunAsync("cp", "box:/nope", _local);

        (await DockerCli.OkAsync("exec", _project.Container("box"), "stat", "-c", "%u", "/tmp/kept")).Should().Be("1234");
        (await DockerCli.OkAsync("exec", _project.Container("box"), "stat", "-c", "%u", "/tmp/reset")).Should().Be("0");
        missing.ExitCode.Should().Be(1);
        missing.Error.Should().Contain("/nope");
    }
}
