using System.Text;
using Compose.IntegrationTests.Cli;
using Compose.IntegrationTests.Infrastructure;
using Compose.IntegrationTests.Runtime;

namespace Compose.IntegrationTests.Build;

/// <summary>
/// build --push, pull, push and pull policies through composectl against Debian's docker-registry on 127.0.0.1,
/// one open and one needing credentials from a test config.json (a temporary DOCKER_CONFIG). The pull history goes
/// to a temporary XDG_STATE_HOME.
/// </summary>
public sealed class PullPushTests(RegistryFixture registries) : IClassFixture<RegistryFixture>, IAsyncLifetime
{
    private const string AppDockerfile = "FROM busybox:latest\nRUN head -c 2000000 /dev/urandom > /blob\n";

    private readonly List<ComposeProject> _projects = [];
    private readonly List<string> _directories = [];
    private string? _state;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Consumers first: an image still used by a container cannot be removed with its producer.
        foreach (var project in Enumerable.Reverse(_projects))
        {
            await project.DisposeAsync();
        }

        foreach (var directory in _directories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The pull history of this test's runs.</summary>
    private string State => _state ??= Temporary("composectl-state-");

    private string Temporary(string prefix)
    {
        var directory = TestTemp.Directory(prefix);
        _directories.Add(directory);
        return directory;
    }

    private async Task<ComposeProject> CreateAsync(string prefix, string yaml, string? dockerConfig = null)
    {
        var project = await ComposeProject.CreateAsync(prefix, yaml, new Dictionary<string, string>
        {
            ["XDG_STATE_HOME"] = State,
            ["DOCKER_CONFIG"] = dockerConfig ?? Temporary("composectl-docker-config-"),
        });
        _projects.Add(project);
        await project.WriteAsync("app/Dockerfile", AppDockerfile);
        return project;
    }

    private string ConfigWithCredentials(string registry)
    {
        var directory = Temporary("composectl-docker-config-");
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RegistryFixture.User}:{RegistryFixture.Password}"));
        File.WriteAllText(Path.Combine(directory, "config.json"), $"{{\"auths\": {{\"{registry}\": {{\"auth\": \"{auth}\"}}}}}}");
        return directory;
    }

    /// <summary>Podman 4.3 reports no byte counts for a push or its own pull, and no layers for a push (docs/runtime.md): no size after Pushed/Pulled.</summary>
    private static string Size => Engine.IsPodman ? "" : " [0-9.]+MB";

    [DockerFact]
    public async Task A_pushed_image_is_pulled_back_with_layer_progress_and_each_pull_policy_decides_when_to_pull()
    {
        var image = $"{registries.Open.Address}/{TestNames.UniqueProject("app")}/app:1";
        var producer = await CreateAsync("producer", $"services: {{ app: {{ image: {image}, build: ./app }} }}");
        var consumer = await CreateAsync("consumer", $"services: {{ app: {{ image: {image}, pull_policy: \"${{POLICY:-missing}}\", command: [sleep, \"3600\"], init: true }} }}");

        var pushed = await producer.OkAsync("--progress", "plain", "build", "--push");
        await DockerCli.OkAsync("rmi", image);
        var pulled = await consumer.OkAsync("--progress", "plain", "pull");

        pushed.Error.Should().MatchRegex($" Image {Regex(image)}  Pushed{Size}\n");
        pulled.Error.Should().MatchRegex($" {Regex(image)} [0-9a-f]{{12}}  Pull complete").And.MatchRegex($" Image {Regex(image)}  Pulled{Size}\n");
        if (!Engine.IsPodman)
        {
            pushed.Error.Should().MatchRegex($" {Regex(image)} [0-9a-f]{{12}}  Pushed");
            pulled.Error.Should().MatchRegex($" {Regex(image)} [0-9a-f]{{12}}  Downloading [0-9.]+[kM]B/[0-9.]+MB");
        }

        (await UpAsync(consumer, "missing")).Should().NotContain("Pulling", "the image is present");
        (await UpAsync(consumer, "always")).Should().Contain($" Image {image}  Pulled (up to date)");
        (await UpAsync(consumer, "daily")).Should().NotContain("Pulling", "the pull above was recorded less than a day ago");
        File.ReadAllText(Path.Combine(State, "composectl", "pulls.json")).Should().Contain(image);

        await consumer.OkAsync("down");
        await DockerCli.OkAsync("rmi", image);
        consumer.Variables["POLICY"] = "never";
        var never = await consumer.RunAsync("up", "-d");
        never.ExitCode.Should().Be(1);
        never.Error.Should().Contain($"Error: service app: image {image} is not present locally and its pull policy is never");
        (await UpAsync(consumer, "daily")).Should().MatchRegex($" Image {Regex(image)}  Pulled{Size}\n");
    }

    [DockerFact]
    public async Task A_private_image_is_pushed_and_pulled_with_the_credentials_of_config_json_and_refused_without_them()
    {
        var image = $"{registries.Private.Address}/{TestNames.UniqueProject("private")}/app:1";
        var config = ConfigWithCredentials(registries.Private.Address);
        var producer = await CreateAsync("producer", $"services: {{ app: {{ image: {image}, build: ./app }} }}", config);
        var anonymous = await CreateAsync("anonymous", $"services: {{ app: {{ image: {image} }} }}");
        var authorized = await CreateAsync("authorized", $"services: {{ app: {{ image: {image}, command: [sleep, \"3600\"], init: true }} }}", config);

        await producer.OkAsync("build", "--push");
        await DockerCli.OkAsync("rmi", image);
        var refused = await anonymous.RunAsync("pull");
        var up = await authorized.OkAsync("--progress", "plain", "up", "-d");

        refused.ExitCode.Should().Be(1);
        refused.Error.Should().Contain($"Error: pull image {image} from registry {registries.Private.Address}: ").And.Contain("(service app)");
        refused.Error.Should().MatchRegex("unauthorized|authentication required|no basic auth credentials");
        up.Error.Should().MatchRegex($" Image {Regex(image)}  Pulled{Size}\n").And.Contain($"Container {authorized.Container("app")}  Started");
    }

    [DockerFact]
    public async Task A_tag_the_registry_lacks_fails_up_naming_image_registry_and_reason_and_pull_can_ignore_it()
    {
        var image = $"{registries.Open.Address}/{TestNames.UniqueProject("absent")}/app:1";
        var project = await CreateAsync("absent", $"services: {{ app: {{ image: {image} }} }}");

        var up = await project.RunAsync("up", "-d");
        var pull = await project.RunAsync("pull", "--ignore-pull-failures");

        up.ExitCode.Should().Be(1);
        up.Error.Should().Contain($"Error: pull image {image} from registry {registries.Open.Address}: ").And.Contain("manifest unknown").And.Contain("(service app)");
        (await DockerCli.ProjectResourcesAsync(project.Name)).Should().BeEmpty("nothing is created when an image cannot be had");
        pull.ExitCode.Should().Be(0);
        pull.Error.Should().Contain($"WARN[0000] pull image {image} from registry {registries.Open.Address}: ");
    }

    private static async Task<string> UpAsync(ComposeProject project, string policy)
    {
        project.Variables["POLICY"] = policy;
        return (await project.OkAsync("--progress", "plain", "up", "-d")).Error;
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
