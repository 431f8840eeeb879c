using System.Text.Json;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>ps, ls, port, top, images, stats against a running stack, each checked against what docker itself reports.</summary>
[Collection(RunningStackCollection.Name)]
public sealed class QueryCommandTests(RunningStack stack)
{
    private ComposeProject Project => stack.Project;

    [DockerFact]
    public async Task Ps_json_lists_exactly_the_containers_the_engine_runs()
    {
        var result = await Project.OkAsync("ps", "--format", "json");

        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // Shortened as docker compose's formatter gives them unless --no-trunc.
        rows.Select(r => r.GetProperty("ID").GetString()).Order(StringComparer.Ordinal).Should().Equal((await Project.ContainerIdsAsync()).Select(id => id[..12]));
        rows.Select(r => r.GetProperty("Name").GetString()).Should().Equal(Project.Container("web"), Project.Container("worker"));
        rows.Select(r => r.GetProperty("State").GetString()).Should().OnlyContain(s => s == "running");
        var web = rows[0].GetProperty("Publishers")[0];
        web.GetProperty("PublishedPort").GetInt32().Should().Be(stack.WebPort);
        (await Project.OkAsync("ps", "-q")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)
            .Should().Equal(await Project.ContainerIdsAsync());
    }

    [DockerFact]
    public async Task Ps_table_shows_the_engine_status_and_ports()
    {
        var result = await Project.OkAsync("ps", "web");

        var status = await DockerCli.OkAsync("inspect", Project.Container("web"), "--format", "{{.State.Status}}");
        status.Should().Be("running");
        result.Out.Should().StartWith("NAME").And.Contain($"127.0.0.1:{stack.WebPort}->80/tcp").And.Contain(" Up ").And.NotContain("worker");
    }

    [DockerFact]
    public async Task Ls_finds_the_project_from_its_labels_without_a_compose_file()
    {
        var result = await EngineCli.OkAsync(Path.GetTempPath(), null, "ls", "--format", "json", "--filter", $"name={Project.Name}");

        using var json = JsonDocument.Parse(result.Out);
        var entry = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        entry.GetProperty("Name").GetString().Should().Be(Project.Name);
        entry.GetProperty("Status").GetString().Should().Be("running(2)");
        entry.GetProperty("ConfigFiles").GetString().Should().Be(Project.File);
        (await EngineCli.OkAsync(Path.GetTempPath(), null, "ls", "-q")).Out.Split('\n').Should().Contain(Project.Name);
    }

    [DockerFact]
    public async Task Port_agrees_with_docker_port()
    {
        var result = await Project.OkAsync("port", "web", "80");

        result.Out.Trim().Should().Be(await DockerCli.OkAsync("port", Project.Container("web"), "80/tcp"));
    }

    [DockerFact]
    public async Task Top_shows_the_processes_docker_top_shows()
    {
        var result = await Project.OkAsync("top", "worker");

        // docker top's own columns (its PID column): with ps arguments Podman 4.3 would show host PIDs, without them the
        // container's, as composectl's top does (which PIDs each engine shows is in docs/runtime.md).
        var rows = (await DockerCli.OkAsync("top", Project.Container("worker"))).Split('\n');
        var pidColumn = Array.IndexOf(rows[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), "PID");
        var pids = rows.Skip(1).Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[pidColumn]);
        result.Out.Should().StartWith(Project.Container("worker") + "\n").And.Contain("sleep 3600");
        foreach (var pid in pids)
        {
            result.Out.Should().Contain(pid);
        }
    }

    [DockerFact]
    public async Task Images_name_the_image_each_container_was_created_from()
    {
        var json = await Project.OkAsync("images", "--format", "json");
        var quiet = await Project.OkAsync("images", "-q");

        var fullId = await DockerCli.OkAsync("inspect", Project.Container("web"), "--format", "{{.Image}}");
        var imageId = fullId.Replace("sha256:", "")[..12];
        quiet.Out.Should().Be(imageId + "\n");
        using var document = JsonDocument.Parse(json.Out);
        // docker compose's JSON carries the full image id (its table the short one).
        document.RootElement.EnumerateArray().Select(r => (r.GetProperty("ContainerName").GetString(), r.GetProperty("Repository").GetString(), r.GetProperty("ID").GetString()))
            .Should().Equal((Project.Container("web"), "busybox", fullId), (Project.Container("worker"), "busybox", fullId));
    }

    [DockerFact]
    public async Task Stats_no_stream_samples_every_running_container_once()
    {
        var result = await Project.OkAsync("stats", "--no-stream", "--format", "json");

        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        rows.Select(r => r.GetProperty("Name").GetString()).Should().Equal(Project.Container("web"), Project.Container("worker"));
        rows.Should().OnlyContain(r => int.Parse(r.GetProperty("PIDs").GetString()!) > 0 && r.GetProperty("MemUsage").GetString()!.Contains(" / "));
    }
}
