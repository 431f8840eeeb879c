using System.Text;
using Compose.Runtime;
using Compose.Runtime.Errors;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Images;
using Compose.TestSupport.Native;

namespace Compose.Tests.Native.Images;

/// <summary>The whole pull path against <see cref="FakeRegistry"/>: token auth from config.json, a manifest list, verification.</summary>
public sealed class RegistryPullTests : IDisposable
{
    private const string Repository = "team/app";
    private readonly FakeRegistry _registry = new("alice", "s3cret");
    private readonly string _directory = TestTemp.Directory("native-pull-");
    private readonly NativeImageStore _store;

    public RegistryPullTests()
    {
        var config = Directory.CreateDirectory(Path.Combine(_directory, "docker")).FullName;
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:s3cret"));
        File.WriteAllText(Path.Combine(config, "config.json"), "{\"auths\":{\"https://" + FakeRegistry.Host + "/v2/\":{\"auth\":\"" + auth + "\"}}}");
        var options = new NativeImageStoreOptions { Root = new NativeRoot(Path.Combine(_directory, "state"), Path.Combine(_directory, "run")), DockerConfigDirectory = config };
        _store = new NativeImageStore(options, new HttpClient(_registry));
    }

    [RootFact]
    public async Task A_manifest_list_is_resolved_for_the_platform_through_a_bearer_token()
    {
        var (amd64, arm64) = (Image("amd64", "x86 binary"), Image("arm64", "arm binary"));
        var list = Encoding.UTF8.GetBytes($$$"""{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json","manifests":[{{{Entry(amd64, "amd64")}}},{{{Entry(arm64, "arm64", "v8")}}},{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:{{{new string('0', 64)}}}","size":1,"platform":{"os":"unknown","architecture":"unknown"}}]}""");
        _registry.Manifest(Repository, "1", list, "application/vnd.docker.distribution.manifest.list.v2+json");

        var progress = await PullAsync($"{FakeRegistry.Host}/{Repository}:1", "linux/arm64");

        var image = (await _store.FindAsync($"{FakeRegistry.Host}/{Repository}:1", default))!;
        image.Config.Architecture.Should().Be("arm64");
        File.ReadAllText(Path.Combine(image.LayerDirectories[0], "bin/app")).Should().Be("arm binary");
        image.RepoDigests.Should().Equal($"{FakeRegistry.Host}/{Repository}@{OciTestImage.Digest(list)}");
        _registry.Requests.Should().Contain($"GET auth.test/token?scope=repository%3A{Uri.EscapeDataString(Repository)}%3Apull&service={FakeRegistry.Host}");
        progress.Should().Contain(p => p.Status == "Pull complete" && p.Id != null)
            .And.Contain(p => p.Status == "Downloading" && p.Total > 0)
            .And.Contain(p => p.Status == $"Digest: {OciTestImage.Digest(list)}");
        progress.Last().Status.Should().Be($"Status: Downloaded newer image for {FakeRegistry.Host}/{Repository}:1");
    }

    [RootFact]
    public async Task Pulling_again_finds_the_image_up_to_date_and_a_shared_layer_already_there()
    {
        var image = Image("amd64", "same");
        _registry.Manifest(Repository, "1", image.Manifest, "application/vnd.oci.image.manifest.v1+json");
        await PullAsync($"{FakeRegistry.Host}/{Repository}:1");
        _registry.Manifest(Repository, "2", Image("amd64", "same", extraLayer: "more").Manifest, "application/vnd.oci.image.manifest.v1+json");

        var again = await PullAsync($"{FakeRegistry.Host}/{Repository}:1");
        var second = await PullAsync($"{FakeRegistry.Host}/{Repository}:2");

        again.Last().Status.Should().Be($"Status: Image is up to date for {FakeRegistry.Host}/{Repository}:1");
        second.Where(p => p.Status == "Already exists").Should().ContainSingle();
        second.Where(p => p.Status == "Pull complete").Should().ContainSingle();
    }

    [RootFact]
    public async Task A_blob_that_does_not_match_its_digest_fails_the_pull_and_leaves_nothing()
    {
        var image = Image("amd64", "payload");
        _registry.Blob(Repository, image.LayerDigest, [.. image.Layer, 0]);
        _registry.Manifest(Repository, "1", image.Manifest, "application/vnd.oci.image.manifest.v1+json");

        var act = () => PullAsync($"{FakeRegistry.Host}/{Repository}:1");

        (await act.Should().ThrowAsync<ContainerRuntimeException>()).WithMessage("*digest mismatch*");
        (await _store.FindAsync($"{FakeRegistry.Host}/{Repository}:1", default)).Should().BeNull();
        Directory.EnumerateFileSystemEntries(Path.Combine(_directory, "state/images/layers")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_platform_the_list_lacks_is_docker_s_no_matching_manifest_error()
    {
        var amd64 = Image("amd64", "x");
        var list = Encoding.UTF8.GetBytes($$"""{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{{Entry(amd64, "amd64")}}]}""");
        _registry.Manifest(Repository, "1", list, "application/vnd.oci.image.index.v1+json");

        var act = () => PullAsync($"{FakeRegistry.Host}/{Repository}:1", "linux/s390x");

        (await act.Should().ThrowAsync<ContainerRuntimeException>()).WithMessage("*no matching manifest for linux/s390x in the manifest list entries (it has linux/amd64)*");
    }

    [Fact]
    public async Task A_missing_tag_is_image_not_found_naming_the_registry()
    {
        var act = () => PullAsync($"{FakeRegistry.Host}/{Repository}:absent");

        var failure = (await act.Should().ThrowAsync<ImageNotFoundException>()).Which;
        failure.Message.Should().StartWith($"pull image {FakeRegistry.Host}/{Repository}:absent from registry {FakeRegistry.Host}: manifest for");
    }

    private async Task<List<ImageProgress>> PullAsync(string reference, string? platform = null)
    {
        var progress = new List<ImageProgress>();
        await foreach (var message in _store.PullAsync(new ImagePullRequest(reference) { Platform = platform }, default))
        {
            progress.Add(message);
        }

        return progress;
    }

    /// <summary>Serves an image's blobs and returns its manifest (not yet under a tag).</summary>
    private RegistryImage Image(string architecture, string content, string? extraLayer = null)
    {
        var layers = new List<byte[]> { new LayerTar().File("bin/app", content).Gzip() };
        if (extraLayer is not null)
        {
            layers.Add(new LayerTar().File("extra", extraLayer).Gzip());
        }

        var diffIds = layers.Select(l => OciTestImage.Digest(Gunzip(l)));
        var config = Encoding.UTF8.GetBytes($$$"""{"architecture":"{{{architecture}}}","os":"linux","config":{"Cmd":["app"]},"rootfs":{"type":"layers","diff_ids":[{{{string.Join(',', diffIds.Select(d => $"\"{d}\""))}}}]}}""");
        _registry.Blob(Repository, OciTestImage.Digest(config), config);
        layers.ForEach(l => _registry.Blob(Repository, OciTestImage.Digest(l), l));
        var layerJson = string.Join(',', layers.Select(l => $$"""{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","digest":"{{OciTestImage.Digest(l)}}","size":{{l.Length}}}"""));
        var manifest = Encoding.UTF8.GetBytes($$"""{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","digest":"{{OciTestImage.Digest(config)}}","size":{{config.Length}}},"layers":[{{layerJson}}]}""");
        _registry.Manifest(Repository, OciTestImage.Digest(manifest), manifest, "application/vnd.docker.distribution.manifest.v2+json");
        return new RegistryImage(manifest, layers[0], OciTestImage.Digest(layers[0]));
    }

    private static string Entry(RegistryImage image, string architecture, string? variant = null) =>
        $$$"""{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"{{{OciTestImage.Digest(image.Manifest)}}}","size":{{{image.Manifest.Length}}},"platform":{"os":"linux","architecture":"{{{architecture}}}"{{{(variant is null ? "" : $",\"variant\":\"{variant}\"")}}}}}""";

    private static byte[] Gunzip(byte[] gzip)
    {
        using var input = new System.IO.Compression.GZipStream(new MemoryStream(gzip), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private sealed record RegistryImage(byte[] Manifest, byte[] Layer, string LayerDigest);

    public void Dispose() => _store.Dispose();
}
