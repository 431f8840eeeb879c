using Compose.Watching;

namespace Compose.Tests.Watching;

public sealed class WatchBatchPlannerTests
{
    private const string Yaml = """
        services:
          web:
            build: ./web
            develop:
              watch:
                - path: ./web/src
                  action: sync
                  target: /app/src/
                - path: ./web/package.json
                  action: rebuild
                - path: ./web/src/config
                  action: sync+restart
                  target: /etc/web
          worker:
            image: busybox:latest
            develop:
              watch:
                - path: ./worker
                  action: sync+exec
                  target: /work
                  exec:
                    command: ["kill", "-HUP", "1"]
                - path: ./worker/jobs
                  action: restart
        """;

    [Fact]
    public async Task A_batch_touching_a_rebuild_rule_rebuilds_its_service_once_and_does_not_restart_it()
    {
        var (plan, root) = await WatchPlanTests.PlanAsync(Yaml);

        var actions = WatchBatchPlanner.Plan(plan, [$"{root}/web/package.json", $"{root}/web/package.json", $"{root}/web/src/config/app.ini"]);

        var web = actions.Should().ContainSingle().Which;
        web.Rebuild.Should().BeTrue();
        web.Restart.Should().BeFalse("the rebuilt container has just started");
    }

    [Fact]
    public async Task Sync_paths_map_to_the_target_plus_the_path_relative_to_the_rule()
    {
        var (plan, root) = await WatchPlanTests.PlanAsync(Yaml);

        var actions = WatchBatchPlanner.Plan(plan, [$"{root}/web/src/lib/util.js", $"{root}/web/src", $"{root}/web/src/config/app.ini"]);

        var web = actions.Should().ContainSingle().Which;
        web.Syncs.Select(s => $"{Path.GetRelativePath(root, s.HostPath)} -> {s.ContainerPath}").Should().Equal(
            "web/src -> /app/src",
            "web/src/config/app.ini -> /app/src/config/app.ini",
            "web/src/lib/util.js -> /app/src/lib/util.js",
            "web/src/config/app.ini -> /etc/web/app.ini");
        web.Restart.Should().BeTrue("a sync+restart rule matched");
        web.Rebuild.Should().BeFalse();
    }

    [Fact]
    public async Task Exec_hooks_run_once_per_rule_and_restarts_once_per_service()
    {
        var (plan, root) = await WatchPlanTests.PlanAsync(Yaml);

        var actions = WatchBatchPlanner.Plan(plan, [$"{root}/worker/a.sh", $"{root}/worker/b.sh", $"{root}/worker/jobs/x.sh", $"{root}/worker/jobs/y.sh"]);

        var worker = actions.Should().ContainSingle().Which;
        worker.Service.Should().Be("worker");
        worker.Execs.Should().ContainSingle().Which.Command.Should().Equal("kill", "-HUP", "1");
        worker.Restart.Should().BeTrue();
        worker.Syncs.Should().HaveCount(4);
    }

    [Fact]
    public async Task Changes_no_rule_takes_plan_nothing()
    {
        var (plan, root) = await WatchPlanTests.PlanAsync(Yaml);

        WatchBatchPlanner.Plan(plan, [$"{root}/README.md", $"{root}/web/src/.main.js.swp"]).Should().BeEmpty();
    }

    [Fact]
    public async Task Each_service_gets_its_own_actions_in_name_order()
    {
        var (plan, root) = await WatchPlanTests.PlanAsync(Yaml);

        var actions = WatchBatchPlanner.Plan(plan, [$"{root}/worker/jobs/x.sh", $"{root}/web/src/a.js"]);

        actions.Select(a => a.Service).Should().Equal("web", "worker");
    }
}
