using System.CommandLine;
using Compose.Operations.Lifecycle;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary><c>stop</c>: stop running containers, dependents first, without removing them.</summary>
public sealed class StopCommand : ContainerCommand
{
    private readonly Option<int?> _timeout = SecondsOption.Create("--timeout", "-t", "Specify a shutdown timeout");

    public StopCommand()
        : base("stop", "Stop services") => Definition.Add(_timeout);

    protected override LifecycleOptions Options(ParseResult parseResult) => new() { Timeout = PlanRunner.Seconds(parseResult.GetValue(_timeout)) };

    protected override LifecycleVerb Verb => LifecycleVerb.Stop;
}
