using System.Collections.Immutable;
using Compose.Errors;
using Compose.Locking;
using Compose.Model;
using Compose.Observing;
using Compose.Operations;
using Compose.Operations.Up;
using Compose.Planning;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Reconciling;

/// <summary>
/// One pass on the engine, the same observe → plan → execute as <c>up</c> (through <see cref="UpOperation"/>), under
/// the project's lock: a pause request another command left is honoured first (the whole project: nothing is done;
/// some services: they are left out), then the plan is made and, unless empty, carried out. Failures become a
/// <see cref="PassResult.Failed"/> outcome naming the step, for the loop to back off from. After an outage of the
/// engine (<see cref="EngineOutage"/>) the containers it stopped meanwhile are started again, not kept as a user's stop.
/// </summary>
public sealed class ReconcilePass(ComposeSession session, ProjectStateFiles files, ReconcilePassSettings settings, EngineOutage? outage = null) : IPassRunner
{
    private readonly KnownReplicas _known = new();
    private readonly EngineOutage _outage = outage ?? new EngineOutage();

    public async Task<PassOutcome> RunAsync(Project project, bool initial, CancellationToken cancellationToken)
    {
        var capture = new FailedStepCapture(session.Progress);
        var phase = "waiting for the project lock";
        var plan = "";
        try
        {
            await using var held = await session.Locks.AcquireAsync(new LockRequest(project.Name, "reconcile"), cancellationToken).ConfigureAwait(false);
            var pause = Honoured(PauseFile.Read(files.PauseFile));
            if (pause is { WholeProject: true })
            {
                return new PassOutcome(PassResult.Paused) { Reason = pause.Describe() };
            }

            // Under the lock already: up takes none of its own.
            var inLock = session with { Progress = capture, Locks = NoProjectLocks.Instance };
            phase = "observe";
            var target = inLock.Target();
            var (outageSince, closesOutage) = _outage.Begin();
            var observed = await target.ObserveAsync(project, cancellationToken).ConfigureAwait(false);
            var stoppedByEngine = outageSince is { } since
                ? await EngineOutage.StoppedSinceAsync(session.Runtime, project, observed, since, cancellationToken).ConfigureAwait(false)
                : [];
            if (Request(project, observed, pause, initial, stoppedByEngine) is not { } request)
            {
                return new PassOutcome(PassResult.Paused) { Reason = pause!.Describe() };
            }

            _known.Seen(observed);
            phase = "plan";
            var up = new UpOperation(inLock);
            var dry = await up.PlanAsync(project, request, cancellationToken).ConfigureAwait(false);
            var leftAlone = LeftAlone(project, observed, request.Options);
            var paused = pause?.Services.ToImmutableArray() ?? [];
            if (dry.Plan.IsEmpty && dry.Images.IsEmpty)
            {
                _known.Baseline(observed);
                CloseOutage(outageSince, closesOutage);
                return PassOutcome.Converged(leftAlone) with { PausedServices = paused };
            }

            plan = dry.ToText();
            phase = "apply";
            var result = await up.RunAsync(project, request, cancellationToken).ConfigureAwait(false);
            _known.Baseline(await target.ObserveAsync(project, cancellationToken).ConfigureAwait(false));
            CloseOutage(outageSince, closesOutage);
            return new PassOutcome(PassResult.Applied) { PlanText = result.ToText(), LeftAlone = leftAlone, PausedServices = paused };
        }
        catch (Exception e) when (e is ComposeException or ContainerRuntimeException or IOException or HttpRequestException)
        {
            return new PassOutcome(PassResult.Failed) { FailedStep = capture.FailedStep ?? phase, Reason = e.Message, PlanText = plan };
        }
    }

    public async Task PrimeAsync(Project project, CancellationToken cancellationToken)
    {
        try
        {
            _known.Seen(await session.Target().ObserveAsync(project, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is ComposeException or ContainerRuntimeException or IOException or HttpRequestException)
        {
        }
    }

    /// <summary>
    /// The <c>up</c> this pass runs: the controller's flags, stopped containers kept stopped (after the first pass,
    /// unless <c>--restart-stopped</c>), dependents of vanished containers restarted, paused services left out (null: every one of them is paused).
    /// </summary>
    private UpRequest? Request(Project project, ObservedState observed, PauseRequest? pause, bool initial, ImmutableHashSet<string> stoppedByEngine)
    {
        var options = settings.Options with
        {
            KeepStopped = !initial && !settings.RestartStopped,
            Replaced = _known.Vanished(project, observed),
            StoppedByEngine = stoppedByEngine,
        };
        if (pause is { Services.IsEmpty: false } some)
        {
            var selected = ServiceSelection.WithDependencies(project, options.Services, includeDependencies: !options.NoDeps);
            var left = selected.Where(s => !some.Covers(s)).ToImmutableArray();
            if (left.IsEmpty)
            {
                return null;
            }

            options = options with { Services = left, NoDeps = true };
        }

        return new UpRequest { Options = options, Images = settings.Images, Verb = "reconcile" };
    }

    /// <summary>
    /// The pause request this pass obeys: with <c>--restart-stopped</c> a <c>stop</c>'s or <c>kill</c>'s is not (the loop was asked to
    /// start what anyone stops, <c>composectl stop</c> included); a <c>down</c>'s or an <c>rm</c>'s always is.
    /// </summary>
    private PauseRequest? Honoured(PauseRequest? pause) => settings.RestartStopped && pause?.Verb is "stop" or "kill" ? null : pause;

    private void CloseOutage(DateTimeOffset? since, bool closes)
    {
        if (since is { } at && closes)
        {
            _outage.Close(at);
        }
    }

    /// <summary>Containers of the pass's services that exited and are left so, with their exit code and restart policy.</summary>
    private static ImmutableArray<string> LeftAlone(Project project, ObservedState observed, UpOptions options)
    {
        if (!options.KeepStopped)
        {
            return [];
        }

        return [.. observed.Containers
            .Where(c => c.State == ContainerState.Exited && !ContainerFacts.IsOneOff(c) && !options.StoppedByEngine.Contains(c.Id)
                && ContainerFacts.ServiceOf(c) is { } s && project.Services.ContainsKey(s) && options.Targets(s))
            .Select(c => $"{c.Name} (exited {ContainerFacts.ExitCode(c)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, restart: {project.Services[ContainerFacts.ServiceOf(c)!].Restart ?? "no"})")];
    }
}
