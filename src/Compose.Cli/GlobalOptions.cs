using System.CommandLine;

namespace Compose.Cli;

/// <summary>
/// The options every command shares. As with docker compose they may come before or after the command name
/// (<c>composectl -p demo ps</c> or <c>composectl ps -p demo</c>); a command's own option with the same alias wins
/// after its name (<c>logs -f</c> is <c>--follow</c>).
/// </summary>
public sealed class GlobalOptions
{
    public Option<string[]> Files { get; } = new("--file", "-f")
    {
        Description = "Compose configuration files ('-' reads one from stdin)",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "FILE",
        Recursive = true,
    };

    public Option<string?> ProjectName { get; } = new("--project-name", "-p") { Description = "Project name", HelpName = "NAME", Recursive = true };

    public Option<string?> ProjectDirectory { get; } = new("--project-directory")
    {
        Description = "Alternate working directory (default: the first file's directory)",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<string[]> EnvFiles { get; } = new("--env-file") { Description = "Alternate environment files", HelpName = "FILE", Recursive = true };

    public Option<string[]> Profiles { get; } = new("--profile") { Description = "Profiles to enable", HelpName = "PROFILE", Recursive = true };

    public Option<bool> AllResources { get; } = new("--all-resources") { Description = "Include all resources, even those not used by services", Recursive = true };

    public Option<int?> Parallel { get; } = new("--parallel") { Description = "Maximum parallelism (-1 for unlimited)", HelpName = "N", Recursive = true };

    public Option<string?> Progress { get; } = new("--progress")
    {
        Description = "Progress output type (auto, tty, plain, json, quiet)",
        HelpName = "TYPE",
        Recursive = true,
    };

    public Option<string?> Ansi { get; } = new("--ansi")
    {
        Description = "Control when to print ANSI control characters (never, always, auto)",
        HelpName = "WHEN",
        Recursive = true,
    };

    public Option<string?> Runtime { get; } = new("--runtime")
    {
        Description = "Runtime driver: docker (default), podman (its Docker-compatible API) or native (runc, no daemon); else COMPOSE_RUNTIME",
        HelpName = "DRIVER",
        Recursive = true,
    };

    public Option<string?> Root { get; } = new("--root")
    {
        Description = "State directory of the native runtime (default /var/lib/composectl); else COMPOSE_NATIVE_ROOT",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Show what would be done without changing anything", Recursive = true };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show more output, including stack traces of internal errors", Recursive = true };

    /// <summary>The values completion offers after <c>--progress</c>, <c>--ansi</c> and <c>--profile</c> (the project's profiles).</summary>
    public void AddCompletions(Func<IEnumerable<string>> profiles)
    {
        Progress.CompletionSources.Add("auto", "tty", "plain", "json", "quiet");
        Ansi.CompletionSources.Add("never", "always", "auto");
        Profiles.CompletionSources.Add(_ => profiles().Select(p => new System.CommandLine.Completions.CompletionItem(p)));
    }

    public void AddTo(Command command)
    {
        command.Add(Files);
        command.Add(ProjectName);
        command.Add(ProjectDirectory);
        command.Add(EnvFiles);
        command.Add(Profiles);
        command.Add(AllResources);
        command.Add(Parallel);
        command.Add(Progress);
        command.Add(Ansi);
        command.Add(Runtime);
        command.Add(Root);
        command.Add(DryRun);
        command.Add(Verbose);
    }
}
