using Compose.TestSupport.Native;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>Container roots as real overlay mounts: whiteouts and opaque directories hide lower files, writes land in the upper directory.</summary>
public sealed class OverlayMountTests : IDisposable
{
    private readonly NativeStoreScope _scope = new();

    [NativeImagesFact]
    public async Task The_merged_tree_honours_whiteouts_and_opaque_directories_and_writes_go_to_the_upper_directory()
    {
        var image = new OciTestImage()
            .Layer(new LayerTar().File("etc/keep", "kept").File("etc/gone", "old").File("var/cache/old", "old").File("var/cache/also-old", "old"))
            .Layer(new LayerTar().File("etc/.wh.gone", "").File("var/cache/.wh..wh..opq", "").File("var/cache/new", "new"))
            .Named("docker.io/library/layered:1");
        await LoadAsync(image);
        var container = _scope.ContainerDirectory("c1");

        var rootfs = await _scope.Store.MountRootfsAsync((await _scope.Store.FindAsync("layered:1", default))!, container, default);
        await File.WriteAllTextAsync(Path.Combine(rootfs, "etc/written"), "by the container");
        File.Delete(Path.Combine(rootfs, "etc/keep"));

        Directory.EnumerateFileSystemEntries(Path.Combine(rootfs, "etc")).Select(Path.GetFileName).Should().BeEquivalentTo(["written"]);
        Directory.EnumerateFileSystemEntries(Path.Combine(rootfs, "var/cache")).Select(Path.GetFileName).Should().BeEquivalentTo(["new"]);
        File.ReadAllText(Path.Combine(container, "upper/etc/written")).Should().Be("by the container");
        var lower = (await _scope.Store.FindAsync("layered:1", default))!.LayerDirectories[0];
        File.ReadAllText(Path.Combine(lower, "etc/keep")).Should().Be("kept", "the container's delete is a whiteout in its upper directory, not a change to the image");

        await _scope.Store.UnmountRootfsAsync(container, default);
        _scope.Mounts().Should().BeEmpty();
        var again = await _scope.Store.MountRootfsAsync((await _scope.Store.FindAsync("layered:1", default))!, container, default);
        File.ReadAllText(Path.Combine(again, "etc/written")).Should().Be("by the container", "a stopped container keeps its writes");
        File.Exists(Path.Combine(again, "etc/keep")).Should().BeFalse();
    }

    [NativeImagesFact]
    public async Task Mounting_twice_reuses_the_mount_and_unmounting_an_unmounted_root_does_nothing()
    {
        var busybox = await NativeBusybox.SeedAsync(_scope.Store);
        var container = _scope.ContainerDirectory("c2");

        await _scope.Store.MountRootfsAsync(busybox, container, default);
        await _scope.Store.MountRootfsAsync(busybox, container, default);

        _scope.Mounts().Should().ContainSingle();
        await _scope.Store.UnmountRootfsAsync(container, default);
        await _scope.Store.UnmountRootfsAsync(container, default);
        _scope.Mounts().Should().BeEmpty();
    }

    [NativeImagesFact]
    public async Task Busybox_from_busybox_static_runs_in_its_mounted_root()
    {
        var busybox = await NativeBusybox.SeedAsync(_scope.Store);

        var rootfs = await _scope.Store.MountRootfsAsync(busybox, _scope.ContainerDirectory("c3"), default);

        (await HostProcess.RunAsync("chroot", rootfs, "/bin/sh", "-c", "echo hello from $(id -un)")).Should().Be("hello from root\n");
        busybox.Config.Cmd.Should().Equal("sh");
    }

    [NativeImagesFact]
    public async Task An_image_with_more_layers_than_one_mount_option_page_holds_still_mounts()
    {
        var image = new OciTestImage();
        for (var i = 0; i < 70; i++)
        {
            image.Layer(new LayerTar().File($"layer-{i:00}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)).File("top", $"from {i}"));
        }

        await LoadAsync(image.Named("docker.io/library/tall:1"));
        var tall = (await _scope.Store.FindAsync("tall:1", default))!;
        tall.LayerDirectories.Sum(d => d.Length + 1).Should().BeGreaterThan(4096, "the paths alone overflow mount(2)'s one page of options");

        var rootfs = await _scope.Store.MountRootfsAsync(tall, _scope.ContainerDirectory("c4"), default);

        Directory.EnumerateFiles(rootfs, "layer-*").Should().HaveCount(70);
        File.ReadAllText(Path.Combine(rootfs, "top")).Should().Be("from 69", "the last layer is the top one");
    }

    private async Task LoadAsync(OciTestImage image)
    {
        await using var archive = image.OciArchive();
        await _scope.Store.LoadAsync(archive, "test image", default);
    }

    public void Dispose() => _scope.Dispose();
}
