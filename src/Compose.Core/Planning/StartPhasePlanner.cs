using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>
/// The start phase of <c>up</c>: every replica that needs it is started once its container exists and its
/// service's dependencies are satisfied: <c>service_started</c> orders after the dependency's starts, the other
/// conditions wait (one shared wait per dependency and condition), also for a dependent left running when this
/// <c>up</c> (re)starts its dependency. Replicas of one service start at once; only
/// starts whose published host ports could collide are serialized.
/// </summary>
internal sealed class StartPhasePlanner(UpPlanState context)
{
    private readonly Dictionary<string, ImmutableArray<int>> _started = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _waits = new(StringComparer.Ordinal);
    private readonly List<(int Step, IReadOnlyList<HostPortRange> Ports)> _starts = [];

    public void Plan(IEnumerable<string> order)
    {
        foreach (var name in order)
        {
            PlanService(context.Project.Services[name]);
        }

        foreach (var (name, dependency) in context.Options.WaitFor)
        {
            Gate(name, dependency);
        }

        SerializeCollidingStarts();
    }

    private void PlanService(Service service)
    {
        var replicas = context.Replicas[service.Name].Where(r => r.StartReason is not null).ToList();
        if (replicas.Count == 0)
        {
            _started[service.Name] = [];
            WaitForRestartedDependencies(service);
            return;
        }

        var gates = Gates(service);
        var starts = ImmutableArray.CreateBuilder<int>();
        foreach (var replica in replicas)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var start = context.Builder.AddStart(
                new StartContainerStep
                {
                    Id = 0,
                    Resource = replica.Resource,
                    Reason = replica.StartReason!,
                    Container = replica.Container,
                    Replacement = replica.Replacement,
                    DependsOn = [.. gates, .. replica.ReadyStep is { } ready ? [ready] : Array.Empty<int>()],
                },
                service.PostStart);
            starts.Add(start.Done);
            _starts.Add((start.Start, replica.HostPorts));
        }

        _started[service.Name] = starts.ToImmutable();
    }

    /// <summary>What the service's starts wait for: its dependencies in this <c>up</c>, by condition.</summary>
    private ImmutableArray<int> Gates(Service service)
    {
        var gates = ImmutableArray.CreateBuilder<int>();
        foreach (var (name, dependency) in service.DependsOn)
        {
            if (!context.Project.Services.ContainsKey(name))
            {
                // Only an optional dependency can be missing (the loader refuses a required one).
                context.Builder.Warn($"service {service.Name}: optional dependency {name} is not defined; starting without it");
                continue;
            }

            gates.AddRange(Gate(name, dependency));
        }

        return gates.ToImmutable();
    }

    /// <summary>
    /// A service left running still depends on what this <c>up</c> (re)starts: a recreated migration must complete, a
    /// recreated database must become healthy, or the <c>up</c> fails, whatever state the dependent is in.
    /// </summary>
    private void WaitForRestartedDependencies(Service service)
    {
        foreach (var (name, dependency) in service.DependsOn)
        {
            if (dependency.Condition != ServiceDependency.Started && _started.TryGetValue(name, out var starts) && !starts.IsEmpty)
            {
                Gate(name, dependency);
            }
        }
    }

    /// <summary>The steps a dependency's condition is met after: its starts, or one wait for its readiness.</summary>
    private IEnumerable<int> Gate(string name, ServiceDependency dependency)
    {
        if (!context.Selected.Contains(name) || !context.Replicas.ContainsKey(name))
        {
            return [];
        }

        if (dependency.Condition == ServiceDependency.Started)
        {
            return _started[name];
        }

        return Wait(name, dependency) is { } wait ? [wait] : [];
    }

    private int? Wait(string name, ServiceDependency dependency)
    {
        var key = $"{name}:{dependency.Condition}";
        if (_waits.TryGetValue(key, out var existing))
        {
            if (dependency.Required)
            {
                context.Builder.Update(existing, s => ((WaitForServiceStep)s) with { Required = true });
            }

            return existing;
        }

        var replicas = context.Replicas[name];
        if (replicas.IsEmpty)
        {
            return null;
        }

        var wait = context.Builder.Add(new WaitForServiceStep
        {
            Id = 0,
            Resource = $"service:{name}",
            Reason = $"depends_on {dependency.Condition}",
            Service = name,
            Readiness = ReadinessOf(name, dependency),
            Containers = [.. replicas.Select(r => r.Container)],
            Required = dependency.Required,
            DependsOn = [.. _started[name], .. replicas.Where(r => r.StartReason is null).Select(r => r.ReadyStep).OfType<int>()],
        });
        _waits[key] = wait;
        return wait;
    }

    /// <summary>The readiness a waiting condition asks for; the loader admits no other conditions, so another is a bug here.</summary>
    internal static Readiness ReadinessOf(string service, ServiceDependency dependency) => dependency.Condition switch
    {
        ServiceDependency.Healthy => Readiness.Healthy,
        ServiceDependency.CompletedSuccessfully => Readiness.CompletedSuccessfully,
        _ => throw new InvalidOperationException($"depends_on {service}: no wait exists for condition '{dependency.Condition}'"),
    };

    /// <summary>
    /// Orders each start after the earlier starts it could race for a host port with (same port, or overlapping
    /// ranges). Each start waits for the previous start that uses each of its ports, so any two that share a port are
    /// ordered through that chain: linear in the ports published, where comparing every pair of starts was quadratic
    /// in replicas (a <c>--scale</c> of 20,000 took most of a minute).
    /// </summary>
    private void SerializeCollidingStarts()
    {
        var lastUser = new Dictionary<(string Protocol, int Port), int>();
        foreach (var (step, ports) in _starts)
        {
            var waitsFor = new HashSet<int>();
            foreach (var range in ports)
            {
                for (var port = range.First; port <= range.Last; port++)
                {
                    var key = (range.Protocol.ToLowerInvariant(), port);
                    if (lastUser.TryGetValue(key, out var previous) && previous != step && waitsFor.Add(previous))
                    {
                        context.Builder.AddDependency(step, previous);
                    }

                    lastUser[key] = step;
                }
            }
        }
    }
}
