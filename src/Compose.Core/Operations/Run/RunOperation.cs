using Compose.Execution;
using Compose.Model;
using Compose.Operations.Exec;
using Compose.Planning.OneOff;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Operations.Run;

/// <summary>
/// <c>run SERVICE [COMMAND...]</c>: a one-off container of a service, after its dependencies are up and ready, planned
/// as every verb is (<see cref="OneOffPlanner"/>). Attached, the container is attached to before it starts, so no
/// output is lost, and its exit code is returned; with <c>--rm</c> it is removed once it has exited.
/// </summary>
public sealed class RunOperation(ComposeSession session)
{
    /// <summary>The project's lock, held from the plan through the preparation (dependencies up, the container created).</summary>
    private IAsyncDisposable? _preparing;

    /// <summary>
    /// Images of the service and its dependencies first (as <c>up</c>), then one observation and the plan; unless
    /// dry, under the project's lock, held until <see cref="RunAsync"/> has prepared the container.
    /// </summary>
    public async Task<OneOffPlan> PlanAsync(Project project, OneOffOptions options, Images.ImageOptions images, bool dryRun, CancellationToken cancellationToken)
    {
        if (!dryRun)
        {
            _preparing = await session.LockAsync(project.Name, "run", Locking.LockIntent.None, [], cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await PlanLockedAsync(project, options, images, dryRun, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<OneOffPlan> PlanLockedAsync(Project project, OneOffOptions options, Images.ImageOptions images, bool dryRun, CancellationToken cancellationToken)
    {
        var services = Planning.ServiceSelection.WithDependencies(project, [options.Service], includeDependencies: !options.NoDependencies);
        var preparer = new Images.ImagePreparer(session.Images());
        var work = await preparer.PlanAsync(project, services, images, cancellationToken).ConfigureAwait(false);
        if (!dryRun)
        {
            await preparer.ExecuteAsync(project, work, images, cancellationToken).ConfigureAwait(false);
        }

        var observed = await session.Target().ObserveAsync(project, cancellationToken).ConfigureAwait(false);
        return OneOffPlanner.Plan(project, observed, options) with { Images = work };
    }

    /// <summary>
    /// Carries the plan out. Detached (<paramref name="terminal"/> null) it starts the container and returns 0; attached
    /// it returns the container's exit code.
    /// </summary>
    public async Task<int> RunAsync(OneOffPlan plan, IContainerTerminal? terminal, CancellationToken cancellationToken)
    {
        session.WarnAbout(plan.Plan);
        var results = new StepResults();
        var target = session.Target();
        try
        {
            await target.ExecuteAsync(plan.Prepare, null, results, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The one-off container is the run's own from here on: nothing else plans for it.
            await ReleaseAsync().ConfigureAwait(false);
        }

        if (terminal is null)
        {
            await target.ExecuteAsync(plan.Start, null, results, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var id = results.ContainerId(Planning.Steps.ContainerRef.CreatedBy(plan.CreateStep, plan.Spec.Name));
        var detached = false;
        try
        {
            var (end, code) = await RunAttachedAsync(plan, id, results, terminal, cancellationToken).ConfigureAwait(false);
            detached = end is SessionEnd.Detached;
            return code;
        }
        catch (PortAlreadyAllocatedException e)
        {
            // Podman binds the published ports when it prepares the container for the attach, before any start.
            throw PortConflict.Describe(plan.Spec.Name, $"container:{plan.Spec.Name}", plan.Spec.Labels, e);
        }
        finally
        {
            // A container the user detached from still runs: --rm must not take it away.
            if (!detached)
            {
                await session.Target(NullProgressSink.Instance).ExecuteAsync(plan.Remove, null, results, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task ReleaseAsync()
    {
        if (Interlocked.Exchange(ref _preparing, null) is { } held)
        {
            await held.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Attached before it starts, so no output is lost; the progress display ends before the terminal is handed over.
    /// Without a TTY the first interrupt goes to the container's process (docker's <c>--sig-proxy</c>). Detached by the
    /// user (the detach keys), it returns 0 with the container still running.
    /// </summary>
    private async Task<(SessionEnd End, int ExitCode)> RunAttachedAsync(OneOffPlan plan, string id, StepResults results, IContainerTerminal terminal, CancellationToken cancellationToken)
    {
        var runtime = session.Runtime;
        var tty = plan.Spec.Tty;
        session.EndProgress?.Invoke();
        using var forwarding = tty ? null : terminal.ForwardInterrupts(signal => Signals.SendAsync(runtime, id, signal));
        SessionEnd end;
        await using (var connection = await runtime.AttachContainerAsync(id, new AttachOptions { Stdin = true, Tty = tty, DetachKeys = tty ? terminal.DetachKeys : null }, cancellationToken).ConfigureAwait(false))
        {
            await session.Target(NullProgressSink.Instance).ExecuteAsync(plan.Start, null, results, cancellationToken).ConfigureAwait(false);
            end = await terminal.RunAsync(connection, forwardInput: true, tty ? (w, h, ct) => runtime.ResizeContainerTtyAsync(id, w, h, ct) : null, cancellationToken).ConfigureAwait(false);
        }

        if (end is SessionEnd.Detached)
        {
            return (end, 0);
        }

        var exit = await runtime.WaitContainerAsync(id, WaitCondition.NotRunning, cancellationToken).ConfigureAwait(false);
        return (end, exit.ExitCode);
    }
}
