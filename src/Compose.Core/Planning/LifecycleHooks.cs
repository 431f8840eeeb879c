using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>
/// Starts and stops with the service's lifecycle hooks around them, as plan steps: every planner that starts or stops
/// a container goes through here, so no start or stop runs a hook the plan does not show.
/// </summary>
internal static class LifecycleHooks
{
    public const string PostStart = "post_start";
    public const string PreStop = "pre_stop";

    /// <summary>
    /// Adds the start, then its <c>post_start</c> hooks one after the other. Returns the start's id (what host-port
    /// ordering needs) and the id later steps wait for (the last hook, else the start): a service counts as started
    /// once its hooks have run.
    /// </summary>
    public static (int Start, int Done) AddStart(this PlanBuilder builder, StartContainerStep start, ImmutableArray<ServiceHook> hooks)
    {
        var id = builder.Add(start);
        var done = id;
        foreach (var hook in hooks.IsDefault ? [] : hooks)
        {
            done = builder.Add(Hook(start.Resource, start.Container, hook, PostStart, failOnError: true, after: done));
        }

        return (id, done);
    }

    /// <summary>Adds the <c>pre_stop</c> hooks (after what the stop waits for), then the stop after them; returns the stop's id.</summary>
    public static int AddStop(this PlanBuilder builder, StopContainerStep stop, ImmutableArray<ServiceHook> hooks)
    {
        if (hooks.IsDefaultOrEmpty)
        {
            return builder.Add(stop);
        }

        var first = builder.Add(Hook(stop.Resource, stop.Container, hooks[0], PreStop, failOnError: false, after: null) with { DependsOn = stop.DependsOn });
        var last = first;
        foreach (var hook in hooks.Skip(1))
        {
            last = builder.Add(Hook(stop.Resource, stop.Container, hook, PreStop, failOnError: false, after: last));
        }

        return builder.Add(stop with { DependsOn = [last] });
    }

    private static RunHookStep Hook(string resource, ContainerRef container, ServiceHook hook, string kind, bool failOnError, int? after) => new()
    {
        Id = 0,
        Resource = resource,
        Reason = $"{kind} '{string.Join(' ', hook.Command)}'",
        Container = container,
        Hook = hook,
        Kind = kind,
        FailOnError = failOnError,
        DependsOn = after is { } a ? [a] : [],
    };
}
