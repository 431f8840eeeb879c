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

    [DockerFact]
    public async Task Export_writes_the_container_filesystem_as_a_tar_file()
    {
        await DockerCli.OkAsync("exec", _project.Container("box"), "sh", "-c", "echo exported > /tmp/marker");
        var archive = Path.Combine(_local, "box.tar");

        await _project.OkAsync("export", "-o", archive, "box");

        using var reader = new System.Formats.Tar.TarReader(File.OpenRead(archive));
        string? content = null;
        var entries = 0;
        while (reader.GetNextEntry() is { } entry)
        {
            entries++;
            if (entry.Name == "tmp/marker")
            {
                content = new StreamReader(entry.DataStream!).ReadToEnd();
            }
        }

        content.Should().Be("exported\n");
        entries.Should().BeGreaterThan(100, "the whole filesystem is there, busybox's applets included");
        File.Exists(archive + ".partial").Should().BeFalse();
    }

    [DockerFact]
    public async Task Commit_makes_an_image_with_the_container_s_changes_message_author_and_instructions()
    {
        var image = $"{_project.Name}-snapshot:1";
        await DockerCli.OkAsync("exec", _project.Container("box"), "sh", "-c", "echo committed > /tmp/marker");
        try
        {
            var id = (await _project.OkAsync("commit", "-m", "after setup", "-a", "QA <qa@example.test>", "-c", "LABEL stage=seeded", "box", image)).Out.Trim();

            id.Should().StartWith("sha256:");
            (await DockerCli.OkAsync("image", "inspect", image, "--format", "{{.Id}}|{{.Comment}}|{{.Author}}|{{index .Config.Labels \"stage\"}}"))
                .Should().Be($"{id}|after setup|QA <qa@example.test>|seeded");
            (await DockerCli.OkAsync("run", "--rm", image, "cat", "/tmp/marker")).Should().Be("committed");
            (await DockerCli.OkAsync("inspect", _project.Container("box"), "--format", "{{.State.Status}}")).Should().Be("running", "the pause during commit ends with it");
        }
        finally
        {
            await DockerCli.RunAsync("rmi", "-f", image);
        }
    }
}
