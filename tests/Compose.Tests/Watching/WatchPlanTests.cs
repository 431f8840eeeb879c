using Compose.Errors;
using Compose.Model;
using Compose.Watching;

namespace Compose.Tests.Watching;

public sealed class WatchPlanTests
{
    private const string Yaml = """
        services:
          web:
            build: ./web
            develop:
              watch:
                - path: ./web/src
                  action: sync
                  target: /app/src
                  ignore: [node_modules/, "*.log"]
                - path: ./web/package.json
                  action: rebuild
          docs:
            image: busybox:latest
            develop:
              watch:
                - path: ./docs
                  action: sync+restart
                  target: /srv
                  include: ["*.md"]
          db:
            image: busybox:latest
        """;

    [Fact]
    public async Task A_path_under_a_rule_triggers_it_and_one_outside_every_rule_triggers_nothing()
    {
        var (plan, root) = await PlanAsync(Yaml);

        Services(plan, $"{root}/web/src/app.js").Should().Equal("web:sync");
        Services(plan, $"{root}/web/src/lib/deep/util.js").Should().Equal("web:sync");
        Services(plan, $"{root}/web/package.json").Should().Equal("web:rebuild");
        Services(plan, $"{root}/web/srcs/app.js").Should().BeEmpty("a sibling that shares the prefix is not under the rule");
        Services(plan, $"{root}/compose.yaml").Should().BeEmpty();
    }

    [Fact]
    public async Task Rule_ignores_are_relative_to_the_rule_path_and_cover_directories()
    {
        var (plan, root) = await PlanAsync(Yaml);

        Services(plan, $"{root}/web/src/node_modules/react/index.js").Should().BeEmpty();
        Services(plan, $"{root}/web/src/debug.log").Should().BeEmpty();
        Services(plan, $"{root}/web/src/logs/app.js").Should().Equal("web:sync");
    }

    [Fact]
    public async Task Include_patterns_select_only_matching_paths()
    {
        var (plan, root) = await PlanAsync(Yaml);

        Services(plan, $"{root}/docs/index.md").Should().Equal("docs:sync+restart");
        Services(plan, $"{root}/docs/index.html").Should().BeEmpty();
    }

    [Theory]
    [InlineData("web/src/.git/index")]
    [InlineData("web/src/app.js~")]
    [InlineData("web/src/.app.js.swp")]
    [InlineData("web/src/.app.js.swx")]
    [InlineData("web/src/4913")]
    [InlineData("web/src/.#app.js")]
    [InlineData("web/src/#app.js#")]
    [InlineData("web/src/app.js___jb_tmp___")]
    public async Task Git_directories_and_editor_temporary_files_are_ignored_by_default(string path)
    {
        var (plan, root) = await PlanAsync(Yaml);

        Services(plan, $"{root}/{path}").Should().BeEmpty();
    }

    [Fact]
    public async Task The_build_context_dockerignore_applies_relative_to_the_context()
    {
        var (plan, root) = await PlanAsync(Yaml, ("web/.dockerignore", "src/generated\n"));

        Services(plan, $"{root}/web/src/generated/api.js").Should().BeEmpty();
        Services(plan, $"{root}/web/src/api.js").Should().Equal("web:sync");
    }

    [Fact]
    public async Task Services_without_rules_are_skipped()
    {
        var (plan, _) = await PlanAsync(Yaml);

        plan.Services.Should().Equal("docs", "web");
    }

    [Fact]
    public async Task Selecting_only_services_without_rules_is_an_error_that_says_what_to_add()
    {
        var project = await TestProjects.ProjectAsync(Yaml);

        var act = () => WatchPlan.CreateAsync(project, ["db"], default);

        (await act.Should().ThrowAsync<ComposeException>()).Which.Message.Should().Contain("develop.watch").And.Contain("'develop: watch:'");
    }

    [Fact]
    public async Task A_rebuild_rule_on_a_service_without_build_is_an_error_naming_the_service()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              api:
                image: busybox:latest
                develop:
                  watch:
                    - path: ./src
                      action: rebuild
            """);

        var act = () => WatchPlan.CreateAsync(project, ["api"], default);

        (await act.Should().ThrowAsync<ComposeException>()).Which.Message.Should().StartWith("service api:").And.Contain("rebuild").And.Contain("no build section");
    }

    [Fact]
    public async Task A_sync_rule_without_target_is_an_error()
    {
        var project = await TestProjects.ProjectAsync("services:\n  api:\n    image: busybox:latest\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n");

        var act = () => WatchPlan.CreateAsync(project, ["api"], default);

        (await act.Should().ThrowAsync<ComposeException>()).Which.Message.Should().Contain("no target");
    }

    [Fact]
    public async Task A_sync_rule_on_a_bind_mounted_path_is_skipped_with_a_warning()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              api:
                image: busybox:latest
                volumes: ["./src:/app"]
                develop:
                  watch:
                    - path: ./src/lib
                      action: sync
                      target: /app/lib
                    - path: ./config
                      action: restart
            """);

        var plan = await WatchPlan.CreateAsync(project, ["api"], default);

        plan.Triggers.Select(t => t.Rule.Action).Should().Equal(WatchRule.Restart);
        plan.Warnings.Should().ContainSingle().Which.Should().Contain("bind-mounted");
    }

    [Fact]
    public async Task Roots_leave_out_paths_below_another_watched_path()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              api:
                image: busybox:latest
                develop:
                  watch:
                    - path: ./src
                      action: restart
                    - path: ./src/static
                      action: sync
                      target: /static
                    - path: ./config
                      action: restart
            """);

        var plan = await WatchPlan.CreateAsync(project, ["api"], default);

        plan.Roots.Should().Equal($"{project.WorkingDirectory}/config", $"{project.WorkingDirectory}/src");
    }

    private static IEnumerable<string> Services(WatchPlan plan, string path) => plan.TriggersFor(path).Select(t => $"{t.Service}:{t.Rule.Action}");

    internal static async Task<(WatchPlan Plan, string Root)> PlanAsync(string yaml, params (string Path, string Content)[] files)
    {
        var project = await TestProjects.ProjectAsync(yaml);
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(project.WorkingDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, content);
        }

        Directory.CreateDirectory(Path.Combine(project.WorkingDirectory, "web"));
        return (await WatchPlan.CreateAsync(project, project.Services.Keys, default), project.WorkingDirectory);
    }
}
