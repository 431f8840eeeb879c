using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Native.Images;

/// <summary><c>image load</c> for the native store: a real <c>docker save</c>, and the busybox OCI archive made without any engine.</summary>
public sealed class NativeLoadTests : IDisposable
{
    private readonly NativeStoreScope _scope = new();

    [NativeImagesFact(needsDocker: true)]
    public async Task A_docker_save_of_busybox_loads_with_docker_s_image_id_and_runs()
    {
        var archive = Path.Combine(TestTemp.Directory("native-save-"), "busybox.tar");
        await DockerCli.OkAsync("save", "-o", archive, "busybox:latest");
        var dockerId = (await DockerCli.OkAsync("image", "inspect", "--format", "{{.Id}}", "busybox:latest")).Trim();

        await using (var file = File.OpenRead(archive))
        {
            var loaded = await _scope.Store.LoadAsync(file, archive, default);
            loaded.Should().ContainSingle().Which.Names.Should().Equal("busybox:latest");
        }

        var image = (await _scope.Store.FindAsync("busybox", default))!;
        image.Id.Should().Be(dockerId);
        image.Config.Cmd.Should().Equal("sh");
        var rootfs = await _scope.Store.MountRootfsAsync(image, _scope.ContainerDirectory("saved"), default);
        (await HostProcess.RunAsync("chroot", rootfs, "/bin/busybox", "cat", "/etc/passwd")).Should().StartWith("root:x:0:0:");
    }

    [NativeImagesFact]
    public async Task The_busybox_oci_archive_loads_with_its_applets_as_links_and_a_stable_id()
    {
        var image = await NativeBusybox.SeedAsync(_scope.Store);
        using var other = new NativeStoreScope();
        var again = await NativeBusybox.SeedAsync(other.Store);

        image.Id.Should().Be(again.Id, "the archive is deterministic");
        image.RepoTags.Should().Equal("busybox:latest");
        var bin = Path.Combine(image.LayerDirectories.Single(), "bin");
        new FileInfo(Path.Combine(bin, "sh")).LinkTarget.Should().Be("busybox");
        var applets = (await HostProcess.RunAsync("/bin/busybox", "--list")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Directory.EnumerateFileSystemEntries(bin).Select(Path.GetFileName).Should().BeEquivalentTo(applets, "every applet gets its link");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(Path.Combine(image.LayerDirectories.Single(), "tmp")).Should().HaveFlag(UnixFileMode.StickyBit);
        }
    }

    [NativeImagesFact]
    public async Task Loading_a_file_that_is_no_image_archive_says_so()
    {
        var archive = new MemoryStream();
        using (var writer = new System.Formats.Tar.TarWriter(archive, leaveOpen: true))
        {
            writer.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, "hello.txt") { DataStream = new MemoryStream([1, 2, 3]) });
        }

        archive.Position = 0;
        var act = () => _scope.Store.LoadAsync(archive, "hello.tar", default);

        (await act.Should().ThrowAsync<Compose.Runtime.Errors.ContainerRuntimeException>())
            .WithMessage("load image hello.tar: not a docker save or OCI archive*neither manifest.json*");
    }

    public void Dispose() => _scope.Dispose();
}
