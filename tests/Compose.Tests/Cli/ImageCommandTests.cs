using Compose.Tests.Images;

namespace Compose.Tests.Cli;

/// <summary>build, pull, push and the image flags of up over the fake engine: flags, output, exit codes, recreation.</summary>
public sealed class ImageCommandTests : IDisposable
{
    private const string Stack = """
        services:
          web:
            build: ./web
          client:
            build:
              context: ./client
              args: { MODE: "${MODE:-plain}" }
            depends_on: [web]
          db:
            image: r.local/db:1
        """;

    private readonly FakeContainerRuntime _engine = new() { KnownImagesOnly = true, Clock = new ManualTimeProvider() };
    private BuildProject? _project;

    private async Task<CliRunner.Result> RunAsync(params string[] args)
    {
        _project ??= await BuildProject.CreateAsync(Stack, ("web/Dockerfile", "FROM busybox:latest\n"), ("client/Dockerfile", "FROM busybox:latest\nARG MODE\n"));
        return await CliRunner.RunAsync(_project.Directory, null, _engine, null, ["-p", "demo", "--progress", "plain", .. args]);
    }

    public ImageCommandTests() => _engine.SeedRegistry("r.local/db:1", "sha256:db");

    public void Dispose() => _project?.Dispose();

    [Fact]
    public async Task Up_pulls_and_builds_what_is_missing_then_a_second_up_does_nothing()
    {
        var first = await RunAsync("up", "-d");
        var calls = _engine.CallTexts.Count;
        var second = await RunAsync("up", "-d");

        first.ExitCode.Should().Be(0, first.Error);
        _engine.Calls.Take(calls).Where(c => c.Kind == "image").Select(c => c.Text).Should().BeEquivalentTo("pull image r.local/db:1", "build image demo-web", "build image demo-client");
        first.Error.Should().Contain(" Image demo-web  Built").And.Contain(" Image r.local/db:1  Pulled 2kB");
        second.ExitCode.Should().Be(0, second.Error);
        _engine.CallTexts.Skip(calls).Should().BeEmpty("images are present and nothing changed");
        second.Error.Should().Contain(" Container demo-db-1  Running").And.Contain(" Container demo-web-1  Running");
    }

    [Fact]
    public async Task Up_build_with_nothing_changed_recreates_nothing_and_a_changed_dockerfile_recreates_only_its_service()
    {
        (await RunAsync("up", "-d")).ExitCode.Should().Be(0);
        var ids = _engine.Containers.ToDictionary(c => c.Name, c => c.Id);

        var unchanged = await RunAsync("up", "-d", "--build");
        _engine.Containers.ToDictionary(c => c.Name, c => c.Id).Should().Equal(ids);
        await _project!.WriteAsync("client/Dockerfile", "FROM busybox:latest\nARG MODE\nRUN echo changed\n");
        var changed = await RunAsync("up", "-d", "--build");

        unchanged.ExitCode.Should().Be(0, unchanged.Error);
        changed.ExitCode.Should().Be(0, changed.Error);
        var now = _engine.Containers.ToDictionary(c => c.Name, c => c.Id);
        now["demo-client-1"].Should().NotBe(ids["demo-client-1"]);
        now["demo-web-1"].Should().Be(ids["demo-web-1"]);
        now["demo-db-1"].Should().Be(ids["demo-db-1"]);
        changed.Error.Should().Contain("Container demo-client-1  Recreated").And.NotContain("demo-web-1  Recreated");
    }

    [Fact]
    public async Task Dry_run_and_plan_show_the_image_lines_before_the_container_steps_and_change_nothing()
    {
        var dryRun = await RunAsync("up", "--dry-run");
        var plan = await RunAsync("plan", "--build", "web");

        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().StartWith(Tests.Planning.Golden.Text("""
            image:demo-client, BuildImage, not present locally (client)
            image:demo-web, BuildImage, not present locally (web)
            image:r.local/db:1, PullImage, not present locally (db)
            [] -> #1 network:default, CreateNetwork, not found
            """));
        plan.Out.Should().StartWith("image:demo-web, BuildImage, --build (web)\n[] -> #1");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task No_build_refuses_a_missing_built_image_and_build_with_no_build_is_a_usage_error()
    {
        var missing = await RunAsync("up", "-d", "--no-build", "web");
        var both = await RunAsync("up", "--build", "--no-build");
        var badPull = await RunAsync("up", "--pull", "sometimes");

        missing.ExitCode.Should().Be(1);
        missing.Error.Should().Contain("Error: service web: image demo-web is not present locally and --no-build forbids building it; run 'composectl build web' first.");
        both.ExitCode.Should().Be(2);
        both.Error.Should().Contain("--build and --no-build are incompatible");
        badPull.ExitCode.Should().Be(2);
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task Build_builds_each_image_once_with_the_flags_build_args_and_quietly_with_q()
    {
        var result = await RunAsync("build", "--no-cache", "--pull", "--build-arg", "MODE=fast", "--parallel");
        var quiet = await RunAsync("build", "-q", "web");

        result.ExitCode.Should().Be(0, result.Error);
        _engine.Builds.Should().HaveCount(3);
        var client = _engine.Builds.First(b => b.Spec.Tags[0] == "demo-client").Spec;
        (client.NoCache, client.Pull, client.BuildArgs["MODE"]).Should().Be((true, true, "fast"));
        result.Error.Should().Contain(" demo-web Step 1/2  FROM busybox:latest");
        quiet.ExitCode.Should().Be(0, quiet.Error);
        quiet.Error.Should().BeEmpty();
        _engine.Calls.Should().NotContain(c => c.Verb == "pull");
    }

    [Fact]
    public async Task Up_quiet_build_builds_without_the_build_output_and_still_shows_the_containers()
    {
        var result = await RunAsync("up", "-d", "--quiet-build");

        result.ExitCode.Should().Be(0, result.Error);
        _engine.Builds.Should().HaveCount(2);
        result.Error.Should().NotContain("Step 1/").And.NotContain(" Image demo-web ");
        result.Error.Should().Contain(" Container demo-web-1  Started");
    }

    [Fact]
    public async Task A_failed_build_exits_1_naming_the_image_service_and_step()
    {
        _engine.FailImage("build", "demo-web", "The command '/bin/sh -c make' returned a non-zero code: 2");

        var result = await RunAsync("build", "web");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("Error: building image demo-web (service web) failed at Step 2/2 : RUN make: The command '/bin/sh -c make' returned a non-zero code: 2\n  | compiling...");
    }

    [Fact]
    public async Task Pull_exits_1_on_a_failure_unless_ignored_and_the_policy_flag_is_checked()
    {
        _engine.FailImage("pull", "r.local/db:1", "manifest unknown");
        var failed = await RunAsync("pull");
        _engine.FailImage("pull", "r.local/db:1", "manifest unknown");
        var ignored = await RunAsync("pull", "--ignore-pull-failures", "-q");
        var badPolicy = await RunAsync("pull", "--policy", "never");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Contain("Error: pull image r.local/db:1 from registry r.local: manifest unknown (service db)");
        failed.Error.Should().Contain("Service web  Skipped: no image to be pulled");
        ignored.ExitCode.Should().Be(0);
        ignored.Error.Should().Be(" Image r.local/db:1  Error: manifest unknown\nWARN[0000] pull image r.local/db:1 from registry r.local: manifest unknown (service db)\n", "-q keeps failures only");
        badPolicy.ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task Under_progress_quiet_a_failed_pull_a_build_replaces_is_a_warning_and_one_nothing_replaces_fails()
    {
        _project?.Dispose();
        _project = await BuildProject.CreateAsync("services: { api: { image: r.local/api:2, build: ./api } }", ("api/Dockerfile", "FROM busybox:latest\n"));
        _engine.FailImage("pull", "r.local/api:2", "connection refused");

        var replaced = await CliRunner.RunAsync(_project.Directory, null, _engine, null, "-p", "demo", "--progress", "quiet", "up", "-d");
        _engine.FailImage("pull", "r.local/db:1", "connection refused");
        await _project.WriteAsync("compose.yaml", "services: { db: { image: r.local/db:1 } }");
        var unreplaced = await CliRunner.RunAsync(_project.Directory, null, _engine, null, "-p", "demo", "--progress", "quiet", "up", "-d");

        replaced.ExitCode.Should().Be(0, replaced.Error);
        replaced.Error.Should().Be(" Image r.local/api:2  Pull failed, building it: pull image r.local/api:2 from registry r.local: connection refused\n");
        _engine.Builds.Should().ContainSingle();
        unreplaced.ExitCode.Should().Be(1);
        unreplaced.Error.Should().Contain("Error: pull image r.local/db:1 from registry r.local: connection refused (service db)");
    }

    [Fact]
    public async Task Pull_of_an_image_a_service_builds_warns_instead_of_printing_an_error()
    {
        _project?.Dispose();
        _project = await BuildProject.CreateAsync("services: { api: { image: r.local/api:2, build: ./api } }", ("api/Dockerfile", "FROM busybox:latest\n"));
        _engine.FailImage("pull", "r.local/api:2", "connection refused");

        var result = await CliRunner.RunAsync(_project.Directory, null, _engine, null, "-p", "demo", "--progress", "quiet", "pull");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().NotContain("Error").And.Contain(" Image r.local/api:2  Pull failed, build it instead: pull image r.local/api:2 from registry r.local: connection refused");
    }

    [Fact]
    public async Task Push_after_build_sends_the_named_images()
    {
        _project?.Dispose();
        _project = await BuildProject.CreateAsync("services: { api: { image: r.local/api:2, build: ./api } }", ("api/Dockerfile", "FROM busybox:latest\n"));

        var result = await RunAsync("build", "--push");
        var dryRun = await RunAsync("push", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        _engine.CallTexts.Should().Equal("build image r.local/api:2", "push image r.local/api:2");
        dryRun.Out.Should().Be("image:r.local/api:2, PushImage, push (api)\n");
    }

    [Fact]
    public async Task Run_with_build_builds_the_service_and_its_dependencies_images_first()
    {
        (await RunAsync("build")).ExitCode.Should().Be(0);
        var builds = _engine.Builds.Count;

        var result = await RunAsync("run", "-d", "--build", "client", "true");

        result.ExitCode.Should().Be(0, result.Error);
        _engine.Builds.Skip(builds).Select(b => b.Spec.Tags[0]).Should().BeEquivalentTo("demo-client", "demo-web");
        _engine.Calls.Should().Contain(c => c.Verb == "create" && c.Kind == "container" && c.Subject.StartsWith("demo-client-run-", StringComparison.Ordinal));
    }
}
