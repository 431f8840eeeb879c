using Compose.Cli;
using Compose.Cli.Commands;

namespace Compose.Tests.Cli;

public class CliTests
{
    private static async Task<string> ProjectDirectoryAsync(string yaml)
    {
        var directory = TestTemp.Directory("composectl-cli-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), yaml);
        return directory;
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), null, "version", "--short");

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.Out.Trim().Should().Be(VersionCommand.Version).And.MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task An_unknown_flag_is_a_usage_error_with_the_usage_line()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), null, "up", "--bogus");

        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.Error.Should().Contain("--bogus").And.Contain("Usage:  composectl up [OPTIONS]");
    }

    [Fact]
    public async Task Incompatible_flags_are_a_usage_error()
    {
        var directory = await ProjectDirectoryAsync("services:\n  a:\n    image: x\n");

        var result = await CliRunner.RunAsync(directory, null, "up", "-d", "--force-recreate", "--no-recreate");

        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.Error.Should().Contain("--force-recreate and --no-recreate are incompatible");
    }

    [Fact]
    public async Task A_bad_file_exits_1_with_the_location_and_no_stack_trace()
    {
        var directory = await ProjectDirectoryAsync("services:\n  web:\n    image: x\n    ports: [\"x:y\"]\n");

        var result = await CliRunner.RunAsync(directory, null, "config");

        result.ExitCode.Should().Be(ExitCodes.Failure);
        result.Error.Should().StartWith("Error: compose.yaml:4:13: services.web.ports[0]: 'x:y' is not a valid port");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Config_prints_yaml_that_loads_back_to_the_same_output()
    {
        var directory = await ProjectDirectoryAsync("""
            name: roundtrip
            services:
              web:
                image: busybox
                command: echo "hello world"
                environment: [A=1, B=true]
                ports: ["127.0.0.1:8080:80", "9000/udp"]
                depends_on: [db]
                init: true
                stop_grace_period: 1m30s
              db:
                image: busybox
            """);

        var first = await CliRunner.RunAsync(directory, null, "config");
        await File.WriteAllTextAsync(Path.Combine(directory, "again.yaml"), first.Out);
        var second = await CliRunner.RunAsync(directory, null, "-f", "again.yaml", "config");

        first.ExitCode.Should().Be(0, first.Error);
        second.Out.Should().Be(first.Out);
        first.Out.Should().Contain("published: \"8080\"").And.Contain("B: \"true\"").And.Contain("stop_grace_period: 1m30s");
    }

    [Fact]
    public async Task Config_json_is_valid_json_with_the_services()
    {
        var directory = await ProjectDirectoryAsync("name: j\nservices:\n  web:\n    image: busybox\n");

        var result = await CliRunner.RunAsync(directory, null, "config", "--format", "json");

        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        document.RootElement.GetProperty("name").GetString().Should().Be("j");
        document.RootElement.GetProperty("services").GetProperty("web").GetProperty("image").GetString().Should().Be("busybox");
        document.RootElement.GetProperty("networks").GetProperty("default").GetProperty("name").GetString().Should().Be("j_default");
    }

    [Fact]
    public async Task Up_dry_run_prints_the_plan_text()
    {
        var directory = await ProjectDirectoryAsync("name: dry\nservices:\n  web:\n    image: busybox\n");

        var result = await CliRunner.RunAsync(directory, new Dictionary<string, string> { ["DOCKER_HOST"] = "unix:///nonexistent.sock" }, "up", "--dry-run");

        // No engine at that address: the plan needs a snapshot, so this fails with a clear, actionable message.
        result.ExitCode.Should().Be(ExitCodes.Failure);
        result.Error.Should().Contain("unix:///nonexistent.sock").And.Contain("there is no socket at /nonexistent.sock").And.Contain("Is the Docker engine running?");
    }
}
