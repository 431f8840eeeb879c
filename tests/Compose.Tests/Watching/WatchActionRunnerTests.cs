using System.Formats.Tar;
using Compose.Errors;
using Compose.Model;
using Compose.Planning;
using Compose.Tests.Planning;
using Compose.Watching;

namespace Compose.Tests.Watching;

public sealed class WatchActionRunnerTests
{
    private const string Yaml = """
        services:
          web:
            image: busybox:latest
            scale: 2
            develop:
              watch:
                - path: ./src
                  action: sync+restart
                  target: /app
                  ignore: ["**/*.tmp"]
        """;

    private readonly StringWriter _log = new();

    [Fact]
    public async Task Sync_copies_existing_paths_into_every_running_container_and_removes_deleted_ones()
    {
        var (scenario, project) = await Scenario.UpAsync(Yaml);
        var src = Directory.CreateDirectory(Path.Combine(project.WorkingDirectory, "src")).FullName;
        await File.WriteAllTextAsync(Path.Combine(src, "main.js"), "hello");
        var plan = await WatchPlan.CreateAsync(project, ["web"], default);

        await Runner(scenario, project).RunAsync(WatchBatchPlanner.Plan(plan, [$"{src}/main.js", $"{src}/gone.js"]), default);

        foreach (var name in new[] { "test-web-1", "test-web-2" })
        {
            scenario.Engine.FilesOf(name).Keys.Should().Equal("/app/main.js");
            scenario.Engine.FilesOf(name)["/app/main.js"].Content.Should().Be("hello");
        }

        scenario.Engine.CallTexts.Should().Contain(["exec test-web-1: rm -rf /app/gone.js", "exec test-web-2: rm -rf /app/gone.js", "restart container test-web-1", "restart container test-web-2"]);
        _log.ToString().Should().Contain("Syncing service web after 2 change(s) were detected").And.Contain("service web restarted");
    }

    [Fact]
    public async Task A_new_directory_is_copied_with_its_contents_minus_what_the_rule_ignores()
    {
        var (scenario, project) = await Scenario.UpAsync(Yaml);
        var lib = Directory.CreateDirectory(Path.Combine(project.WorkingDirectory, "src", "lib", "deep")).FullName;
        await File.WriteAllTextAsync(Path.Combine(lib, "a.js"), "a");
        await File.WriteAllTextAsync(Path.Combine(lib, "scratch.tmp"), "x");
        var plan = await WatchPlan.CreateAsync(project, ["web"], default);

        await Runner(scenario, project).RunAsync(WatchBatchPlanner.Plan(plan, [$"{project.WorkingDirectory}/src/lib"]), default);

        scenario.Engine.FilesOf("test-web-1").Keys.Should().Equal("/app/lib/", "/app/lib/deep/", "/app/lib/deep/a.js");
    }

    [Fact]
    public async Task A_failed_rebuild_is_reported_and_the_other_actions_still_run()
    {
        var (scenario, project) = await Scenario.UpAsync(Yaml);
        Directory.CreateDirectory(Path.Combine(project.WorkingDirectory, "src"));
        await File.WriteAllTextAsync(Path.Combine(project.WorkingDirectory, "src", "main.js"), "v2");
        var plan = await WatchPlan.CreateAsync(project, ["web"], default);
        var batch = WatchBatchPlanner.Plan(plan, [$"{project.WorkingDirectory}/src/main.js"]);
        var rebuilder = new FailingRebuilder();

        await Runner(scenario, project, rebuilder).RunAsync([new ServiceActions("api") { Rebuild = true }, .. batch], default);

        rebuilder.Asked.Should().Equal("api");
        _log.ToString().Should().Contain("Rebuilding service(s) api failed: the build broke");
        scenario.Engine.FilesOf("test-web-1").Keys.Should().Equal("/app/main.js");
    }

    [Fact]
    public async Task A_failing_removal_is_reported_without_stopping_the_batch()
    {
        var (scenario, project) = await Scenario.UpAsync(Yaml);
        scenario.Engine.ExecExitCode = 1;
        var plan = await WatchPlan.CreateAsync(project, ["web"], default);

        await Runner(scenario, project).RunAsync(WatchBatchPlanner.Plan(plan, [$"{project.WorkingDirectory}/src/gone.js"]), default);

        _log.ToString().Should().Contain("Syncing service web failed: removing /app/gone.js").And.Contain("service web restarted");
    }

    [Fact]
    public async Task The_sync_archive_names_entries_by_container_path()
    {
        var project = await TestProjects.ProjectAsync(Yaml);
        var src = Directory.CreateDirectory(Path.Combine(project.WorkingDirectory, "src")).FullName;
        await File.WriteAllTextAsync(Path.Combine(src, "index.html"), "<p>");
        var trigger = (await WatchPlan.CreateAsync(project, ["web"], default)).Triggers.Single();

        using var archive = await SyncArchive.BuildAsync([new SyncPath($"{src}/index.html", "/app/index.html", trigger)], default);

        await using var reader = new TarReader(archive);
        var entry = await reader.GetNextEntryAsync();
        entry!.Name.Should().Be("app/index.html");
        entry.Uid.Should().Be(0);
        (await reader.GetNextEntryAsync()).Should().BeNull();
    }

    private WatchActionRunner Runner(Scenario scenario, Project project, IServiceRebuilder? rebuilder = null) =>
        new(scenario.Engine, project.Name, rebuilder ?? new FailingRebuilder(), _log);

    private sealed class FailingRebuilder : IServiceRebuilder
    {
        public List<string> Asked { get; } = [];

        public Task RebuildAsync(IReadOnlyList<string> services, CancellationToken cancellationToken)
        {
            Asked.AddRange(services);
            throw new ComposeException("the build broke");
        }
    }
}
