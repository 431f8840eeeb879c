using System.CommandLine;
using Compose.Operations.Lifecycle;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary><c>kill</c>: send a signal (SIGKILL by default) to running containers.</summary>
public sealed class KillCommand : ContainerCommand
{
    private readonly Option<string?> _signal = new("--signal", "-s") { Description = "SIGNAL to send to the container", HelpName = "SIGNAL" };
    private readonly Option<bool> _removeOrphans = new("--remove-orphans") { Description = "Remove containers for services not defined in the Compose file" };

    public KillCommand()
        : base("kill", "Force stop service containers")
    {
        Definition.Add(_signal);
        Definition.Add(_removeOrphans);
    }

    protected override LifecycleOptions Options(ParseResult parseResult) => new()
    {
        Signal = parseResult.GetValue(_signal),
        RemoveOrphans = parseResult.GetValue(_removeOrphans),
    };

    protected override LifecycleVerb Verb => LifecycleVerb.Kill;
}
