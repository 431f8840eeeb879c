using Compose.Runtime;

namespace Compose.Tests.Cli;

/// <summary>The lifecycle commands end to end over the fake engine: flags, plans, output and exit codes.</summary>
public class LifecycleCommandTests
{
    private const string Stack = """
        services:
          db:
            image: busybox
          web:
            image: busybox
            depends_on: [db]
        """;

    private readonly string _directory = TestTemp.Directory("composectl-cli-");
    private readonly FakeContainerRuntime _engine = new() { Clock = new ManualTimeProvider() };

    private async Task<CliRunner.Result> RunAsync(string yaml, params string[] args)
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "compose.yaml"), yaml);
        return await CliRunner.RunAsync(_directory, null, _engine, null, ["-p", "demo", .. args]);
    }

    [Fact]
    public async Task Plan_prints_the_steps_of_up_and_changes_nothing()
    {
        var result = await RunAsync(Stack, "plan");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(Tests.Planning.Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:db:1, CreateContainer, no existing container
            [1] -> #3 service:web:1, CreateContainer, no existing container
            [2] -> #4 service:db:1, StartContainer, created
            [3,4] -> #5 service:web:1, StartContainer, created
            """));
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task Run_dry_run_prints_the_dependencies_plan_and_the_one_off_and_changes_nothing()
    {
        var result = await RunAsync(Stack, "--dry-run", "run", "web", "echo", "hi");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().MatchRegex(
            @"^\[\] -> #1 network:default, CreateNetwork, not found\n\[1\] -> #2 service:db:1, CreateContainer, no existing container\n" +
            @"\[2\] -> #3 service:db:1, StartContainer, created\n" +
            @"\[1\] -> #4 container:demo-web-run-[0-9a-f]{12}, CreateContainer, one-off container of web\n" +
            @"\[3,4\] -> #5 container:demo-web-run-[0-9a-f]{12}, StartContainer, run\n$");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task Run_rm_dry_run_plans_the_removal_once_the_one_off_has_exited()
    {
        var result = await RunAsync(Stack, "--dry-run", "run", "--rm", "--no-deps", "web", "true");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().MatchRegex(
            @"^\[\] -> #1 network:default, CreateNetwork, not found\n" +
            @"\[1\] -> #2 container:demo-web-run-[0-9a-f]{12}, CreateContainer, one-off container of web\n" +
            @"\[1,2\] -> #3 container:demo-web-run-[0-9a-f]{12}, StartContainer, run\n" +
            @"\[3\] -> #4 container:demo-web-run-[0-9a-f]{12}, RemoveContainer, run --rm, once it has exited\n$");
    }

    [Fact]
    public async Task Run_carries_out_its_plan_attaching_before_the_start_and_removing_the_one_off_after_its_exit()
    {
        _engine.ExitOnStart("web", 3);

        var result = await RunAsync(Stack, "run", "--rm", "web", "false");

        result.ExitCode.Should().Be(3, result.Error);
        _engine.CallTexts.Should().ContainInOrder("create container demo-db-1", "start container demo-db-1");
        var oneOff = _engine.Calls.Single(c => c is { Verb: "create", Kind: "container" } && c.Subject.StartsWith("demo-web-run-", StringComparison.Ordinal)).Subject;
        _engine.Calls.Where(c => c.Subject == oneOff).Select(c => c.Verb).Should().Equal("create", "attach", "start", "remove");
        _engine.Containers.Select(c => c.Name).Should().NotContain(oneOff);
    }

    [Fact]
    public async Task Run_remove_orphans_plans_the_removal_of_containers_of_services_gone_from_the_file()
    {
        (await RunAsync(Stack + "\n  old:\n    image: busybox\n", "up", "-d")).ExitCode.Should().Be(0);

        var result = await RunAsync(Stack, "--dry-run", "run", "--remove-orphans", "web", "true");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith(Tests.Planning.Golden.Text("""
            [] -> #1 service:old:1, StopContainer, orphan
            [1] -> #2 service:old:1, RemoveContainer, orphan
            """));
        _engine.Containers.Select(c => c.Name).Should().Contain("demo-old-1", "a dry run removes nothing");
    }

    [Theory]
    [InlineData("up", "-d", "-y")]
    [InlineData("create", "--yes")]
    public async Task The_yes_flag_of_scripts_is_accepted_and_changes_nothing(params string[] args)
    {
        var plain = await RunAsync(Stack, "plan", "up");
        var result = await RunAsync(Stack, [.. args, "--dry-run"]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(args[0] == "up" ? plain.Out : (await RunAsync(Stack, "plan", "up", "--no-start")).Out);
    }

    [Fact]
    public async Task Naming_a_service_on_the_command_line_enables_its_profile()
    {
        const string withProfile = "services:\n  app:\n    image: busybox\n  tool:\n    image: busybox\n    profiles: [debug]\n";

        var all = await RunAsync(withProfile, "up", "-d", "--dry-run");
        var named = await RunAsync(withProfile, "up", "-d", "--dry-run", "tool");

        all.Out.Should().Contain("service:app:1").And.NotContain("service:tool:1");
        named.ExitCode.Should().Be(0, named.Error);
        named.Out.Should().Contain("service:tool:1").And.NotContain("service:app:1");
    }

    [Fact]
    public async Task Up_dry_run_prints_the_same_plan_and_changes_nothing()
    {
        var plan = await RunAsync(Stack, "plan", "up", "--no-start");
        var dryRun = await RunAsync(Stack, "up", "--no-start", "--dry-run");

        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().Be(plan.Out).And.Contain("CreateContainer").And.NotContain("StartContainer");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task After_up_the_plan_is_empty_and_plan_down_shows_the_removal()
    {
        (await RunAsync(Stack, "up", "-d")).ExitCode.Should().Be(0);

        var up = await RunAsync(Stack, "plan", "up");
        var down = await RunAsync(Stack, "plan", "down", "--rmi", "all");

        up.Out.Should().BeEmpty();
        down.Out.Should().Contain("service:web:1, StopContainer, project down").And.Contain("image:busybox, RemoveImage, down --rmi all");
    }

    [Fact]
    public async Task Down_by_project_name_works_without_the_compose_files()
    {
        (await RunAsync(Stack, "up", "-d")).ExitCode.Should().Be(0);
        var empty = TestTemp.Directory("composectl-nofiles-");

        var result = await CliRunner.RunAsync(empty, null, _engine, null, "-p", "demo", "down");

        result.ExitCode.Should().Be(0, result.Error);
        _engine.Containers.Should().BeEmpty();
        _engine.Networks.Should().BeEmpty();
        _engine.CallTexts.Should().ContainInOrder("stop container demo-web-1", "stop container demo-db-1");
    }

    [Fact]
    public async Task Down_with_nothing_to_remove_says_so()
    {
        var result = await RunAsync(Stack, "down");

        result.ExitCode.Should().Be(0);
        result.Error.Should().Contain("No resource found to remove for project \"demo\".");
    }

    [Fact]
    public async Task Rm_asks_first_unless_forced()
    {
        (await RunAsync(Stack, "up", "-d")).ExitCode.Should().Be(0);
        (await RunAsync(Stack, "stop", "web")).ExitCode.Should().Be(0);

        var declined = await CliRunner.RunAsync(_directory, null, _engine, "n\n", "-p", "demo", "rm");
        _engine.Containers.Should().HaveCount(2);
        var accepted = await CliRunner.RunAsync(_directory, null, _engine, "y\n", "-p", "demo", "rm");

        declined.Error.Should().Contain("Going to remove demo-web-1");
        accepted.ExitCode.Should().Be(0, accepted.Error);
        _engine.Containers.Select(c => c.Name).Should().Equal("demo-db-1");
    }

    [Fact]
    public async Task Up_warns_once_about_orphans_unless_told_to_ignore_them()
    {
        (await RunAsync(Stack + "\n  old:\n    image: busybox\n", "up", "-d")).ExitCode.Should().Be(0);

        var warned = await RunAsync(Stack, "up", "-d");
        var ignored = await CliRunner.RunAsync(_directory, new Dictionary<string, string> { ["COMPOSE_IGNORE_ORPHANS"] = "true" }, _engine, null, "-p", "demo", "up", "-d");
        var removed = await CliRunner.RunAsync(_directory, new Dictionary<string, string> { ["COMPOSE_REMOVE_ORPHANS"] = "1" }, _engine, null, "-p", "demo", "up", "-d");

        warned.Error.Should().Contain("Found orphan containers ([demo-old-1])");
        ignored.Error.Should().NotContain("orphan");
        removed.ExitCode.Should().Be(0);
        _engine.Containers.Select(c => c.Name).Should().Equal("demo-db-1", "demo-web-1");
    }

    [Theory]
    [InlineData("up --force-recreate --no-recreate", "--force-recreate and --no-recreate are incompatible")]
    [InlineData("up -d --abort-on-container-exit", "--detach cannot be combined with --abort-on-container-exit")]
    [InlineData("up --wait --exit-code-from web", "--wait cannot be combined")]
    [InlineData("up --scale web", "invalid --scale 'web'")]
    [InlineData("down --rmi some", "some")]
    public async Task Incompatible_or_malformed_flags_are_usage_errors(string line, string message)
    {
        var result = await RunAsync(Stack, line.Split(' '));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task Up_wait_returns_once_every_service_is_running_or_healthy_and_fails_on_an_unhealthy_one()
    {
        _engine.HealthOnStart("db", "healthy");
        var ready = await RunAsync(Stack, "up", "--wait");
        _engine.HealthOnStart("web", "unhealthy");
        var failed = await RunAsync(Stack, "up", "--wait", "--force-recreate");

        ready.ExitCode.Should().Be(0, ready.Error);
        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Contain("container demo-web-1 is unhealthy");
    }

    [Fact]
    public async Task Up_wait_on_an_unhealthy_service_names_it_and_shows_its_health_output_and_last_log_lines()
    {
        _engine.HealthOnStart("web", "unhealthy").Prints("web", "listening on :80", "error: cannot reach db");

        var result = await RunAsync(Stack, "up", "--wait", "--progress", "quiet");

        result.ExitCode.Should().Be(1);
        result.Error.Should().EndWith(Tests.Planning.Golden.Text("""
            Error: service web is not ready: container demo-web-1 is unhealthy; its last health check said: connection refused
              output of demo-web-1:
                listening on :80
                error: cannot reach db
            """));
    }

    [Fact]
    public async Task Attached_up_prints_prefixed_output_and_each_exit_then_returns_when_all_have_exited()
    {
        _engine.Prints("db", "ready").Prints("web", "serving").ExitOnStart("db", 0).ExitOnStart("web", 0);

        var result = await RunAsync(Stack, "up", "--no-color");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("db-1   | ready").And.Contain("web-1  | serving").And.Contain("web-1 exited with code 0");
        result.Error.Should().Contain("Attaching to db-1, web-1");
    }

    [Fact]
    public async Task Services_declared_attach_false_or_named_by_no_attach_are_not_shown()
    {
        _engine.Prints("db", "db line").Prints("web", "web line").ExitOnStart("db", 0).ExitOnStart("web", 0);

        var declared = await RunAsync(Stack.Replace("  db:\n    image: busybox\n", "  db:\n    image: busybox\n    attach: false\n"), "up", "--no-color");
        var flagged = await RunAsync(Stack, "up", "--no-color", "--no-attach", "web", "--force-recreate");

        declared.Out.Should().Contain("web line").And.NotContain("db line");
        flagged.Out.Should().Contain("db line").And.NotContain("web line");
    }

    [Fact]
    public async Task Abort_on_container_exit_stops_the_stack_and_returns_the_exit_code_of_the_service_asked_for()
    {
        _engine.ExitOnStart("web", 4);

        var first = await RunAsync(Stack, "up", "--abort-on-container-exit");
        var fromDb = await RunAsync(Stack, "up", "--exit-code-from", "db", "--force-recreate");

        first.ExitCode.Should().Be(4, first.Error);
        first.Error.Should().Contain("Aborting on container exit...");
        _engine.Container("demo-db-1").State.Should().Be(ContainerState.Exited);
        fromDb.ExitCode.Should().Be(0, "db was stopped gracefully by the abort and exited with 0");
    }

    [Fact]
    public async Task Interrupting_an_attached_up_stops_the_stack_and_exits_with_130()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "compose.yaml"), Stack);
        using var interrupt = new CancellationTokenSource();
        var output = new StringWriter();
        var run = Compose.Cli.CliApplication.RunAsync(["-p", "demo", "up"], new Compose.Cli.CliEnvironment
        {
            Out = output, Error = new StringWriter(), Variables = new Dictionary<string, string>(), WorkingDirectory = _directory, RuntimeFactory = new FixedRuntimeFactory(_engine),
        }, interrupt.Token);
        await _engine.WaitForCallAsync("start container demo-web-1");
        await interrupt.CancelAsync();

        (await run.WaitAsync(TimeSpan.FromSeconds(20))).Should().Be(130);
        _engine.Containers.Should().OnlyContain(c => c.State == ContainerState.Exited);
    }

    [Fact]
    public async Task Interrupting_an_attached_up_while_a_start_is_in_flight_stops_that_container_too()
    {
        _engine.HoldStarts = true;
        using var interrupt = new CancellationTokenSource();
        var run = StartAttachedUp(interrupt.Token, default);
        await _engine.WaitForCallAsync("start-requested container demo-db-1");
        await interrupt.CancelAsync();
        // The engine carries the start out only a moment later: an up that did not wait for it would be gone by then.
        await Task.WhenAny(run, Task.Delay(TimeSpan.FromMilliseconds(300)));
        await _engine.LandStarts();

        (await run.WaitAsync(TimeSpan.FromSeconds(20))).Should().Be(130);
        _engine.CallTexts.Should().ContainInOrder("start container demo-db-1", "stop container demo-db-1");
        _engine.Container("demo-db-1").State.Should().Be(ContainerState.Exited, "the start in flight landed, and the stop saw it");
        _engine.Container("demo-web-1").State.Should().Be(ContainerState.Created, "nothing new starts after Ctrl+C");
    }

    [Fact]
    public async Task A_second_interrupt_kills_instead_of_stopping_and_still_exits_with_130()
    {
        using var interrupt = new CancellationTokenSource();
        using var second = new CancellationTokenSource();
        var run = StartAttachedUp(interrupt.Token, second.Token);
        await _engine.WaitForCallAsync("start container demo-web-1");
        await second.CancelAsync();
        await interrupt.CancelAsync();

        (await run.WaitAsync(TimeSpan.FromSeconds(20))).Should().Be(130);
        _engine.CallTexts.Should().Contain(["kill SIGKILL container demo-db-1", "kill SIGKILL container demo-web-1"]).And.NotContain(c => c.StartsWith("stop ", StringComparison.Ordinal));
        _engine.Containers.Should().OnlyContain(c => c.State == ContainerState.Exited);
    }

    /// <summary>An attached <c>up</c> in-process: cancelling <paramref name="interrupt"/> is Ctrl+C, <paramref name="second"/> a second one.</summary>
    private Task<int> StartAttachedUp(CancellationToken interrupt, CancellationToken second)
    {
        File.WriteAllText(Path.Combine(_directory, "compose.yaml"), Stack);
        return Compose.Cli.CliApplication.RunAsync(["-p", "demo", "up"], new Compose.Cli.CliEnvironment
        {
            Out = new StringWriter(), Error = new StringWriter(), Variables = new Dictionary<string, string>(), WorkingDirectory = _directory,
            RuntimeFactory = new FixedRuntimeFactory(_engine), SecondInterrupt = second,
        }, interrupt);
    }
}
