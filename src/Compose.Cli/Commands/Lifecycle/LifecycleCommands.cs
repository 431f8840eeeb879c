namespace Compose.Cli.Commands.Lifecycle;

/// <summary>The lifecycle commands besides <c>up</c> and <c>down</c>, registered beside the others.</summary>
public static class LifecycleCommands
{
    public static ICliCommand[] All() =>
    [
        new CreateCommand(),
        new KillCommand(),
        new PauseCommand(),
        new PlanCommand(),
        new RestartCommand(),
        new RmCommand(),
        new StartCommand(),
        new StopCommand(),
        new UnpauseCommand(),
    ];
}
