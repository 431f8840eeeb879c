using System.Diagnostics;
using Compose.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Compose.IntegrationTests.Cli;

/// <summary><c>watch</c> against the real engine, run as a process: files edited on the host reach the containers.</summary>
public sealed class WatchTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Yaml = """
        services:
          app:
            build: ./app
            init: true
            command: ["sleep", "3600"]
            develop:
              watch:
                - path: ./src
                  action: sync
                  target: /srv
                  ignore: ["*.tmp"]
                - path: ./conf
                  action: sync+restart
                  target: /etc/app
                - path: ./app
                  action: rebuild
        """;

    private ComposeProject _project = null!;

    public async Task InitializeAsync()
    {
        _project = await ComposeProject.CreateAsync("watch", Yaml);
        await _project.WriteAsync("app/Dockerfile", "FROM busybox:latest\nCOPY version /version\n");
        await _project.WriteAsync("app/version", "v1\n");
        await _project.WriteAsync("src/keep.txt", "keep\n");
        await _project.WriteAsync("conf/app.conf", "a=1\n");
    }

    public async Task DisposeAsync() => await _project.DisposeAsync();

    [DockerFact]
    public async Task Edits_deletions_and_config_changes_reach_the_container_and_ignored_files_do_not()
    {
        await using var watch = CliProcess.Start(_project, "watch", "--quiet");
        await watch.WaitForErrorAsync("Watch enabled");
        var container = _project.Container("app");

        var latency = Stopwatch.StartNew();
        await _project.WriteAsync("src/index.html", "<p>hello</p>\n");
        await EventuallyAsync(() => ReadAsync(container, "/srv/index.html"), "<p>hello</p>", "the edited file in the container");
        output.WriteLine($"write to visible in container: {latency.ElapsedMilliseconds} ms");

        await _project.WriteAsync("src/scratch.tmp", "ignored\n");
        await _project.WriteAsync("src/after.txt", "after\n");
        await EventuallyAsync(() => ReadAsync(container, "/srv/after.txt"), "after", "the file written after the ignored one");
        (await ReadAsync(container, "/srv/scratch.tmp")).Should().BeNull("*.tmp is ignored by the rule");

        File.Delete(Path.Combine(_project.Directory, "src", "index.html"));
        await EventuallyAsync(async () => await ReadAsync(container, "/srv/index.html") is null ? "gone" : "present", "gone", "the deleted file removed in the container");

        var startedAt = await StartedAtAsync(container);
        await _project.WriteAsync("conf/app.conf", "a=2\n");
        await EventuallyAsync(() => ReadAsync(container, "/etc/app/app.conf"), "a=2", "the synced configuration");
        await EventuallyAsync(async () => await StartedAtAsync(container) == startedAt ? "same" : "restarted", "restarted", "a restart after sync+restart");

        (await watch.InterruptAsync()).Should().Be(0, watch.Error);
        watch.Error.Should().Contain("Syncing service app after").And.Contain("service app restarted").And.Contain("Watch disabled");
    }

    [DockerFact]
    public async Task A_change_under_a_rebuild_rule_recreates_the_container_from_a_new_image()
    {
        await using var watch = CliProcess.Start(_project, "watch", "--quiet", "--prune");
        await watch.WaitForErrorAsync("Watch enabled");
        var before = await _project.ContainerIdsAsync();

        await _project.WriteAsync("app/version", "v2\n");
        await EventuallyAsync(() => ReadAsync(_project.Container("app"), "/version"), "v2", "the rebuilt image's content");

        var after = await _project.ContainerIdsAsync();
        after.Should().ContainSingle().And.NotIntersectWith(before, "the service was recreated");
        (await watch.InterruptAsync()).Should().Be(0, watch.Error);
        watch.Error.Should().Contain("Rebuilding service(s) app after changes were detected");
    }

    [DockerFact]
    public async Task Up_watch_brings_the_stack_up_syncs_changes_and_ctrl_c_stops_it()
    {
        await using var watch = CliProcess.Start(_project, "up", "--watch", "--quiet-build");
        await watch.WaitForErrorAsync("Watch enabled");
        var container = _project.Container("app");

        await _project.WriteAsync("src/from-up.txt", "synced by up --watch\n");
        await EventuallyAsync(() => ReadAsync(container, "/srv/from-up.txt"), "synced by up --watch", "the file written while up watches");

        (await watch.InterruptAsync()).Should().Be(130, watch.Error);
        (await DockerCli.OkAsync("inspect", "-f", "{{.State.Status}}", container)).Should().Be("exited", "Ctrl+C stops an attached up's stack");
    }

    private static async Task<string?> ReadAsync(string container, string path)
    {
        var result = await DockerCli.RunAsync("exec", container, "cat", path);
        return result.ExitCode == 0 ? result.Trimmed : null;
    }

    private static async Task<string> StartedAtAsync(string container) =>
        await DockerCli.OkAsync("inspect", "-f", "{{.State.StartedAt}}", container);

    /// <summary>Polls until <paramref name="read"/> gives <paramref name="expected"/>, at most 20 s.</summary>
    private static async Task EventuallyAsync(Func<Task<string?>> read, string expected, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string? last;
        while ((last = await read()) != expected)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"never saw {what}: expected '{expected}', last read '{last}'");
            }

            await Task.Delay(50);
        }
    }
}
