using System.Collections.Immutable;
using CliWrap;
using Compose.Runtime;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images;

namespace Compose.IntegrationTests.Native;

/// <summary>
/// A stand-in for the native image store until its own lands: one image, <c>busybox:latest</c>, whose single layer
/// is a directory made from Debian's busybox-static (the binary and its applet links, as scripts/bootstrap seeds
/// Docker's), and real overlayfs mounts over it for each container.
/// </summary>
public sealed class BusyboxImageStore : INativeImageStore, IRuntimeImages
{
    public const string Reference = "busybox:latest";
    private readonly NativeImage _image;

    private BusyboxImageStore(string layerDirectory)
    {
        _image = new NativeImage
        {
            Id = "sha256:" + new string('b', 64),
            RepoTags = [Reference],
            LayerDirectories = [layerDirectory],
            Config = new NativeImageConfig
            {
                Cmd = ["sh"],
                Env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
            },
        };
    }

    /// <summary>The store, with its layer built in <paramref name="layerDirectory"/> when it is not there yet.</summary>
    public static async Task<BusyboxImageStore> CreateAsync(string layerDirectory, CancellationToken cancellationToken)
    {
        await BuildLayerAsync(layerDirectory, cancellationToken);
        return new BusyboxImageStore(layerDirectory);
    }

    public Task<NativeImage?> FindAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(reference is Reference or "busybox" || reference == _image.Id ? _image : null);

    public async Task<string> MountRootfsAsync(NativeImage image, string containerDirectory, CancellationToken cancellationToken)
    {
        var merged = Path.Combine(containerDirectory, "merged");
        if (await IsMountedAsync(merged, cancellationToken))
        {
            return merged;
        }

        foreach (var directory in new[] { "upper", "work", "merged" })
        {
            Directory.CreateDirectory(Path.Combine(containerDirectory, directory));
        }

        var lower = string.Join(':', image.LayerDirectories.Reverse());
        await CliWrap.Cli.Wrap("mount").WithArguments(["-t", "overlay", "overlay", "-o",
            $"lowerdir={lower},upperdir={containerDirectory}/upper,workdir={containerDirectory}/work", merged]).ExecuteAsync(cancellationToken);
        return merged;
    }

    public async Task UnmountRootfsAsync(string containerDirectory, CancellationToken cancellationToken)
    {
        var merged = Path.Combine(containerDirectory, "merged");
        if (await IsMountedAsync(merged, cancellationToken))
        {
            await CliWrap.Cli.Wrap("umount").WithArguments(merged).ExecuteAsync(cancellationToken);
        }
    }

    public async Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken) =>
        await FindAsync(reference, cancellationToken) is { } image ? new ImageInfo { Id = image.Id, RepoTags = image.RepoTags } : null;

    public async Task<ImmutableArray<ImageInfo>> ListImagesAsync(ImageListFilter filter, CancellationToken cancellationToken) =>
        [(await InspectImageAsync(Reference, cancellationToken))!];

    public IAsyncEnumerable<ImageProgress> PullImageAsync(ImagePullRequest request, CancellationToken cancellationToken) => throw Refused();

    public IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, CancellationToken cancellationToken) => throw Refused();

    public Task<ImmutableArray<LoadedImage>> LoadImageAsync(Stream archive, string source, CancellationToken cancellationToken) => throw Refused();

    public Task TagImageAsync(string source, string target, CancellationToken cancellationToken) => throw Refused();

    public IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, CancellationToken cancellationToken) => throw Refused();

    public Task<ImmutableArray<string>> RemoveImageAsync(string reference, bool force, CancellationToken cancellationToken) => throw Refused();

    private static RuntimeCapabilityException Refused() => new("native", "change the test's busybox image store", "the store holds busybox:latest only");

    private static async Task<bool> IsMountedAsync(string path, CancellationToken cancellationToken) =>
        (await File.ReadAllLinesAsync("/proc/self/mountinfo", cancellationToken)).Any(l => l.Split(' ')[4] == path);

    private static async Task BuildLayerAsync(string layer, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(layer, "bin", "busybox")))
        {
            return;
        }

        foreach (var directory in new[] { "bin", "sbin", "usr/bin", "usr/sbin", "etc", "tmp", "root", "var/www", "home", "proc", "sys", "dev" })
        {
            Directory.CreateDirectory(Path.Combine(layer, directory));
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(layer, "tmp"), (UnixFileMode)Convert.ToInt32("1777", 8));
        }
        File.Copy("/bin/busybox", Path.Combine(layer, "bin", "busybox"));
        var list = new System.Text.StringBuilder();
        await CliWrap.Cli.Wrap("/bin/busybox").WithArguments("--list").WithStandardOutputPipe(PipeTarget.ToStringBuilder(list)).ExecuteAsync(cancellationToken);
        var applets = list.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var applet in applets.Where(a => a != "busybox"))
        {
            File.CreateSymbolicLink(Path.Combine(layer, "bin", applet), "busybox");
        }

        File.WriteAllText(Path.Combine(layer, "etc", "passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\napp:x:1000:1000:app:/home/app:/bin/sh\n");
        File.WriteAllText(Path.Combine(layer, "etc", "group"), "root:x:0:\nnogroup:x:65534:\napp:x:1000:\nstaff:x:50:app\n");
    }
}
