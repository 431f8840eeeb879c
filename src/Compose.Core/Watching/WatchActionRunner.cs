using Compose.Errors;
using Compose.Execution;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Watching;

/// <summary>
/// Carries out one batch's actions: rebuilds first (one build for every service that needs one), then syncs, then
/// restarts, then <c>sync+exec</c> hooks, reporting each on the log in a line. An action that fails is reported and
/// the others still run: watching goes on.
/// </summary>
public sealed class WatchActionRunner(IContainerRuntime runtime, string projectName, IServiceRebuilder rebuilder, TextWriter log)
{
    private readonly ContainerSyncer _syncer = new(runtime);

    public async Task RunAsync(IReadOnlyList<ServiceActions> batch, CancellationToken cancellationToken)
    {
        var rebuild = batch.Where(a => a.Rebuild).Select(a => a.Service).ToList();
        if (rebuild.Count > 0)
        {
            var names = string.Join(", ", rebuild);
            await GuardAsync($"Rebuilding service(s) {names}", async () =>
            {
                await log.WriteLineAsync($"Rebuilding service(s) {names} after changes were detected...").ConfigureAwait(false);
                await rebuilder.RebuildAsync(rebuild, cancellationToken).ConfigureAwait(false);
                await log.WriteLineAsync($"service(s) {names} rebuilt and recreated").ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        foreach (var actions in batch.Where(a => !a.Syncs.IsEmpty))
        {
            await GuardAsync($"Syncing service {actions.Service}", () => SyncAsync(actions, cancellationToken)).ConfigureAwait(false);
        }

        var restart = batch.Where(a => a.Restart).Select(a => a.Service).ToList();
        foreach (var service in restart)
        {
            await GuardAsync($"Restarting service {service}", () => RestartAsync(service, cancellationToken)).ConfigureAwait(false);
        }

        foreach (var actions in batch.Where(a => !a.Execs.IsEmpty))
        {
            await GuardAsync($"Running the exec hook of service {actions.Service}", () => ExecAsync(actions, cancellationToken)).ConfigureAwait(false);
        }
    }

    private async Task SyncAsync(ServiceActions actions, CancellationToken cancellationToken)
    {
        var containers = await RunningContainersAsync(actions.Service, cancellationToken).ConfigureAwait(false);
        if (containers.Count == 0)
        {
            await log.WriteLineAsync($"service {actions.Service} has no running container to sync {actions.Syncs.Length} change(s) to; skipped").ConfigureAwait(false);
            return;
        }

        await log.WriteLineAsync($"Syncing service {actions.Service} after {actions.Syncs.Length} change(s) were detected").ConfigureAwait(false);
        await _syncer.SyncAsync([.. containers.Select(c => c.Id)], actions.Syncs, cancellationToken).ConfigureAwait(false);
    }

    private async Task RestartAsync(string service, CancellationToken cancellationToken)
    {
        var containers = await RunningContainersAsync(service, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(containers.Select(c => runtime.RestartContainerAsync(c.Id, null, cancellationToken))).ConfigureAwait(false);
        await log.WriteLineAsync($"service {service} restarted").ConfigureAwait(false);
    }

    private async Task ExecAsync(ServiceActions actions, CancellationToken cancellationToken)
    {
        var containers = await RunningContainersAsync(actions.Service, cancellationToken).ConfigureAwait(false);
        foreach (var hook in actions.Execs)
        {
            var results = await Task.WhenAll(containers.Select(c => ContainerExec.RunAsync(runtime, c.Id, ContainerExec.SpecOf(hook), cancellationToken))).ConfigureAwait(false);
            foreach (var (code, output) in results)
            {
                if (output.Length > 0)
                {
                    await log.WriteAsync(output.EndsWith('\n') ? output : output + "\n").ConfigureAwait(false);
                }

                if (code != 0)
                {
                    throw new ComposeException($"the exec hook '{string.Join(' ', hook.Command)}' exited with code {code}.");
                }
            }
        }
    }

    private async Task<IReadOnlyList<ContainerInfo>> RunningContainersAsync(string service, CancellationToken cancellationToken)
    {
        var filter = LabelFilter.Of(ComposeLabels.Project, projectName).And(ComposeLabels.Service, service);
        var containers = await runtime.ListContainersAsync(filter, all: false, cancellationToken).ConfigureAwait(false);
        return [.. containers.Where(c => !ContainerFacts.IsOneOff(c) && c.State == ContainerState.Running).OrderBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>Reports a failed action (what the user can act on) and lets the next one run; bugs still surface.</summary>
    private async Task GuardAsync(string what, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is ComposeException or ContainerRuntimeException or IOException or UnauthorizedAccessException)
        {
            await log.WriteLineAsync($"{what} failed: {e.Message}").ConfigureAwait(false);
        }
    }
}
