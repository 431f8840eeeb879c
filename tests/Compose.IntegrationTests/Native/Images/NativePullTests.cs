using System.Text;
using Compose.Runtime;
using Compose.Runtime.Errors;
using Compose.TestSupport.Native;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>Pulls into the native store from Debian's docker-registry on 127.0.0.1 (plain HTTP, as docker allows for loopback).</summary>
public sealed class NativePullTests(NativeRegistryFixture registries) : IClassFixture<NativeRegistryFixture>, IDisposable
{
    private readonly List<NativeStoreScope> _scopes = [];

    [NativeImagesFact]
    public async Task Busybox_pulled_from_a_loopback_registry_reports_progress_and_runs()
    {
        var scope = Scope();
        var reference = $"{registries.Open.Address}/{NativeRegistryFixture.Repository}:latest";

        var progress = await PullAsync(scope, reference);

        progress.First().Should().Be(new ImageProgress { Id = "latest", Status = $"Pulling from {NativeRegistryFixture.Repository}" });
        progress.Should().Contain(p => p.Status == "Downloading" && p.Current > 0 && p.Total > 0 && p.Id != null)
            .And.Contain(p => p.Status == "Pull complete");
        progress.Last().Status.Should().Be($"Status: Downloaded newer image for {reference}");
        var image = (await scope.Store.FindAsync(reference, default))!;
        image.RepoDigests.Should().ContainSingle().Which.Should().StartWith($"{registries.Open.Address}/{NativeRegistryFixture.Repository}@sha256:");
        var rootfs = await scope.Store.MountRootfsAsync(image, scope.ContainerDirectory("pulled"), default);
        (await HostProcess.RunAsync("chroot", rootfs, "/bin/busybox", "echo", "pulled")).Should().Be("pulled\n");
    }

    [NativeImagesFact]
    public async Task A_private_registry_needs_the_credentials_of_config_json()
    {
        var reference = $"{registries.Private.Address}/{NativeRegistryFixture.Repository}:latest";

        var anonymous = () => PullAsync(Scope(), reference);
        var wrong = () => PullAsync(Scope(ConfigWith(registries.Private.Address, NativeRegistryFixture.User, "wrong")), reference);
        var right = await PullAsync(Scope(ConfigWith($"http://{registries.Private.Address}/v2/", NativeRegistryFixture.User, NativeRegistryFixture.Password)), reference);

        (await anonymous.Should().ThrowAsync<RegistryUnauthorizedException>()).Which.Message
            .Should().StartWith($"pull image {reference} from registry {registries.Private.Address}: ").And.Contain("docker login");
        await wrong.Should().ThrowAsync<RegistryUnauthorizedException>();
        right.Last().Status.Should().StartWith("Status: Downloaded newer image");
    }

    [NativeImagesFact]
    public async Task A_manifest_list_gives_each_platform_its_own_image()
    {
        var tag = $"{registries.Open.Address}/native/multi:1";
        await PushIndexAsync(tag);

        var amd64 = Scope();
        var arm64 = Scope();
        await PullAsync(amd64, tag, "linux/amd64");
        await PullAsync(arm64, tag, "linux/arm64");

        (await amd64.Store.FindAsync(tag, default))!.Config.Architecture.Should().Be("amd64");
        (await arm64.Store.FindAsync(tag, default))!.Config.Architecture.Should().Be("arm64");
    }

    [NativeImagesFact]
    public async Task Two_stores_on_one_root_pull_the_same_image_at_once_and_unpack_it_once()
    {
        var first = Scope();
        using var second = new Compose.Runtime.Native.Images.NativeImageStore(new Compose.Runtime.Native.Images.NativeImageStoreOptions { Root = first.Root });
        var reference = $"{registries.Open.Address}/{NativeRegistryFixture.Repository}:latest";

        await Task.WhenAll(Task.Run(() => PullAsync(first, reference)), Task.Run(() => Drain(second.PullAsync(new ImagePullRequest(reference), default))));

        var image = (await second.FindAsync(reference, default))!;
        Directory.EnumerateDirectories(Path.Combine(first.Root.Images, "layers")).Should().Equal(image.LayerDirectories);
        Directory.EnumerateFileSystemEntries(Path.Combine(first.Root.Images, "tmp")).Should().BeEmpty("the loser of the race discarded its copy");
        (await first.Store.ListAsync(default)).Should().ContainSingle();
    }

    [NativeImagesFact]
    public async Task An_absent_tag_is_image_not_found_naming_the_registry()
    {
        var reference = $"{registries.Open.Address}/native/absent:1";

        var act = () => PullAsync(Scope(), reference);

        (await act.Should().ThrowAsync<ImageNotFoundException>()).Which.Resource.Should().Be($"{reference} from registry {registries.Open.Address}");
    }

    [NativeImagesFact]
    public async Task An_image_pushed_from_the_store_pulls_into_another_with_the_same_id()
    {
        var source = Scope();
        var busybox = await NativeBusybox.SeedAsync(source.Store);
        var reference = $"{registries.Private.Address}/native/pushed:1";
        var config = ConfigWith(registries.Private.Address, NativeRegistryFixture.User, NativeRegistryFixture.Password);
        using var pusher = new NativeStoreScope(config);
        await NativeBusybox.SeedAsync(pusher.Store);
        await pusher.Store.TagAsync("busybox", reference, default);

        var pushed = await Drain(pusher.Store.PushAsync(reference, default));
        var target = Scope(config);
        await PullAsync(target, reference);

        pushed.Last().Status.Should().StartWith("1: digest: sha256:");
        (await target.Store.FindAsync(reference, default))!.Id.Should().Be(busybox.Id);
    }

    /// <summary>Pushes busybox as amd64 and a copy whose config says arm64, then an OCI index of the two under <paramref name="tag"/>.</summary>
    private async Task PushIndexAsync(string tag)
    {
        var amd64 = new OciTestImage { Architecture = "amd64" }.Layer(new LayerTar().File("arch", "amd64"));
        var arm64 = new OciTestImage { Architecture = "arm64" }.Layer(new LayerTar().File("arch", "arm64"));
        var directory = TestTemp.Directory("native-multi-");
        var manifests = new List<string>();
        foreach (var (image, architecture) in new[] { (amd64, "amd64"), (arm64, "arm64") })
        {
            var archive = Path.Combine(directory, $"{architecture}.tar");
            await using (var file = File.Create(archive))
            {
                await image.OciArchive().CopyToAsync(file);
            }

            await NativeRegistryFixture.PushAsync(archive, $"{registries.Open.Address}/native/multi:{architecture}");
            var digest = (await HostProcess.RunAsync("skopeo", "inspect", "--tls-verify=false", "--format", "{{.Digest}}", $"docker://{registries.Open.Address}/native/multi:{architecture}")).Trim();
            var size = (await HostProcess.RunAsync("skopeo", "inspect", "--tls-verify=false", "--raw", $"docker://{registries.Open.Address}/native/multi:{architecture}")).Length;
            manifests.Add($$$"""{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"{{{digest}}}","size":{{{size}}},"platform":{"os":"linux","architecture":"{{{architecture}}}"}}""");
        }

        using var http = new HttpClient();
        var index = new StringContent($$"""{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{{string.Join(',', manifests)}}]}""", Encoding.UTF8);
        index.Headers.ContentType = new("application/vnd.oci.image.index.v1+json");
        using var response = await http.PutAsync($"http://{registries.Open.Address}/v2/native/multi/manifests/1", index);
        response.EnsureSuccessStatusCode();
    }

    private static string ConfigWith(string server, string user, string password)
    {
        var directory = TestTemp.Directory("native-docker-config-");
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        File.WriteAllText(Path.Combine(directory, "config.json"), "{\"auths\":{\"" + server + "\":{\"auth\":\"" + auth + "\"}}}");
        return directory;
    }

    private NativeStoreScope Scope(string? config = null)
    {
        var scope = new NativeStoreScope(config);
        _scopes.Add(scope);
        return scope;
    }

    private static Task<List<ImageProgress>> PullAsync(NativeStoreScope scope, string reference, string? platform = null) =>
        Drain(scope.Store.PullAsync(new ImagePullRequest(reference) { Platform = platform }, new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token));

    private static async Task<List<ImageProgress>> Drain(IAsyncEnumerable<ImageProgress> stream)
    {
        var all = new List<ImageProgress>();
        await foreach (var progress in stream)
        {
            all.Add(progress);
        }

        return all;
    }

    public void Dispose() => _scopes.ForEach(s => s.Dispose());
}
