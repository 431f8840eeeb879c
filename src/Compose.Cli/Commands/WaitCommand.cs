using System.CommandLine;
using Compose.Errors;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>wait [SERVICE...]</c>: block until the first of the services' containers stops and exit with its exit code;
/// <c>--down-project</c> then takes the whole project down.
/// </summary>
public sealed class WaitCommand : ICliCommand
{
    private readonly Option<bool> _downProject = new("--down-project") { Description = "Drops project when the first container stops" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public WaitCommand()
    {
        Definition = new Command("wait", "Block until the first service container stops") { _downProject, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var services = parseResult.GetValue(_services) ?? [];
        ContainerQuery.CheckServices(scope, services);
        if (parseResult.GetValue(_downProject) && scope.Model is null)
        {
            throw new ComposeException("--down-project needs the project's compose file; run it where the file is or pass -f.");
        }

        var containers = (await ContainerQuery.ListAsync(context, scope.Name, all: true, cancellationToken).ConfigureAwait(false))
            .Where(c => ContainerQuery.IsInServices(c, services) && !ObservedState.IsOneOff(c))
            .ToList();
        if (containers.Count == 0)
        {
            throw new ComposeException($"no containers to wait for in project {scope.Name}; start them with 'composectl up -d'.");
        }

        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var waits = containers.Select(c => context.Runtime.WaitContainerAsync(c.Id, WaitCondition.NotRunning, stopWaiting.Token)).ToList();
        var first = await (await Task.WhenAny(waits).ConfigureAwait(false)).ConfigureAwait(false);
        await stopWaiting.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(waits.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);

        if (parseResult.GetValue(_downProject))
        {
            await context.Target().DownAsync(scope.Model!, new DownOptions(), cancellationToken).ConfigureAwait(false);
        }

        return first.ExitCode;
    }
}
