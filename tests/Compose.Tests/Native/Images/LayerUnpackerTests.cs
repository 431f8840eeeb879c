using System.Security.Cryptography;
using Compose.Runtime.Native.Images.Layers;
using Compose.TestSupport.Native;

namespace Compose.Tests.Native.Images;

public class LayerUnpackerTests
{
    private readonly string _root = TestTemp.Directory("native-layer-");

    private string Layer => Path.Combine(_root, "layer");

    [RootFact]
    public async Task Files_directories_links_and_devices_keep_their_owners_modes_and_times()
    {
        var tar = new LayerTar()
            .Directory("./")
            .Directory("etc/", (UnixFileMode)0b111_101_000, uid: 0, gid: 42)
            .File("etc/motd", "hello\n", (UnixFileMode)0b110_100_000, uid: 1000, gid: 1001)
            .File("usr/bin/su", "#!/bin/sh\n", (UnixFileMode)0b100_111_101_101, uid: 1000)
            .Symlink("etc/issue", "motd")
            .HardLink("etc/motd.copy", "etc/motd")
            .CharacterDevice("dev/null", 1, 3)
            .Fifo("run/pipe")
            .Tar();

        await UnpackAsync(tar);

        File.ReadAllText(Path.Combine(Layer, "etc/motd")).Should().Be("hello\n");
        FileStat.Of(Path.Combine(Layer, "etc/motd")).Should().Be(new FileStat("1000:1001", "640", LayerTar.Time.ToUnixTimeSeconds(), "regular file", "0,0", 2));
        FileStat.Of(Path.Combine(Layer, "etc")).Should().Match<FileStat>(s => s.Owner == "0:42" && s.Mode == "750" && s.ModifiedSeconds == LayerTar.Time.ToUnixTimeSeconds(),
            "directory times are set after their contents are written");
        FileStat.Of(Path.Combine(Layer, "usr/bin/su")).Mode.Should().Be("4755", "the set-user-id bit survives the chown to its owner");
        new FileInfo(Path.Combine(Layer, "etc/issue")).LinkTarget.Should().Be("motd");
        FileStat.Of(Path.Combine(Layer, "dev/null")).Should().Match<FileStat>(s => s.Type == "character special file" && s.Device == "1,3");
        FileStat.Of(Path.Combine(Layer, "run/pipe")).Type.Should().Be("fifo");
        FileStat.Of(Path.Combine(Layer, "usr")).Should().Match<FileStat>(s => s.Mode == "755" && s.Owner == "0:0", "implicit parents are 0755 and root's");
    }

    [RootFact]
    public async Task Whiteouts_become_0_0_character_devices_and_opaque_markers_the_overlay_attribute()
    {
        var tar = new LayerTar()
            .File("etc/.wh.gone", "")
            .File("var/cache/.wh..wh..opq", "")
            .File("var/cache/fresh", "new")
            .File(".wh..wh.plnk", "")
            .Tar();

        await UnpackAsync(tar);

        FileStat.Of(Path.Combine(Layer, "etc/gone")).Should().Match<FileStat>(s => s.Type == "character special file" && s.Device == "0,0");
        Attribute(Path.Combine(Layer, "var/cache"), "trusted.overlay.opaque").Should().Be("y");
        Attribute(Path.Combine(Layer, "var"), "trusted.overlay.opaque").Should().BeNull();
        Directory.EnumerateFileSystemEntries(Layer, ".wh.*", SearchOption.AllDirectories).Should().BeEmpty("markers are translated, never copied");
        File.ReadAllText(Path.Combine(Layer, "var/cache/fresh")).Should().Be("new");
    }

    [RootFact]
    public async Task Names_and_links_that_climb_out_of_the_layer_stay_inside_it()
    {
        var tar = new LayerTar()
            .File("../../outside-by-name", "1")
            .Symlink("root-link", "/")
            .File("root-link/etc/by-absolute-link", "2")
            .Symlink("up", "../../..")
            .File("up/by-relative-link", "3")
            .Tar();

        await UnpackAsync(tar);

        File.ReadAllText(Path.Combine(Layer, "outside-by-name")).Should().Be("1");
        File.ReadAllText(Path.Combine(Layer, "etc/by-absolute-link")).Should().Be("2");
        File.ReadAllText(Path.Combine(Layer, "by-relative-link")).Should().Be("3");
        Directory.EnumerateFileSystemEntries(_root).Should().Equal([Layer], "nothing was written beside the layer");
    }

    [RootFact]
    public async Task A_later_entry_replaces_an_earlier_one_at_the_same_path()
    {
        var tar = new LayerTar()
            .File("a", "file first")
            .Directory("a/")
            .File("a/inside", "x")
            .Directory("b/")
            .File("b/child", "y")
            .File("b", "file last")
            .Tar();

        await UnpackAsync(tar);

        File.ReadAllText(Path.Combine(Layer, "a/inside")).Should().Be("x");
        File.ReadAllText(Path.Combine(Layer, "b")).Should().Be("file last");
    }

    [RootFact]
    public async Task The_diff_id_is_the_digest_of_the_uncompressed_tar_whatever_the_compression()
    {
        var layer = new LayerTar().File("f", "content");
        var gzip = layer.Gzip();
        var tar = await DecompressAsync(gzip);
        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(tar));

        var fromGzip = await UnpackAsync(gzip);
        Directory.Delete(Layer, recursive: true);
        var fromTar = await UnpackAsync(tar);
        Directory.Delete(Layer, recursive: true);
        var fromZstd = await UnpackAsync(new ZstdSharp.Compressor().Wrap(tar).ToArray());

        (fromGzip.DiffId, fromTar.DiffId, fromZstd.DiffId).Should().Be((expected, expected, expected));
        fromTar.TarSize.Should().Be(tar.Length, "the trailing zero blocks after the end marker count too");
        fromTar.ContentSize.Should().Be("content".Length);
    }

    private async Task<UnpackedLayer> UnpackAsync(byte[] layer)
    {
        using var stream = new MemoryStream(layer);
        return await LayerUnpacker.UnpackAsync(stream, Layer, CancellationToken.None);
    }

    private static async Task<byte[]> DecompressAsync(byte[] gzip)
    {
        await using var decompressed = new System.IO.Compression.GZipStream(new MemoryStream(gzip), System.IO.Compression.CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        await decompressed.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static string? Attribute(string path, string name)
    {
        var value = new byte[64];
        var length = Posix.GetAttribute(path, name, value, (nuint)value.Length);
        return length < 0 ? null : System.Text.Encoding.UTF8.GetString(value, 0, (int)length);
    }
}
