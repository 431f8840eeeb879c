using Compose.Errors;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Operations.Queries;

/// <summary>
/// <c>wait [SERVICE...]</c>: blocks until the first of the services' containers stops, returns its exit code;
/// <c>--down-project</c> then takes the whole project down.
/// </summary>
public sealed class WaitOperation(ComposeSession session)
{
    public async Task<int> WaitAsync(ProjectScope scope, IReadOnlyCollection<string> services, bool downProject, CancellationToken cancellationToken)
    {
        ProjectContainers.CheckServices(scope, services);
        if (downProject && scope.Model is null)
        {
            throw new ComposeException("--down-project needs the project's compose file; run it where the file is or pass -f.");
        }

        var containers = await new ProjectContainers(session.Runtime).OfServicesAsync(scope, services, all: true, cancellationToken).ConfigureAwait(false);
        if (containers.IsEmpty)
        {
            throw new ComposeException($"no containers to wait for in project {scope.Name}; start them with 'composectl up -d'.");
        }

        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var waits = containers.Select(c => session.Runtime.WaitContainerAsync(c.Id, WaitCondition.NotRunning, stopWaiting.Token)).ToList();
        var first = await (await Task.WhenAny(waits).ConfigureAwait(false)).ConfigureAwait(false);
        await stopWaiting.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(waits.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        if (downProject)
        {
            await session.Target().DownAsync(scope.Model!, new DownOptions(), cancellationToken).ConfigureAwait(false);
        }

        return first.ExitCode;
    }
}
