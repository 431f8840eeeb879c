using System.Globalization;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.EndToEnd;

/// <summary>The walking skeleton end to end: the hello example brought up and down on the real engine.</summary>
public sealed class HelloStackTests : IAsyncLifetime
{
    private readonly string _project = TestNames.UniqueProject("hello");
    private readonly int _port = TestNames.FreeLoopbackPort();
    private readonly string _otherProject = TestNames.UniqueProject("bystander");

    private Dictionary<string, string> Variables => new() { ["HELLO_PORT"] = _port.ToString(CultureInfo.InvariantCulture) };

    private Task<CliRunner.Result> ComposeAsync(params string[] args) =>
        EngineCli.OkAsync(RepositoryPaths.Root, Variables, ["-f", RepositoryPaths.Example("hello"), "-p", _project, .. args]);

    [DockerFact]
    public async Task Up_creates_named_labelled_containers_on_the_project_network_and_serves_the_page()
    {
        await ComposeAsync("up", "-d");

        var names = await DockerCli.OkAsync("ps", "--filter", $"label=com.docker.compose.project={_project}", "--format", "{{.Names}}");
        names.Split('\n').Order().Should().Equal($"{_project}-probe-1", $"{_project}-web-1");

        var labels = await DockerCli.OkAsync("inspect", $"{_project}-web-1", "--format",
            "{{index .Config.Labels \"com.docker.compose.project\"}}|{{index .Config.Labels \"com.docker.compose.service\"}}|" +
            "{{index .Config.Labels \"com.docker.compose.container-number\"}}|{{index .Config.Labels \"com.docker.compose.oneoff\"}}|" +
            "{{index .Config.Labels \"com.docker.compose.project.working_dir\"}}|{{index .Config.Labels \"com.docker.compose.project.config_files\"}}");
        labels.Should().Be($"{_project}|web|1|False|{Path.Combine(RepositoryPaths.Root, "examples", "hello")}|{RepositoryPaths.Example("hello")}");
        (await DockerCli.OkAsync("inspect", $"{_project}-web-1", "--format", "{{index .Config.Labels \"com.docker.compose.config-hash\"}}"))
            .Should().MatchRegex("^[0-9a-f]{64}$");

        var networks = await DockerCli.OkAsync("inspect", $"{_project}-web-1", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}{{end}}");
        networks.Should().Be($"{_project}_default");
        (await DockerCli.OkAsync("network", "inspect", $"{_project}_default", "--format", "{{index .Labels \"com.docker.compose.network\"}}")).Should().Be("default");

        var page = await LoopbackPage.FetchAsync(_port);
        page.Should().Contain("<h1>Hello from composectl</h1>");
    }

    [DockerFact]
    public async Task A_second_up_changes_nothing()
    {
        await ComposeAsync("up", "-d");
        var idsBefore = await DockerCli.OkAsync("ps", "-q", "--no-trunc", "--filter", $"label=com.docker.compose.project={_project}");

        var plan = await ComposeAsync("up", "--dry-run");
        await ComposeAsync("up", "-d");

        plan.Out.Should().BeEmpty("nothing changed, so the plan is empty");
        (await DockerCli.OkAsync("ps", "-q", "--no-trunc", "--filter", $"label=com.docker.compose.project={_project}")).Should().Be(idsBefore);
    }

    [DockerFact]
    public async Task Ps_lists_the_running_containers()
    {
        await ComposeAsync("up", "-d");

        var ps = await ComposeAsync("ps");

        ps.Out.Should().StartWith("NAME");
        ps.Out.Should().Contain($"{_project}-web-1").And.Contain($"127.0.0.1:{_port}->80/tcp").And.Contain($"{_project}-probe-1");
    }

    [DockerFact]
    public async Task Down_removes_everything_of_the_project_and_nothing_else()
    {
        await DockerCli.OkAsync("create", "--name", _otherProject, "--label", $"com.docker.compose.project={_otherProject}", "busybox:latest", "true");
        await ComposeAsync("up", "-d");

        await ComposeAsync("down");

        (await DockerCli.ProjectResourcesAsync(_project)).Should().BeEmpty();
        (await DockerCli.OkAsync("inspect", _otherProject, "--format", "{{.Name}}")).Should().Be($"/{_otherProject}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await DockerCli.PurgeProjectAsync(_project);
        await DockerCli.RunAsync("rm", "-f", _otherProject);
    }
}
