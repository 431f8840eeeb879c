using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>up converges the engine to the files, changing only what differs, on the real engine.</summary>
public sealed class ConvergenceTests() : StackTestBase("converge")
{
    private TestImage? _image;

    /// <summary>Ignores SIGTERM, so stopping it takes its whole grace period: an interruption lands during the stop.</summary>
    private const string Stubborn = "[\"sh\", \"-c\", \"trap '' TERM; sleep 3600 & wait\"]\n    stop_grace_period: 30s";

    private string Stack(string apiValue = "1", string webScale = "1", string apiCommand = Idle) => $$"""
        services:
          db:
            image: busybox:latest
            command: {{Idle}}
          api:
            image: busybox:latest
            command: {{apiCommand}}
            environment: {VERSION: "{{apiValue}}"}
            depends_on: [db]
          web:
            image: busybox:latest
            command: {{Idle}}
            scale: {{webScale}}
            depends_on: [api]
        """;

    [DockerFact]
    public async Task A_change_to_one_service_recreates_only_it_and_the_others_keep_their_containers()
    {
        await WriteAsync(Stack());
        await OkAsync("up", "-d");
        var before = await ContainersAsync();

        await WriteAsync(Stack(apiValue: "2"));
        await OkAsync("up", "-d");
        var after = await ContainersAsync();

        after.Keys.Order().Should().Equal(before.Keys.Order());
        after[$"{Project}-db-1"].Should().Be(before[$"{Project}-db-1"]);
        after[$"{Project}-web-1"].Should().Be(before[$"{Project}-web-1"]);
        after[$"{Project}-api-1"].Should().NotBe(before[$"{Project}-api-1"]);
        (await InspectAsync($"{Project}-api-1", "{{.State.Status}} {{range .Config.Env}}{{.}} {{end}}")).Should().StartWith("running").And.Contain("VERSION=2");
        await ShouldBeConvergedAsync();
    }

    [DockerFact]
    public async Task A_service_sharing_another_s_network_namespace_is_created_and_started_after_it()
    {
        // Podman resolves network_mode: container:NAME when the container is created, Docker when it starts.
        await WriteAsync(SharedNamespace("1"));
        await OkAsync("up", "-d");

        (await InspectAsync($"{Project}-sidecar-1", "{{.State.Status}}")).Should().Be("running", "it starts after the service whose namespace it joins");
        // The same network interface (Docker also gives it the app's hostname, Podman does not).
        var address = "ip -4 -o addr show eth0";
        (await DockerCli.OkAsync("exec", $"{Project}-sidecar-1", "sh", "-c", address)).Should().Be(await DockerCli.OkAsync("exec", $"{Project}-app-1", "sh", "-c", address));
        await ShouldBeConvergedAsync();
    }

    [DockerFact(PodmanBug = "Podman refuses to remove a container while another shares its network namespace ('has dependent containers which must be removed before it'), so recreating the service needs its sidecars removed first, which composectl does not plan yet")]
    public async Task A_service_sharing_another_s_network_namespace_rejoins_it_when_it_is_recreated()
    {
        await WriteAsync(SharedNamespace("1"));
        await OkAsync("up", "-d");

        await WriteAsync(SharedNamespace("2"));
        await OkAsync("up", "-d");

        // Recreating app removes the namespace the sidecar was in: the sidecar is recreated into the new one, as docker compose does.
        var appHost = await DockerCli.OkAsync("exec", $"{Project}-app-1", "hostname");
        (await DockerCli.OkAsync("exec", $"{Project}-sidecar-1", "hostname")).Should().Be(appHost);
        (await DockerCli.OkAsync("exec", $"{Project}-sidecar-1", "sh", "-c", "ip -4 -o addr show eth0 | wc -l")).Should().Be("1", "the sidecar has the app's network interface again");
        await ShouldBeConvergedAsync();
    }

    private static string SharedNamespace(string version) => $$"""
        services:
          sidecar:
            image: busybox:latest
            command: {{Idle}}
            network_mode: service:app
          app:
            image: busybox:latest
            command: {{Idle}}
            environment: {VERSION: "{{version}}"}
        """;

    [DockerFact]
    public async Task Scaling_up_continues_the_numbering_and_scaling_down_removes_the_highest_numbers()
    {
        await WriteAsync(Stack());
        await OkAsync("up", "-d", "--scale", "web=3");
        (await ContainersAsync()).Keys.Where(n => n.Contains("-web-")).Order().Should().Equal($"{Project}-web-1", $"{Project}-web-2", $"{Project}-web-3");
        var first = (await ContainersAsync())[$"{Project}-web-1"];

        await WriteAsync(Stack(webScale: "1"));
        await OkAsync("up", "-d");

        var after = await ContainersAsync();
        after.Keys.Where(n => n.Contains("-web-")).Should().Equal($"{Project}-web-1");
        after[$"{Project}-web-1"].Should().Be(first);
        await ShouldBeConvergedAsync();
    }

    [DockerFact]
    public async Task A_new_image_behind_the_same_tag_recreates_the_services_using_it()
    {
        var image = _image = await TestImage.BuildAsync("retag", "LABEL generation=1");
        await WriteAsync(Stack().Replace("  api:\n    image: busybox:latest", $"  api:\n    image: {image.Tag}"));
        await OkAsync("up", "-d");
        var before = await ContainersAsync();
        var firstImage = await DockerCli.OkAsync("image", "inspect", image.Tag, "--format", "{{.Id}}");

        await image.RebuildAsync("LABEL generation=2");
        await OkAsync("up", "-d");
        var after = await ContainersAsync();
        await DockerCli.RunAsync("rmi", firstImage);

        after[$"{Project}-api-1"].Should().NotBe(before[$"{Project}-api-1"]);
        after[$"{Project}-db-1"].Should().Be(before[$"{Project}-db-1"]);
        (await InspectAsync($"{Project}-api-1", "{{index .Config.Labels \"generation\"}}")).Should().Be("2");
        await ShouldBeConvergedAsync();
    }

    [DockerFact]
    public async Task Orphans_are_reported_then_removed_with_remove_orphans()
    {
        await WriteAsync(Stack() + "\n  old:\n    image: busybox:latest\n    command: " + Idle + "\n");
        await OkAsync("up", "-d");
        await WriteAsync(Stack());

        var warned = await OkAsync("up", "-d");
        (await ContainersAsync()).Should().ContainKey($"{Project}-old-1");
        await OkAsync("up", "-d", "--remove-orphans");

        warned.Error.Should().Contain($"Found orphan containers ([{Project}-old-1])");
        (await ContainersAsync()).Should().NotContainKey($"{Project}-old-1");
    }

    [DockerFact]
    public async Task A_changed_network_is_recreated_and_its_containers_rejoin_it_without_being_recreated()
    {
        await WriteAsync(Stack() + "\nnetworks:\n  default:\n    labels: {tier: one}\n");
        await OkAsync("up", "-d");
        var before = await ContainersAsync();

        await WriteAsync(Stack() + "\nnetworks:\n  default:\n    labels: {tier: two}\n");
        await OkAsync("up", "-d");

        (await ContainersAsync()).Should().Equal(before);
        (await DockerCli.OkAsync("network", "inspect", $"{Project}_default", "--format", "{{index .Labels \"tier\"}}")).Should().Be("two");
        foreach (var name in before.Keys)
        {
            (await InspectAsync(name, "{{.State.Status}} {{range $k, $v := .NetworkSettings.Networks}}{{$k}}{{end}}")).Should().Be($"running {Project}_default");
        }

        await ShouldBeConvergedAsync();
    }

    [DockerFact]
    public async Task An_up_interrupted_in_the_middle_of_a_recreate_is_converged_by_the_next_up()
    {
        await WriteAsync(Stack(apiCommand: Stubborn));
        await OkAsync("up", "-d");
        await WriteAsync(Stack(apiValue: "2", apiCommand: Stubborn));

        // The replacement is created, then the old container's stop takes 30 s: the interruption lands during it.
        await InterruptAtAsync("create");
        var leftover = await ContainersAsync();
        await OkAsync("up", "-d", "--timeout", "1");

        leftover.Keys.Should().Contain(n => n.EndsWith($"_{Project}-api-1"), "the interruption left the replacement under its temporary name");
        (await ContainersAsync()).Keys.Order().Should().Equal($"{Project}-api-1", $"{Project}-db-1", $"{Project}-web-1");
        (await InspectAsync($"{Project}-api-1", "{{.State.Status}} {{range .Config.Env}}{{.}} {{end}}")).Should().StartWith("running").And.Contain("VERSION=2");
        await ShouldBeConvergedAsync();
    }

    /// <summary>The image goes after the containers that use it (the base purges them).</summary>
    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_image is not null)
        {
            await _image.DisposeAsync();
        }
    }

    /// <summary>Runs a command and cancels it (as Ctrl+C does) right after the engine reports the first such container event.</summary>
    private async Task InterruptAtAsync(string action)
    {
        await using var runtime = Engine.CreateRuntime();
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var events = runtime.EventsAsync(new Compose.Runtime.EventFilter { Types = ["container"], Labels = Compose.Runtime.LabelFilter.Of("com.docker.compose.project", Project) }, watch.Token).GetAsyncEnumerator(watch.Token);
        var first = events.MoveNextAsync().AsTask();
        using var interrupt = new CancellationTokenSource();
        var run = EngineCli.RunAsync(Directory, null, interrupt.Token, ["-p", Project, "up", "-d"]);
        while (await first && events.Current.Action != action)
        {
            first = events.MoveNextAsync().AsTask();
        }

        await interrupt.CancelAsync();
        (await run).ExitCode.Should().Be(130, "an interrupted up exits with 130");
        await events.DisposeAsync();
    }
}
