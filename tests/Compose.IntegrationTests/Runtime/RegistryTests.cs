using System.Text;
using System.Text.Json;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Errors;

namespace Compose.IntegrationTests.Runtime;

/// <summary>Push and pull against registries on 127.0.0.1, with credentials from a test-only config directory.</summary>
public sealed class RegistryTests(RegistryFixture registries) : RuntimeTestBase("registry"), IClassFixture<RegistryFixture>
{
    private readonly string _configDirectory = TestTemp.Directory("composectl-docker-config-");
    private readonly List<string> _images = [];

    [DockerFact]
    public async Task Busybox_tagged_for_the_registry_is_pushed_as_its_seed()
    {
        var seed = $"{registries.Open.Address}/{Project}/busybox:latest";
        _images.Add(seed);

        await Runtime.TagImageAsync("busybox:latest", seed, Timeout());
        var pushed = await CollectAsync(Runtime.PushImageAsync(seed, Timeout(120)));

        if (!Engine.IsPodman)
        {
            // Podman 4.3 sends no per-layer push messages (docs/runtime.md).
            pushed.Should().Contain(p => p.Id != null && (p.Status == "Pushed" || p.Status == "Layer already exists" || p.Status!.StartsWith("Mounted from")));
        }

        pushed.Last().Status.Should().StartWith("latest: digest: sha256:", "messages that carry nothing (the digest's aux twin) are not reported");
    }

    [DockerFact]
    public async Task Push_then_pull_report_per_layer_progress_and_the_pulled_image_runs()
    {
        var reference = await BuildUniqueAsync(registries.Open.Address);

        var pushed = await CollectAsync(Runtime.PushImageAsync(reference, Timeout(120)));
        await Runtime.RemoveImageAsync(reference, force: true, Timeout());
        var pulled = await CollectAsync(Runtime.PullImageAsync(new ImagePullRequest(reference), Timeout(120)));

        pushed.Should().Contain(p => p.Status != null && p.Status.Contains("digest: sha256:"));
        var layers = pulled.Where(p => p.Id != null && p.Status == "Pull complete").Select(p => p.Id).ToList();
        if (Engine.IsPodman)
        {
            // Podman cannot tell the loaded base layer from the registry's compressed blob, so it takes both.
            layers.Should().NotBeEmpty();
        }
        else
        {
            layers.Should().ContainSingle("the base layer is already here, only the new one travels");
        }

        if (!Engine.IsPodman)
        {
            // Podman 4.3 sends no per-layer push messages and its pull (the libpod one, for a loopback registry) no byte counts.
            pushed.Should().Contain(p => p.Status == "Pushed" && p.Id != null);
            pulled.Should().Contain(p => p.Id == layers[0] && p.Status == "Downloading" && p.Current > 0 && p.Total > 0);
            pulled.Should().Contain(p => p.Status == "Already exists");
        }

        (await DockerCli.OkAsync("run", "--rm", reference, "wc", "-c", "/blob")).Should().StartWith("3000000");
    }

    [DockerFact]
    public async Task Pulling_a_tag_the_registry_does_not_have_is_image_not_found_naming_the_registry()
    {
        var reference = $"{registries.Open.Address}/{Project}/absent:1";

        var act = () => CollectAsync(Runtime.PullImageAsync(new ImagePullRequest(reference), Timeout()));

        var failure = (await act.Should().ThrowAsync<ImageNotFoundException>()).Which;
        failure.Resource.Should().Be($"{reference} from registry {registries.Open.Address}");
        failure.Message.Should().StartWith($"pull image {reference} from registry {registries.Open.Address}: ");
    }

    [DockerFact]
    public async Task A_private_registry_refuses_anonymous_and_wrong_credentials_and_accepts_those_of_config_json()
    {
        var reference = await BuildUniqueAsync(registries.Private.Address);
        await using var anonymous = RuntimeWith(auth: null);
        await using var wrong = RuntimeWith(auth: $"{RegistryFixture.User}:nope");
        await using var right = RuntimeWith(auth: $"{RegistryFixture.User}:{RegistryFixture.Password}");

        var anonymousPush = () => CollectAsync(anonymous.PushImageAsync(reference, Timeout(120)));
        var wrongPush = () => CollectAsync(wrong.PushImageAsync(reference, Timeout(120)));
        (await anonymousPush.Should().ThrowAsync<RegistryUnauthorizedException>()).Which.Resource.Should().Be($"{reference} to registry {registries.Private.Address}");
        await wrongPush.Should().ThrowAsync<RegistryUnauthorizedException>();
        await CollectAsync(right.PushImageAsync(reference, Timeout(120)));
        await right.RemoveImageAsync(reference, force: true, Timeout());
        var anonymousPull = () => CollectAsync(anonymous.PullImageAsync(new ImagePullRequest(reference), Timeout(120)));
        await anonymousPull.Should().ThrowAsync<RegistryUnauthorizedException>();
        await CollectAsync(right.PullImageAsync(new ImagePullRequest(reference), Timeout(120)));

        (await right.InspectImageAsync(reference, Timeout())).Should().NotBeNull();
    }

    /// <summary>An image with one new 3 MB layer of random bytes on busybox, tagged for the registry.</summary>
    private async Task<string> BuildUniqueAsync(string registry)
    {
        var reference = $"{registry}/{Project}/app:1";
        _images.Add(reference);
        await TestImages.BuildAsync(Runtime, new ImageBuildSpec { Tags = [reference] }, $"FROM busybox:latest\nRUN echo {Project} > /id && head -c 3000000 /dev/urandom > /blob\n");
        return reference;
    }

    /// <summary>A runtime whose docker config holds <paramref name="auth"/> (<c>user:password</c>) for the private registry.</summary>
    private DockerRuntime RuntimeWith(string? auth)
    {
        var directory = Path.Combine(_configDirectory, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var auths = auth is null ? "{}" : JsonSerializer.Serialize(new Dictionary<string, object>
        {
            [registries.Private.Address] = new Dictionary<string, string> { ["auth"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(auth)) },
        });
        File.WriteAllText(Path.Combine(directory, "config.json"), $"{{\"auths\": {auths}}}");
        return new DockerRuntime(new DockerClientOptions { Endpoint = Runtime.Endpoint, ConfigDirectory = directory });
    }

    private static async Task<List<ImageProgress>> CollectAsync(IAsyncEnumerable<ImageProgress> messages)
    {
        var list = new List<ImageProgress>();
        await foreach (var message in messages)
        {
            list.Add(message);
        }

        return list;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_images.Count > 0)
        {
            await DockerCli.RunAsync(["rmi", "-f", .. _images]);
        }

        Directory.Delete(_configDirectory, recursive: true);
    }
}
