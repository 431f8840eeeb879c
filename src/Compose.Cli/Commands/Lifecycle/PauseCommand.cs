using System.CommandLine;
using Compose.Operations.Lifecycle;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary><c>pause</c>: freeze the processes of running containers.</summary>
public sealed class PauseCommand : ContainerCommand
{
    public PauseCommand()
        : base("pause", "Pause services")
    {
    }

    protected override LifecycleOptions Options(ParseResult parseResult) => new();

    protected override LifecycleVerb Verb => LifecycleVerb.Pause;
}
