namespace Compose.Cli.Commands.Swarm;

/// <summary>The stack commands (docs/cluster.md), registered beside the others.</summary>
public static class SwarmCommands
{
    public static ICliCommand[] All() =>
    [
        new DeployCommand(),
        new RollbackCommand(),
        new UndeployCommand(),
    ];
}
