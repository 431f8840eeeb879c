using System.Collections.Immutable;
using Compose.Errors;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary>Finding a project's containers: by service, by replica number, running or not.</summary>
internal static class ContainerQuery
{
    /// <summary>The project's containers (one-off ones included), ordered by service, then number, then name.</summary>
    public static async Task<ImmutableArray<ContainerInfo>> ListAsync(CommandContext context, string project, bool all, CancellationToken cancellationToken)
    {
        var containers = await context.Runtime.ListContainersAsync(LabelFilter.Of(ComposeLabels.Project, project), all, cancellationToken).ConfigureAwait(false);
        return [.. containers
            .OrderBy(c => c.Label(ComposeLabels.Service), StringComparer.Ordinal)
            .ThenBy(ObservedState.IsOneOff)
            .ThenBy(ObservedState.ContainerNumber)
            .ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>Fails naming the service when the model does not know it (no model: any name is accepted).</summary>
    public static void CheckServices(ProjectScope scope, IEnumerable<string> services)
    {
        if (scope.KnownServices is { } known && services.FirstOrDefault(s => !known.Contains(s)) is { } unknown)
        {
            throw new ComposeException($"no such service: {unknown}; the project's services are {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }
    }

    public static bool IsInServices(ContainerInfo container, IReadOnlyCollection<string> services) =>
        services.Count == 0 || (container.Label(ComposeLabels.Service) is { } service && services.Contains(service));

    public static string ServiceOf(ContainerInfo container) => container.Label(ComposeLabels.Service) ?? "";

    /// <summary>
    /// The service's container number <paramref name="index"/> (the lowest when null), not a one-off one; with
    /// <paramref name="running"/> it must be running.
    /// </summary>
    public static async Task<ContainerInfo> OneAsync(CommandContext context, ProjectScope scope, string service, int? index, bool running, CancellationToken cancellationToken)
    {
        CheckServices(scope, [service]);
        var containers = (await ListAsync(context, scope.Name, all: true, cancellationToken).ConfigureAwait(false))
            .Where(c => ServiceOf(c) == service && !ObservedState.IsOneOff(c))
            .Where(c => !running || c.State is ContainerState.Running or ContainerState.Restarting)
            .ToList();
        var chosen = index is { } number ? containers.Find(c => ObservedState.ContainerNumber(c) == number) : containers.FirstOrDefault();
        return chosen ?? throw new ComposeException(index is { } n
            ? $"service \"{service}\" has no {(running ? "running " : "")}container number {n}; see 'composectl ps -a {service}'."
            : $"service \"{service}\" is not running; start it with 'composectl up -d {service}'.");
    }
}
