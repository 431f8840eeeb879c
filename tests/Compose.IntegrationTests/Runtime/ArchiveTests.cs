using System.Formats.Tar;
using System.Text;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.IntegrationTests.Runtime;

public sealed class ArchiveTests() : RuntimeTestBase("archive")
{
    [DockerFact]
    public async Task A_tar_put_into_a_container_comes_back_identical()
    {
        var container = await RunAsync(Busybox("copy", "sleep", "300"));
        var payload = new byte[300_000];
        new Random(7).NextBytes(payload);
        using var tar = await TarOfAsync(("data/blob.bin", payload), ("data/hello.txt", "hello\n"u8.ToArray()));

        await Runtime.PutArchiveAsync(container, "/tmp", tar, copyOwnership: false, Timeout());
        await using var archive = await Runtime.GetArchiveAsync(container, "/tmp/data", Timeout());
        var entries = await ReadTarAsync(archive.Tar);

        archive.Stat.Name.Should().Be("data");
        archive.Stat.IsDirectory.Should().BeTrue();
        entries.Keys.Should().BeEquivalentTo("data", "data/blob.bin", "data/hello.txt");
        entries["data/blob.bin"].Should().Equal(payload);
        entries["data/hello.txt"].Should().Equal("hello\n"u8.ToArray());
        (await DockerCli.OkAsync("exec", container, "cat", "/tmp/data/hello.txt")).Should().Be("hello");
    }

    [DockerFact]
    public async Task Stat_describes_files_directories_and_links_and_is_null_for_missing_paths()
    {
        var container = await RunAsync(Busybox("stat", "sh", "-c", "printf 12345 > /tmp/five; ln -s /tmp/five /tmp/link; sleep 300"));
        await WaitForPathAsync(container, "/tmp/link");

        var file = await Runtime.StatContainerPathAsync(container, "/tmp/five", Timeout());
        var directory = await Runtime.StatContainerPathAsync(container, "/tmp", Timeout());
        var link = await Runtime.StatContainerPathAsync(container, "/tmp/link", Timeout());
        var missing = await Runtime.StatContainerPathAsync(container, "/tmp/nothing-here", Timeout());

        file!.Size.Should().Be(5);
        file.IsDirectory.Should().BeFalse();
        (file.Mode & 0x1FF).Should().Be(Convert.ToUInt32("644", 8));
        directory!.IsDirectory.Should().BeTrue();
        link!.IsSymbolicLink.Should().BeTrue();
        link.LinkTarget.Should().Be("/tmp/five");
        missing.Should().BeNull();
    }

    [DockerFact]
    public async Task Copying_from_a_missing_container_or_path_is_a_not_found_error()
    {
        var container = await RunAsync(Busybox("missing", "sleep", "300"));

        var missingPath = () => Runtime.GetArchiveAsync(container, "/no/such/path", Timeout());
        var missingContainer = () => Runtime.StatContainerPathAsync($"{Project}-gone", "/tmp", Timeout());

        (await missingPath.Should().ThrowAsync<ResourceNotFoundException>()).Which.Resource.Should().Be($"{container}:/no/such/path");
        await missingContainer.Should().ThrowAsync<ResourceNotFoundException>();
    }

    private async Task WaitForPathAsync(string container, string path)
    {
        while (await Runtime.StatContainerPathAsync(container, path, Timeout()) is null)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<MemoryStream> TarOfAsync(params (string Name, byte[] Content)[] files)
    {
        var stream = new MemoryStream();
        await using (var writer = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, "data/") { Mode = (UnixFileMode)Convert.ToInt32("755", 8) });
            foreach (var (name, content) in files)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content), Mode = (UnixFileMode)Convert.ToInt32("644", 8) };
                await writer.WriteEntryAsync(entry);
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static async Task<Dictionary<string, byte[]>> ReadTarAsync(Stream tar)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using var reader = new TarReader(tar);
        while (await reader.GetNextEntryAsync() is { } entry)
        {
            using var content = new MemoryStream();
            if (entry.DataStream is { } data)
            {
                await data.CopyToAsync(content);
            }

            // Docker names directories "data/", Podman "data": the trailing slash carries no meaning in a tar.
            entries[entry.Name.TrimEnd('/')] = content.ToArray();
        }

        return entries;
    }
}
