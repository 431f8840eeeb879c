using System.CommandLine;
using Compose.Operations.Lifecycle;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>
/// <c>restart</c>: restart the containers as they are (file changes are not applied: that is <c>up</c>'s job),
/// dependencies first, with the dependents declared <c>restart: true</c> unless <c>--no-deps</c>.
/// </summary>
public sealed class RestartCommand : ContainerCommand
{
    private readonly Option<int?> _timeout = SecondsOption.Create("--timeout", "-t", "Specify a shutdown timeout");
    private readonly Option<bool> _noDeps = new("--no-deps") { Description = "Don't restart dependent services" };

    public RestartCommand()
        : base("restart", "Restart service containers")
    {
        Definition.Add(_timeout);
        Definition.Add(_noDeps);
    }

    protected override LifecycleOptions Options(ParseResult parseResult) => new()
    {
        Timeout = PlanRunner.Seconds(parseResult.GetValue(_timeout)),
        NoDependents = parseResult.GetValue(_noDeps),
    };

    protected override LifecycleVerb Verb => LifecycleVerb.Restart;
}
