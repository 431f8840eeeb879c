using System.CommandLine;
using System.Text.Json;
using Compose.Cli;
using Compose.Cli.Commands;
using Compose.Observing;

namespace Compose.Tests.Cli;

/// <summary>How the command line is read: globals anywhere, pass-through commands, usage errors, plugin mode, completion.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly List<string> _directories = [];

    public void Dispose()
    {
        foreach (var directory in _directories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<string> ProjectDirectoryAsync(string yaml)
    {
        var directory = TestTemp.Directory("composectl-cli-");
        _directories.Add(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), yaml);
        return directory;
    }

    [Fact]
    public void Everything_after_the_service_of_exec_and_run_belongs_to_the_command()
    {
        var root = new RootCommand();
        root.Add(new Option<string[]>("--file", "-f") { Recursive = true });
        root.Add(new ExecCommand().Definition);
        root.Add(new RunCommand().Definition);

        CommandLineArguments.Prepare(["-f", "x.yml", "exec", "-e", "A=1", "web", "ls", "-la"], root)
            .Should().Equal("-f", "x.yml", "exec", "-e", "A=1", "web", "--", "ls", "-la");
        CommandLineArguments.Prepare(["run", "--rm", "-T", "web", "sh", "-c", "exit 3"], root)
            .Should().Equal("run", "--rm", "-T", "web", "--", "sh", "-c", "exit 3");
        CommandLineArguments.Prepare(["exec", "web", "--", "ls"], root).Should().Equal("exec", "web", "--", "ls");
    }

    [Fact]
    public void A_global_dry_run_before_a_command_with_its_own_goes_to_that_command()
    {
        var root = new RootCommand();
        root.Add(new Option<bool>("--dry-run") { Recursive = true });
        root.Add(new Command("own") { new Option<bool>("--dry-run") });
        root.Add(new DownCommand().Definition);
        root.Add(new ScaleCommand().Definition);

        CommandLineArguments.Prepare(["--dry-run", "own", "-v"], root).Should().Equal("own", "--dry-run", "-v");
        // The lifecycle commands read the global --dry-run itself.
        CommandLineArguments.Prepare(["--dry-run", "down", "-v"], root).Should().Equal("--dry-run", "down", "-v");
        CommandLineArguments.Prepare(["--dry-run", "scale", "web=2"], root).Should().Equal("--dry-run", "scale", "web=2");
    }

    [Theory]
    [InlineData("--dry-run exec web ls", "Usage:  composectl exec [OPTIONS]")]
    [InlineData("ps --status sleeping", "Usage:  composectl ps [OPTIONS]")]
    [InlineData("exec web", "Usage:  composectl exec [OPTIONS]")]
    [InlineData("scale web", "Usage:  composectl scale [OPTIONS]")]
    [InlineData("logs --tail many", "Usage:  composectl logs [OPTIONS]")]
    [InlineData("--ansi sometimes ps", "Usage:  composectl ps [OPTIONS]")]
    [InlineData("completion powershell", "Usage:  composectl completion [OPTIONS]")]
    public async Task Bad_command_lines_exit_2_with_the_usage_line(string commandLine, string usage)
    {
        var directory = await ProjectDirectoryAsync("name: u\nservices:\n  web:\n    image: busybox\n");

        var result = await CliRunner.RunAsync(directory, null, commandLine.Split(' '));

        result.ExitCode.Should().Be(ExitCodes.Usage, result.Error);
        result.Error.Should().StartWith("Error: ").And.Contain(usage);
    }

    [Fact]
    public async Task Global_options_work_after_the_command_name_too()
    {
        var directory = await ProjectDirectoryAsync("services:\n  web:\n    image: busybox\n");
        var elsewhere = Path.GetTempPath();

        var result = await CliRunner.RunAsync(elsewhere, null, "config", "--services", "-f", Path.Combine(directory, "compose.yaml"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("web\n");
    }

    [Fact]
    public async Task A_file_on_stdin_is_read_with_dash_and_paths_resolve_from_the_working_directory()
    {
        var directory = TestTemp.Directory("composectl-stdin-");
        _directories.Add(directory);

        var result = await CliRunner.RunAsync(directory, null, (Compose.Runtime.IContainerRuntime?)null, "services:\n  fromstdin:\n    image: busybox\n", "-f", "-", "config", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("name").GetString().Should().Be(Path.GetFileName(directory).ToLowerInvariant().Replace(".", ""));
        json.RootElement.GetProperty("services").TryGetProperty("fromstdin", out _).Should().BeTrue();
        Directory.GetFiles(Path.GetTempPath(), "composectl-stdin-*.yaml").Should().BeEmpty("the copy of stdin is removed when the command ends");
    }

    [Fact]
    public async Task Project_directory_without_files_is_where_the_file_is_looked_for()
    {
        var directory = await ProjectDirectoryAsync("services:\n  indir:\n    image: busybox\n");

        var result = await CliRunner.RunAsync(Path.GetTempPath(), null, "--project-directory", directory, "config", "--services");

        result.Out.Should().Be("indir\n", result.Error);
    }

    [Fact]
    public async Task Version_json_and_short()
    {
        (await CliRunner.RunAsync("/", null, "version", "--format", "json")).Out.Should().Be($"{{\"version\":\"v{VersionCommand.Version}\"}}\n");
        (await CliRunner.RunAsync("/", null, "version")).Out.Should().Be($"composectl version v{VersionCommand.Version}\n");
    }

    [Fact]
    public async Task As_a_docker_cli_plugin_it_describes_itself_and_drops_the_compose_argument()
    {
        var metadata = await CliRunner.RunAsync("/", null, "docker-cli-plugin-metadata");
        var plugin = await CliRunner.RunAsync("/", new Dictionary<string, string> { ["DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND"] = "/usr/bin/docker" }, "compose", "version", "--short");

        using var json = JsonDocument.Parse(metadata.Out);
        json.RootElement.GetProperty("SchemaVersion").GetString().Should().Be("0.1.0");
        json.RootElement.GetProperty("Version").GetString().Should().Be("v" + ComposeCompatibility.Version);
        plugin.ExitCode.Should().Be(0, plugin.Error);
        plugin.Out.Should().Be(ComposeCompatibility.Version + "\n", "as the plugin it answers with the docker compose release it matches");
    }

    [Fact]
    public async Task Completion_offers_commands_flags_and_the_projects_services()
    {
        var directory = await ProjectDirectoryAsync("services:\n  web:\n    image: busybox\n  worker:\n    image: busybox\n");

        var commands = await CliRunner.RunAsync(directory, null, "__complete", "l");
        var flags = await CliRunner.RunAsync(directory, null, "__complete", "logs", "--no");
        var services = await CliRunner.RunAsync(directory, null, "__complete", "logs", "w");

        commands.Out.Should().Be("logs\nls\n");
        flags.Out.Should().Be("--no-color\n--no-log-prefix\n");
        services.Out.Should().Be("web\nworker\n");
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _composectl composectl")]
    [InlineData("zsh", "#compdef composectl")]
    [InlineData("fish", "complete -c composectl")]
    public async Task Completion_scripts_call_back_into_composectl(string shell, string marker)
    {
        var result = await CliRunner.RunAsync("/", null, "completion", shell);

        result.Out.Should().Contain(marker).And.Contain("composectl __complete");
    }
}
