using System.CommandLine;
using Compose.Operations.Lifecycle;
using Compose.Execution;
using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Targets.Engine;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>
/// <c>start</c>: start existing containers, dependencies first, honouring <c>depends_on</c> conditions; with
/// <c>--wait</c>, then wait until the services run (and are healthy when they have a check), as <c>up --wait</c> does.
/// </summary>
public sealed class StartCommand : ContainerCommand
{
    private readonly Option<bool> _wait = new("--wait") { Description = "Wait for services to be running|healthy. Implies detached mode." };
    private readonly Option<int?> _waitTimeout = SecondsOption.Create("--wait-timeout", null, "Maximum duration to wait for the project to be running|healthy");

    public StartCommand()
        : base("start", "Start services")
    {
        Definition.Add(_wait);
        Definition.Add(_waitTimeout);
    }

    protected override LifecycleOptions Options(ParseResult parseResult) => new();

    protected override LifecycleVerb Verb => LifecycleVerb.Start;

    protected override WaitDeadline? Deadline(ParseResult parseResult, CommandContext context) =>
        WaitDeadline.FromSeconds(parseResult.GetValue(_waitTimeout), context.Time);

    protected override bool WaitsAfter(ParseResult parseResult) => parseResult.GetValue(_wait);
}
