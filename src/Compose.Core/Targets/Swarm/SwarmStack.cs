using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Compose.Execution;
using Compose.Model;
using Compose.Planning;
using Compose.Runtime;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Execution;
using Compose.Targets.Swarm.Observing;
using Compose.Targets.Swarm.Planning;

namespace Compose.Targets.Swarm;

/// <summary>
/// The stack verbs the CLI calls (deploy, undeploy, rollback, ps, logs), each one observe → plan → execute or one
/// query, over one swarm client. Planning and execution are separate so <c>plan</c> and <c>--dry-run</c> print exactly
/// what would run.
/// </summary>
public sealed class SwarmStack(ISwarmClient swarm, IProgressSink progress, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<Plan> PlanDeployAsync(Project project, string stack, ImageResolution resolution, SwarmDeployOptions options, CancellationToken cancellationToken)
    {
        var target = new SwarmTarget(swarm, stack, progress, resolution, _time);
        var observed = await target.ObserveAsync(project, cancellationToken).ConfigureAwait(false);
        return target.Plan(project, observed, options);
    }

    public async Task<Plan> PlanUndeployAsync(string stack, CancellationToken cancellationToken) =>
        SwarmPlanner.PlanUndeploy(await SwarmObserver.ObserveStackAsync(swarm, stack, cancellationToken).ConfigureAwait(false));

    public async Task<Plan> PlanRollbackAsync(string stack, string service, TimeSpan? timeout, CancellationToken cancellationToken) =>
        SwarmPlanner.PlanRollback(await SwarmObserver.ObserveStackAsync(swarm, stack, cancellationToken).ConfigureAwait(false), service, timeout);

    public Task ExecuteAsync(Plan plan, CancellationToken cancellationToken) =>
        new SwarmExecutor(swarm, progress, _time).ExecuteAsync(plan, cancellationToken);

    /// <summary>The stack's tasks, newest first within each slot; with <paramref name="all"/> also those the swarm keeps as history.</summary>
    public async Task<ImmutableArray<StackTask>> ListTasksAsync(string stack, IReadOnlyCollection<string> services, bool all, CancellationToken cancellationToken)
    {
        var observed = await SwarmObserver.ObserveStackAsync(swarm, stack, cancellationToken).ConfigureAwait(false);
        var chosen = Select(observed, services);
        var tasks = await swarm.ListTasksAsync([.. chosen.Select(s => s.Id)], cancellationToken).ConfigureAwait(false);
        var nodes = observed.Nodes.ToDictionary(n => n.Id, n => n.Hostname, StringComparer.Ordinal);
        var names = chosen.ToDictionary(s => s.Id, s => s.Spec.Name, StringComparer.Ordinal);
        return [.. tasks.Where(t => all || t.DesiredState is "running" or "ready" or "accepted")
            .Select(t => new StackTask
            {
                Id = t.Id,
                Service = names[t.ServiceId],
                Name = $"{names[t.ServiceId]}.{(t.Slot > 0 ? t.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture) : t.NodeId)}",
                Image = t.Image,
                Node = t.NodeId is { } id ? nodes.GetValueOrDefault(id, id) : "",
                DesiredState = t.DesiredState,
                CurrentState = t.State,
                Since = t.Timestamp,
                Error = t.Error,
                Ports = t.Ports,
                Slot = t.Slot,
            })
            .OrderBy(t => t.Service, StringComparer.Ordinal).ThenBy(t => t.Slot).ThenBy(t => t.Node, StringComparer.Ordinal).ThenByDescending(t => t.Since)];
    }

    /// <summary>The output of the stack's services, interleaved as it arrives, each line named by its task and node.</summary>
    public async IAsyncEnumerable<StackLogLine> LogsAsync(string stack, IReadOnlyCollection<string> services, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var observed = await SwarmObserver.ObserveStackAsync(swarm, stack, cancellationToken).ConfigureAwait(false);
        var nodes = observed.Nodes.ToDictionary(n => n.Id, n => n.Hostname, StringComparer.Ordinal);
        var chosen = Select(observed, services);
        var slots = (await swarm.ListTasksAsync([.. chosen.Select(s => s.Id)], cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.Id, t => t.Slot, StringComparer.Ordinal);
        var channel = Channel.CreateUnbounded<StackLogLine>();
        var readers = chosen.Select(s => ReadAsync(s, options, nodes, slots, channel.Writer, cancellationToken)).ToList();
        _ = Task.WhenAll(readers).ContinueWith(t => channel.Writer.TryComplete(t.Exception?.GetBaseException()), TaskScheduler.Default);
        await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return line;
        }
    }

    private async Task ReadAsync(SwarmService service, LogOptions options, IReadOnlyDictionary<string, string> nodes, IReadOnlyDictionary<string, int> slots,
        ChannelWriter<StackLogLine> writer, CancellationToken cancellationToken)
    {
        await foreach (var line in swarm.GetServiceLogsAsync(service.Id, options with { Tty = service.Spec.Container.Tty }, cancellationToken).ConfigureAwait(false))
        {
            var slot = line.TaskId is { } task && slots.TryGetValue(task, out var s) && s > 0 ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : line.TaskId?[..Math.Min(12, line.TaskId.Length)] ?? "?";
            var node = line.NodeId is { } id ? nodes.GetValueOrDefault(id, id) : "?";
            await writer.WriteAsync(new StackLogLine(service.Spec.Name, $"{service.Spec.Name}.{slot}@{node}", line.Line), cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<SwarmService> Select(SwarmObserved observed, IReadOnlyCollection<string> services)
    {
        if (observed.Services.IsEmpty)
        {
            throw new SwarmException($"nothing found in stack {observed.Stack}: deploy it first (composectl deploy --to swarm).");
        }

        var unknown = services.Where(s => !observed.Services.ContainsKey(SwarmNames.Scope(observed.Stack, s))).ToList();
        return unknown.Count > 0
            ? throw new SwarmException($"stack {observed.Stack} has no service {string.Join(", ", unknown)} (its services: {string.Join(", ", observed.Services.Keys.Select(k => SwarmNames.Descope(observed.Stack, k)))}).")
            : [.. observed.Services.Values.Where(s => services.Count == 0 || services.Contains(SwarmNames.Descope(observed.Stack, s.Spec.Name)))];
    }
}
