using System.Globalization;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.EndToEnd;

/// <summary>examples/build on the real engine: two images built from local Dockerfiles, wired together.</summary>
public sealed class BuildExampleTests : IAsyncLifetime
{
    private readonly string _project = TestNames.UniqueProject("build-demo");
    private readonly int _port = TestNames.FreeLoopbackPort();

    private Dictionary<string, string> Variables => new()
    {
        ["BUILD_DEMO_PORT"] = _port.ToString(CultureInfo.InvariantCulture),
        ["GREETING"] = "Built for " + _project,
    };

    private Task<CliRunner.Result> ComposeAsync(params string[] args) =>
        EngineCli.OkAsync(RepositoryPaths.Root, Variables, ["-f", RepositoryPaths.Example("build"), "-p", _project, "--progress", "plain", .. args]);

    [DockerFact]
    public async Task The_built_web_serves_its_page_the_fetcher_gets_it_and_a_rebuild_changes_nothing()
    {
        await ComposeAsync("up", "-d", "--build");
        var ids = await DockerCli.OkAsync("ps", "-q", "--no-trunc", "--filter", $"label=com.docker.compose.project={_project}");

        (await LoopbackPage.FetchAsync(_port)).Should().Contain($"<h1>Built for {_project}</h1>");
        (await FetcherLogAsync()).Should().Contain($"fetched: <h1>Built for {_project}</h1>");
        var again = await ComposeAsync("up", "-d", "--build");
        again.Error.Should().Contain($"Image {_project}-web  Built (cached)").And.NotContain("Recreate");
        (await DockerCli.OkAsync("ps", "-q", "--no-trunc", "--filter", $"label=com.docker.compose.project={_project}")).Should().Be(ids);

        await ComposeAsync("down", "--rmi", "local");
        (await DockerCli.OkAsync("images", "-q", "--filter", $"label=com.docker.compose.project={_project}")).Should().BeEmpty();
    }

    /// <summary>The fetcher's output once it has fetched the page (it retries every 5 s while web starts).</summary>
    private async Task<string> FetcherLogAsync()
    {
        var logs = "";
        for (var attempt = 0; attempt < 100 && !logs.Contains("fetched:", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            logs = (await DockerCli.RunAsync("logs", $"{_project}-fetcher-1")).Out;
        }

        return logs;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => DockerCli.PurgeProjectAsync(_project);
}
