using System.CommandLine;
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
    private readonly Option<int?> _waitTimeout = new("--wait-timeout") { Description = "Maximum duration in seconds to wait for the project to be running|healthy" };

    public StartCommand()
        : base("start", "Start services")
    {
        Definition.Add(_wait);
        Definition.Add(_waitTimeout);
    }

    protected override LifecycleOptions Options(ParseResult parseResult) => new();

    protected override Plan Plan(Project project, ObservedState observed, LifecycleOptions options) => Planner.PlanStart(project, observed, options);

    protected override WaitDeadline? Deadline(ParseResult parseResult, CommandContext context) =>
        WaitDeadline.FromSeconds(parseResult.GetValue(_waitTimeout), context.Time);

    protected override Task AfterAsync(
        CommandContext context, EngineTarget reconciler, Project project, LifecycleOptions options, ParseResult parseResult, WaitDeadline? deadline, CancellationToken cancellationToken) =>
        parseResult.GetValue(_wait)
            ? reconciler.WaitForServicesAsync(project.Name, ServiceSelection.WithDependencies(project, options.Services, includeDependencies: false), deadline, cancellationToken)
            : Task.CompletedTask;
}
