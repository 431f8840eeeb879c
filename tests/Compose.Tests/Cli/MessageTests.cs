using Compose.Cli;
using Compose.Cli.Commands;

namespace Compose.Tests.Cli;

/// <summary>What users read when they mistype: commands, services, values, help, completion, the version.</summary>
public sealed class MessageTests : IDisposable
{
    private const string Stack = "services:\n  web:\n    image: busybox\n    profiles: [debug]\n  db:\n    image: busybox\n  worker:\n    image: busybox\n    profiles: [dev]\n";

    private readonly FakeContainerRuntime _engine = new() { Clock = new ManualTimeProvider() };
    private readonly string _directory = TestTemp.Directory("composectl-messages-");

    public MessageTests() => File.WriteAllText(Path.Combine(_directory, "compose.yaml"), Stack);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<CliRunner.Result> RunAsync(params string[] args) => CliRunner.RunAsync(_directory, null, _engine, null, ["-p", "demo", "--progress", "plain", .. args]);

    [Fact]
    public async Task An_unknown_command_is_named_with_the_closest_real_one()
    {
        var result = await CliRunner.RunAsync(_directory, null, "upp");

        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.Error.Should().StartWith("Error: unknown command 'upp' for 'composectl'; did you mean 'up'?\n");
        result.Error.Should().NotContain("Required command was not provided");
    }

    [Theory]
    [InlineData("up -d wbe")]
    [InlineData("run --rm wbe true")]
    [InlineData("restart wbe")]
    [InlineData("logs wbe")]
    public async Task An_unknown_service_lists_the_projects_services_and_suggests_the_near_name(string line)
    {
        var result = await RunAsync(["--profile", "debug", .. line.Split(' ')]);

        result.ExitCode.Should().Be(ExitCodes.Failure);
        result.Error.Should().Contain("Error: no such service: wbe; did you mean 'web'? The project's services are db, web.");
    }

    [Theory]
    [InlineData("--wait-timeout", "5m")]
    [InlineData("--wait-timeout", "90s")]
    [InlineData("--wait-timeout", "1m30s")]
    [InlineData("-t", "10s")]
    [InlineData("--timeout", "30")]
    public async Task Timeouts_take_seconds_or_durations(string flag, string value)
    {
        var result = await RunAsync("up", "-d", "--wait", flag, value);

        result.ExitCode.Should().Be(0, result.Error);
    }

    [Theory]
    [InlineData("up", "-t", "abc", "--timeout wants a number of seconds or a duration such as 90s, 5m or 1m30s, not 'abc'.")]
    [InlineData("up", "--wait-timeout", "5 min", "--wait-timeout wants a number of seconds or a duration such as 90s, 5m or 1m30s, not '5 min'.")]
    [InlineData("down", "-t", "99999999999h", "--timeout wants a number of seconds or a duration such as 90s, 5m or 1m30s, not '99999999999h'.")]
    [InlineData("exec", "--index", "two", "--index wants a whole number, not 'two'.")]
    public async Task A_value_of_the_wrong_kind_says_what_is_wanted_and_never_a_dotnet_type(string command, string flag, string value, string message)
    {
        var result = await RunAsync(command, flag, value, "web");

        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.Error.Should().Contain("Error: " + message).And.NotContain("System.");
    }

    [Fact]
    public void Durations_round_up_to_whole_seconds()
    {
        SecondsOption.TryParse("1m30s", out var ninety).Should().BeTrue();
        SecondsOption.TryParse("1.5h", out var hourAndHalf).Should().BeTrue();
        SecondsOption.TryParse("500ms", out var half).Should().BeTrue();
        SecondsOption.TryParse("-1", out var negative).Should().BeTrue();

        (ninety, hourAndHalf, half, negative).Should().Be((90, 5400, 1, -1));
        SecondsOption.TryParse("5 m", out _).Should().BeFalse();
        SecondsOption.TryParse("99999999999999999999999h", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("logs", "-f, --follow", "--file <FILE>", "-f,")]
    [InlineData("run", "-p, --publish", "--project-name <NAME>", "-p,")]
    public async Task Help_lists_an_alias_once_when_the_command_has_its_own(string command, string own, string global, string alias)
    {
        var result = await CliRunner.RunAsync(_directory, null, command, "--help");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain(own).And.Contain(global);
        result.Out.Split('\n').Count(line => line.TrimStart().StartsWith(alias, StringComparison.Ordinal)).Should().Be(1, result.Out);
    }

    [Fact]
    public async Task Help_keeps_both_names_of_a_global_option_no_command_shadows()
    {
        var result = await CliRunner.RunAsync(_directory, null, "ps", "--help");

        result.Out.Should().Contain("-f, --file <FILE>").And.Contain("-p, --project-name <NAME>");
    }

    [Fact]
    public async Task Help_command_shows_the_commands_help()
    {
        var help = await CliRunner.RunAsync(_directory, null, "help", "up");
        var flag = await CliRunner.RunAsync(_directory, null, "up", "--help");
        var overview = await CliRunner.RunAsync(_directory, null, "help");

        help.ExitCode.Should().Be(0, help.Error);
        help.Out.Should().Be(flag.Out).And.Contain("--wait-timeout");
        overview.ExitCode.Should().Be(0, overview.Error);
        overview.Out.Should().Contain("Commands:").And.Contain("up");
    }

    [Theory]
    [InlineData("up --progress p", "plain\n")]
    [InlineData("up --progress ", "auto\njson\nplain\nquiet\ntty\n")]
    [InlineData("ps --ansi a", "always\nauto\n")]
    [InlineData("ps --profile d", "debug\ndev\n")]
    public async Task Completion_offers_the_values_of_progress_ansi_and_profile(string line, string expected)
    {
        var words = line.Split(' ');

        var result = await CliRunner.RunAsync(_directory, null, ["__complete", .. words]);

        result.ExitCode.Should().Be(0, result.Error);
        string.Concat(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).Select(l => l + "\n")).Should().Be(expected);
    }

    [Fact]
    public async Task Version_flag_and_version_command_print_the_same_line()
    {
        var flag = await CliRunner.RunAsync(_directory, null, "--version");
        var command = await CliRunner.RunAsync(_directory, null, "version");

        flag.ExitCode.Should().Be(0, flag.Error);
        flag.Out.Should().Be(command.Out).And.Be(VersionCommand.Line(new Dictionary<string, string>()) + "\n").And.StartWith("composectl version v");
    }
}
