using System.CommandLine;
using Compose.Operations.Lifecycle;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary><c>unpause</c>: resume paused containers.</summary>
public sealed class UnpauseCommand : ContainerCommand
{
    public UnpauseCommand()
        : base("unpause", "Unpause services")
    {
    }

    protected override LifecycleOptions Options(ParseResult parseResult) => new();

    protected override LifecycleVerb Verb => LifecycleVerb.Unpause;
}
