using System.CommandLine;

namespace Compose.Cli;

/// <summary>The options every command shares (given before the command, as with docker compose).</summary>
public sealed class GlobalOptions
{
    public Option<string[]> Files { get; } = new("--file", "-f")
    {
        Description = "Compose configuration files",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "FILE",
    };

    public Option<string?> ProjectName { get; } = new("--project-name", "-p") { Description = "Project name", HelpName = "NAME" };

    public Option<string?> ProjectDirectory { get; } = new("--project-directory") { Description = "Alternate working directory (default: the first file's directory)", HelpName = "DIR" };

    public Option<string[]> EnvFiles { get; } = new("--env-file") { Description = "Alternate environment files", HelpName = "FILE" };

    public Option<string[]> Profiles { get; } = new("--profile") { Description = "Profiles to enable", HelpName = "PROFILE" };

    public Option<int?> Parallel { get; } = new("--parallel") { Description = "Maximum parallelism (-1 for unlimited)", HelpName = "N" };

    public Option<string?> Progress { get; } = new("--progress") { Description = "Progress output type (auto, tty, plain, json, quiet)", HelpName = "TYPE" };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show more output, including stack traces of internal errors" };

    public void AddTo(Command command)
    {
        command.Add(Files);
        command.Add(ProjectName);
        command.Add(ProjectDirectory);
        command.Add(EnvFiles);
        command.Add(Profiles);
        command.Add(Parallel);
        command.Add(Progress);
        command.Add(Verbose);
    }
}
