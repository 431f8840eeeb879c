using System.CommandLine;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>The flags <c>down</c> and <c>plan down</c> share, and how they become <see cref="DownOptions"/>.</summary>
internal sealed class DownFlags
{
    public Option<bool> Volumes { get; } = new("--volumes", "-v") { Description = "Remove named volumes declared in the \"volumes\" section of the Compose file and anonymous volumes attached to containers" };
    public Option<bool> RemoveOrphans { get; } = new("--remove-orphans") { Description = "Remove containers for services not defined in the Compose file" };
    public Option<string?> Rmi { get; } = new("--rmi") { Description = "Remove images used by services. \"local\" remove only images that don't have a custom tag (\"local\"|\"all\")", HelpName = "TYPE" };
    public Option<int?> Timeout { get; } = SecondsOption.Create("--timeout", "-t", "Specify a shutdown timeout");
    public Argument<string[]> Services { get; } = ServiceArguments.Create();

    public DownFlags() => Rmi.AcceptOnlyFromAmong("local", "all");

    public void AddTo(Command command)
    {
        command.Add(Volumes);
        command.Add(RemoveOrphans);
        command.Add(Rmi);
        command.Add(Timeout);
        command.Add(Services);
    }

    public DownOptions Parse(ParseResult parseResult, CommandContext context) => new()
    {
        RemoveVolumes = parseResult.GetValue(Volumes),
        RemoveOrphans = parseResult.GetValue(RemoveOrphans) || context.RemoveOrphans,
        RemoveImages = parseResult.GetValue(Rmi) switch
        {
            "all" => ImageRemoval.All,
            "local" => ImageRemoval.Local,
            _ => ImageRemoval.None,
        },
        Timeout = PlanRunner.Seconds(parseResult.GetValue(Timeout)),
        Services = [.. parseResult.GetValue(Services) ?? []],
    };
}
