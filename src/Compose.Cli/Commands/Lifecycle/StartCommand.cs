using System.CommandLine;
using Compose.Model;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary><c>start</c>: start existing containers, dependencies first, honouring <c>depends_on</c> conditions.</summary>
public sealed class StartCommand : ContainerCommand
{
    public StartCommand()
        : base("start", "Start services")
    {
    }

    protected override LifecycleOptions Options(ParseResult parseResult) => new();

    protected override Plan Plan(Project project, ObservedState observed, LifecycleOptions options) => Planner.PlanStart(project, observed, options);
}
