
namespace Compose.Tests.Cli;

/// <summary>What <c>watch</c> and <c>up --watch</c> refuse before anything starts, over the fake engine.</summary>
public sealed class WatchCommandTests
{
    private readonly string _directory = TestTemp.Directory("composectl-watch-");
    private readonly FakeContainerRuntime _engine = new() { Clock = new ManualTimeProvider() };

    private async Task<CliRunner.Result> RunAsync(string yaml, params string[] args)
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "compose.yaml"), yaml);
        return await CliRunner.RunAsync(_directory, null, _engine, null, ["-p", "demo", .. args]);
    }

    [Fact]
    public async Task Watch_without_any_rules_fails_with_exit_1_and_starts_nothing()
    {
        var result = await RunAsync("services:\n  web:\n    image: busybox\n", "watch");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("None of the selected services has develop.watch rules");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task Watch_with_a_rebuild_rule_on_an_image_only_service_names_the_service()
    {
        var result = await RunAsync("services:\n  api:\n    image: busybox\n    develop:\n      watch:\n        - path: ./src\n          action: rebuild\n", "watch", "--no-up");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("service api:").And.Contain("no build section");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task Up_watch_checks_the_rules_before_starting_anything()
    {
        var result = await RunAsync("services:\n  web:\n    image: busybox\n", "up", "--watch", "-d");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("develop.watch");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task Up_watch_refuses_the_abort_flags()
    {
        var result = await RunAsync("services:\n  web:\n    image: busybox\n", "up", "--watch", "--abort-on-container-exit");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--watch cannot be combined with --abort-on-container-exit");
    }

    [Fact]
    public async Task Watch_refuses_dry_run()
    {
        var result = await RunAsync("services:\n  web:\n    image: busybox\n", "--dry-run", "watch");

        result.ExitCode.Should().Be(2);
        _engine.CallTexts.Should().BeEmpty();
    }
}
