using System.Collections.Immutable;
using Compose.Errors;
using Compose.Observing;
using Compose.Runtime;

namespace Compose.Operations;

/// <summary>
/// A project's containers as the commands that only look at what exists find them (by the project label, ordered by
/// service, one-off last, then number), and the checks they share: a service name the model does not know, the one
/// container of a service an <c>exec</c> or <c>cp</c> acts on.
/// </summary>
public sealed class ProjectContainers(IRuntimeContainers runtime)
{
    /// <summary>The project's containers (one-off ones included), ordered by service, then number, then name.</summary>
    public async Task<ImmutableArray<ContainerInfo>> ListAsync(string project, bool all, CancellationToken cancellationToken)
    {
        var containers = await runtime.ListContainersAsync(LabelFilter.Of(ComposeLabels.Project, project), all, cancellationToken).ConfigureAwait(false);
        return [.. containers
            .OrderBy(c => c.Label(ComposeLabels.Service), StringComparer.Ordinal)
            .ThenBy(ContainerFacts.IsOneOff)
            .ThenBy(ContainerFacts.NumberOf)
            .ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>The service containers (not one-off ones) of the named services (all when none is named).</summary>
    public async Task<ImmutableArray<ContainerInfo>> OfServicesAsync(ProjectScope scope, IReadOnlyCollection<string> services, bool all, CancellationToken cancellationToken)
    {
        CheckServices(scope, services);
        return [.. (await ListAsync(scope.Name, all, cancellationToken).ConfigureAwait(false))
            .Where(c => IsInServices(c, services) && !ContainerFacts.IsOneOff(c))];
    }

    /// <summary>Fails naming the service when the model does not know it (no model: any name is accepted).</summary>
    public static void CheckServices(ProjectScope scope, IEnumerable<string> services)
    {
        if (scope.KnownServices is { } known && services.FirstOrDefault(s => !known.Contains(s)) is { } unknown)
        {
            throw new NoSuchServiceException(unknown, known);
        }
    }

    public static bool IsInServices(ContainerInfo container, IReadOnlyCollection<string> services) =>
        services.Count == 0 || (ContainerFacts.ServiceOf(container) is { } service && services.Contains(service));

    /// <summary>The service's label, or "" for a container without one.</summary>
    public static string ServiceOf(ContainerInfo container) => ContainerFacts.ServiceOf(container) ?? "";

    /// <summary>
    /// The service's container number <paramref name="index"/> (the lowest when null), not a one-off one; with
    /// <paramref name="running"/> it must be running.
    /// </summary>
    public async Task<ContainerInfo> OneAsync(ProjectScope scope, string service, int? index, bool running, CancellationToken cancellationToken)
    {
        CheckServices(scope, [service]);
        var containers = (await ListAsync(scope.Name, all: true, cancellationToken).ConfigureAwait(false))
            .Where(c => ServiceOf(c) == service && !ContainerFacts.IsOneOff(c))
            .Where(c => !running || c.State is ContainerState.Running or ContainerState.Restarting)
            .ToList();
        var chosen = index is { } number ? containers.Find(c => ContainerFacts.NumberOf(c) == number) : containers.FirstOrDefault();
        return chosen ?? throw new ComposeException(index is { } n
            ? $"service \"{service}\" has no {(running ? "running " : "")}container number {n}; see 'composectl ps -a {service}'."
            : $"service \"{service}\" is not running; start it with 'composectl up -d {service}'.");
    }
}
