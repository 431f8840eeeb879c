using System.Collections.Immutable;
using System.Text.Json;
using Compose.Cli;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Tests.Cli;

/// <summary>The data commands' output forms (table, JSON, templates) over a fake engine holding known containers.</summary>
public class CommandOutputTests
{
    private static readonly DateTimeOffset Created = new ManualTimeProvider().Start.AddMinutes(-5);

    private static FakeContainerRuntime EngineWithDemo()
    {
        var runtime = new FakeContainerRuntime();
        runtime.Seed(Container("1111111111111111", "demo-web-1", "web", ContainerState.Running, "Up 5 minutes", [new PublishedPort(80, "tcp", "127.0.0.1", 8080)]));
        runtime.Seed(Container("2222222222222222", "demo-db-1", "db", ContainerState.Exited, "Exited (3) 1 minute ago", []));
        runtime.Seed(Container("3333333333333333", "demo-web-run-0123456789ab", "web", ContainerState.Running, "Up 1 second", [], oneOff: true));
        runtime.Seed(Container("4444444444444444", "other-app-1", "app", ContainerState.Running, "Up 1 hour", [], project: "other"));
        return runtime;
    }

    private static ContainerInfo Container(string id, string name, string service, ContainerState state, string status, ImmutableArray<PublishedPort> ports, bool oneOff = false, string project = "demo") => new()
    {
        Id = id,
        Name = name,
        Image = "busybox:latest",
        ImageId = "sha256:abc",
        Command = "sh -c 'while true; do sleep 1; done'",
        State = state,
        Status = status,
        Created = Created,
        Ports = ports,
        Labels = ImmutableSortedDictionary.CreateRange(new Dictionary<string, string>
        {
            [ComposeLabels.Project] = project,
            [ComposeLabels.Service] = service,
            [ComposeLabels.ContainerNumber] = "1",
            [ComposeLabels.OneOff] = oneOff ? "True" : "False",
            [ComposeLabels.ConfigFiles] = $"/srv/{project}/compose.yaml",
        }),
    };

    private static Task<CliRunner.Result> RunAsync(params string[] args) =>
        CliRunner.RunAsync(Path.GetTempPath(), null, EngineWithDemo(), null, ["-p", "demo", .. args]);

    [Fact]
    public async Task Ps_table_has_docker_compose_columns_and_shows_running_service_containers()
    {
        var result = await RunAsync("ps");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(
            "NAME         IMAGE            COMMAND                  SERVICE   CREATED         STATUS         PORTS\n" +
            "demo-web-1   busybox:latest   \"sh -c 'while true; …\"   web       5 minutes ago   Up 5 minutes   127.0.0.1:8080->80/tcp\n");
    }

    [Fact]
    public async Task Ps_all_adds_stopped_and_one_off_containers_and_status_filters()
    {
        (await RunAsync("ps", "-a", "--format", "{{.Name}}")).Out.Should().Be("demo-db-1\ndemo-web-1\ndemo-web-run-0123456789ab\n");
        (await RunAsync("ps", "--status", "exited", "-q")).Out.Should().Be("2222222222222222\n");
        (await RunAsync("ps", "--filter", "status=exited", "--format", "{{.Service}} {{.ExitCode}}")).Out.Should().Be("db 3\n");
        (await RunAsync("ps", "-a", "--services")).Out.Should().Be("db\nweb\n");
    }

    [Fact]
    public async Task Ps_json_is_one_object_per_line_with_docker_compose_fields()
    {
        var result = await RunAsync("ps", "--format", "json");

        var line = result.Out.TrimEnd('\n').Split('\n').Should().ContainSingle().Subject;
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        // Shortened and quoted as docker compose's formatter gives them (full with --no-trunc).
        root.GetProperty("ID").GetString().Should().Be("111111111111");
        root.GetProperty("Name").GetString().Should().Be("demo-web-1");
        root.GetProperty("Command").GetString().Should().Be("\"sh -c 'while true; …\"");
        root.GetProperty("State").GetString().Should().Be("running");
        root.GetProperty("Project").GetString().Should().Be("demo");
        var publisher = root.GetProperty("Publishers")[0];
        publisher.GetProperty("URL").GetString().Should().Be("127.0.0.1");
        publisher.GetProperty("PublishedPort").GetInt32().Should().Be(8080);
        publisher.GetProperty("TargetPort").GetInt32().Should().Be(80);
    }

    [Fact]
    public async Task Ls_lists_every_project_with_state_counts()
    {
        var table = await CliRunner.RunAsync(Path.GetTempPath(), null, EngineWithDemo(), null, "ls", "-a");
        var json = await CliRunner.RunAsync(Path.GetTempPath(), null, EngineWithDemo(), null, "ls", "--format", "json", "--filter", "name=oth");

        table.Out.Should().Be(
            "NAME      STATUS                  CONFIG FILES\n" +
            "demo      exited(1), running(2)   /srv/demo/compose.yaml\n" +
            "other     running(1)              /srv/other/compose.yaml\n");
        json.Out.Should().Be("""[{"Name":"other","Status":"running(1)","ConfigFiles":"/srv/other/compose.yaml"}]""" + "\n");
    }

    [Fact]
    public async Task Port_prints_the_published_address()
    {
        (await RunAsync("port", "web", "80")).Out.Should().Be("127.0.0.1:8080\n");
        var missing = await RunAsync("port", "web", "443");
        missing.ExitCode.Should().Be(ExitCodes.Failure);
        missing.Error.Should().Contain("no port 443/tcp is published for service \"web\"");
    }
}
