using System.CommandLine;

namespace Compose.Cli.Commands.Swarm;

/// <summary><c>--to swarm</c> on <c>ps</c>, <c>logs</c> and <c>plan</c>: the same command, against the project's stack on the swarm.</summary>
internal static class SwarmTargetOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--to") { Description = "Act on the project's stack on a cluster engine (swarm) instead of this engine's containers", HelpName = "TARGET" };
        option.AcceptOnlyFromAmong("swarm");
        return option;
    }
}
