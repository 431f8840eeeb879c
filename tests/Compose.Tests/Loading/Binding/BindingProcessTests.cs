using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingProcessTests
{
    private static async Task<(Project Project, Service Web)> LoadAsync(string keys)
    {
        var project = await TestProjects.ProjectAsync($"services:\n  web:\n    image: x\n{keys}");
        return (project, project.Services["web"]);
    }

    [Fact]
    public async Task Commands_split_like_a_shell_and_lists_stay_as_written()
    {
        var (_, web) = await LoadAsync("    command: sh -c 'echo \"a b\"'\n    entrypoint: [\"/bin/tini\", \"--\"]\n");

        web.Command.Should().Equal("sh", "-c", "echo \"a b\"");
        web.Entrypoint.Should().Equal("/bin/tini", "--");
    }

    [Fact]
    public async Task Hosts_dns_expose_and_tmpfs_take_their_short_forms()
    {
        var (_, web) = await LoadAsync("    extra_hosts: [\"db=10.0.0.2\", \"db:10.0.0.3\", \"v6=::1\"]\n    dns: 8.8.8.8\n    expose: [80, \"53/udp\", 8000-8001]\n    tmpfs: /run\n");

        web.ExtraHosts["db"].Should().Equal("10.0.0.2", "10.0.0.3");
        web.ExtraHosts["v6"].Should().Equal("::1");
        web.Dns.Should().Equal("8.8.8.8");
        web.Expose.Should().Equal("80", "53/udp", "8000-8001");
        web.Tmpfs.Should().Equal("/run");
    }

    [Fact]
    public async Task Hooks_and_watch_rules_bind_with_absolute_paths()
    {
        var (project, web) = await LoadAsync("""
                post_start: [{command: chown -R app /data, user: root}]
                pre_stop: [{command: [./flush.sh], environment: [MODE=fast]}]
                develop:
                  watch:
                    - {path: ./src, action: sync, target: /app/src, ignore: node_modules}
                    - {path: package.json, action: rebuild}

            """);

        web.PostStart.Should().ContainSingle().Which.Should().Match<ServiceHook>(h => h.User == "root" && h.Command.SequenceEqual(new[] { "chown", "-R", "app", "/data" }));
        web.PreStop.Single().Environment.Should().Equal(new Dictionary<string, string?> { ["MODE"] = "fast" });
        web.Develop!.Watch.Select(w => (w.Path, w.Action)).Should().Equal(
            (Path.Combine(project.WorkingDirectory, "src"), "sync"),
            (Path.Combine(project.WorkingDirectory, "package.json"), "rebuild"));
        web.Develop.Watch[0].Ignore.Should().Equal("node_modules");
    }

    [Theory]
    [InlineData("    restart: sometimes\n", "compose.yaml:4:14: services.web.restart: 'sometimes' is not a restart policy; use no, always, on-failure, on-failure:N or unless-stopped.")]
    [InlineData("    pull_policy: hourly\n", "compose.yaml:4:18: services.web.pull_policy: 'hourly' is not a pull policy; use always, never, missing, build, refresh, daily, weekly or every_<duration> (every_12h).")]
    [InlineData("    container_name: -bad\n", "compose.yaml:4:21: services.web.container_name: '-bad' is not a valid container name; use letters, digits, '_', '.' and '-', starting with a letter or digit.")]
    [InlineData("    expose: [http]\n", "compose.yaml:4:14: services.web.expose[0]: 'http' is not a port to expose; write it like 80, 8000-8010 or 53/udp.")]
    [InlineData("    tmpfs: run\n", "compose.yaml:4:12: services.web.tmpfs: 'run' is not a tmpfs mount; write it as an absolute path with optional options, like /run or /tmp:size=64m.")]
    [InlineData("    extra_hosts: [db]\n", "compose.yaml:4:19: services.web.extra_hosts[0]: 'db' is not a host entry; write it as HOST=IP (or HOST:IP).")]
    [InlineData("    command: echo 'oops\n", "compose.yaml:4:14: services.web.command: unterminated ' quote in \"echo 'oops\".")]
    [InlineData("    develop: {watch: [{path: ., action: reload}]}\n", "compose.yaml:4:41: services.web.develop.watch[0].action: 'reload' is not allowed here; use rebuild, sync, restart, sync+restart, sync+exec.")]
    [InlineData("    post_start: [{user: root}]\n", "compose.yaml:4:18: services.web.post_start[0]: 'command' is required here.")]
    public async Task Bad_process_settings_are_refused_at_their_line(string keys, string message)
    {
        var act = () => LoadAsync(keys);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }
}
